"""Tokens and the Authorization header. The tokens live only here and in outgoing headers.

A token is checked when it is set (construction, ``client.user_token = ...``, a login answer):
visible ASCII only, so nothing can fail or be rewritten at send time, and no comma, which
would forge a second credential in ``Bearer {partner}, User {user}``.
"""

from __future__ import annotations

import re
from collections import deque
from typing import TypeGuard

from .errors import ArgumentError
from .redact import Redactor, Secret

MAX_TOKEN_LENGTH = 1024
# Visible ASCII (0x21-0x7E) except the comma.
_TOKEN = re.compile(rf"[\x21-\x2b\x2d-\x7e]{{1,{MAX_TOKEN_LENGTH}}}")
TOKEN_RULE = f"a token of 1 to {MAX_TOKEN_LENGTH} visible ASCII characters (no spaces, commas or control characters)"
# User tokens replaced by a login or an assignment stay secret for answers still on their way.
_REMEMBERED_USER_TOKENS = 4
# Shorter tokens are not scrubbed from what a server echoes: no real Altegio token is that short,
# and a mock's "string" or "test" would blank ordinary words in every error message.
MIN_SCRUBBED_TOKEN = 8


def is_usable_token(token: object) -> TypeGuard[str]:
    return isinstance(token, str) and _TOKEN.fullmatch(token) is not None


def checked_token(name: str, token: object) -> Secret:
    """``token`` as a Secret, or an ArgumentError naming ``name`` that never shows the value."""
    if is_usable_token(token):
        return Secret(token)
    error = ArgumentError(name, TOKEN_RULE, token, secret=True)
    del token  # a traceback keeps frame locals (error trackers record them)
    raise error


class _UserState:
    """Swapped as one object, so a request on another thread never sees half a change."""

    __slots__ = ("dual_header", "redactor", "token")

    def __init__(self, token: Secret | None, dual_header: Secret | None, redactor: Redactor) -> None:
        self.token = token
        self.dual_header = dual_header
        self.redactor = redactor


class Credentials:
    """Partner token (always) and user token (optional); header strings built once per change."""

    __slots__ = ("_former_users", "_partner", "_partner_header", "_state")

    def __init__(self, partner_token: str, user_token: str | None = None) -> None:
        try:
            self._partner = checked_token("partner_token", partner_token)
            self._partner_header = Secret(f"Bearer {self._partner}")
            self._former_users: deque[Secret] = deque(maxlen=_REMEMBERED_USER_TOKENS)
            self._state = _UserState(None, None, _redactor(self._partner))
            self.user_token = user_token
        finally:
            del partner_token, user_token  # a traceback keeps frame locals

    @property
    def user_token(self) -> Secret | None:
        return self._state.token

    @user_token.setter
    def user_token(self, token: str | None) -> None:
        try:
            user = None if token is None else checked_token("user_token", token)
        finally:
            del token  # a traceback keeps frame locals
        if self._state.token is not None:
            self._former_users.append(self._state.token)
        dual = None if user is None else Secret(f"{self._partner_header}, User {user}")
        self._state = _UserState(user, dual, _redactor(self._partner, user, *self._former_users))

    @property
    def has_user_token(self) -> bool:
        return self._state.token is not None

    @property
    def redactor(self) -> Redactor:
        """Scrubs this client's tokens (current and recent user tokens too) from server echoes."""
        return self._state.redactor

    def header(self, with_user: bool) -> Secret:
        """`Bearer {partner}`, or `Bearer {partner}, User {user}` when asked and a user token is set."""
        dual = self._state.dual_header
        if with_user and dual is not None:
            return dual
        return self._partner_header

    def __repr__(self) -> str:
        return f"Credentials(partner_token=<redacted>, user_token={'<redacted>' if self.has_user_token else None})"


def _redactor(*tokens: Secret | None) -> Redactor:
    return Redactor(t for t in tokens if t is not None and len(t) >= MIN_SCRUBBED_TOKEN)
