"""Tokens and the Authorization header. The tokens live only here and in outgoing headers."""

from __future__ import annotations

from .errors import ArgumentError


class Credentials:
    """Partner token (always) and user token (optional); header strings built once per change."""

    __slots__ = ("_dual_header", "_partner", "_partner_header", "_user")

    def __init__(self, partner_token: str, user_token: str | None = None) -> None:
        self._partner = _checked("partner_token", partner_token)
        self._partner_header = f"Bearer {self._partner}"
        self._user: str | None = None
        self._dual_header: str | None = None
        self.user_token = user_token

    @property
    def user_token(self) -> str | None:
        return self._user

    @user_token.setter
    def user_token(self, token: str | None) -> None:
        self._user = None if token is None else _checked("user_token", token)
        self._dual_header = None if self._user is None else f"{self._partner_header}, User {self._user}"

    @property
    def has_user_token(self) -> bool:
        return self._user is not None

    def header(self, with_user: bool) -> str:
        """`Bearer {partner}`, or `Bearer {partner}, User {user}` when asked and a user token is set."""
        if with_user and self._dual_header is not None:
            return self._dual_header
        return self._partner_header

    def __repr__(self) -> str:
        return f"Credentials(partner_token=<redacted>, user_token={'<redacted>' if self._user else None})"


def _checked(name: str, token: object) -> str:
    if not isinstance(token, str) or not token.strip():
        raise ArgumentError(name, "a non-empty string", "<redacted>" if isinstance(token, str) else token)
    if any(c in token for c in "\r\n,"):
        # A comma or newline would forge a second credential or header.
        raise ArgumentError(name, "a token without commas or line breaks", "<redacted>")
    return token.strip()
