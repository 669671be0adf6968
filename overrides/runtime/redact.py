"""Keeping secrets (tokens, the login password) out of everything the client can show.

``Secret`` is a ``str`` whose repr is redacted: a token or password held in one shows as
``'<redacted>'`` in reprs, in containers and in traceback frame locals (what error trackers
record), while it still encodes as itself in headers and JSON bodies.

``Redactor`` replaces the client's secrets in what a server sends back (an echoed
``Authorization`` header in ``meta.message``, say) before that text reaches an exception.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Any
from urllib.parse import quote

REDACTED = "<redacted>"


class Secret(str):
    """A string that never shows itself in a repr."""

    __slots__ = ()

    def __repr__(self) -> str:
        return repr(REDACTED)


def _spellings(secret: str) -> set[str]:
    """The forms a server may echo a secret in: as is, JSON-escaped (PHP also escapes ``/``), URL-quoted."""
    escaped = json.dumps(secret)[1:-1]
    return {secret, escaped, escaped.replace("/", "\\/"), quote(secret, safe="")}


class Redactor:
    """Replaces known secrets in text, bytes and decoded JSON with ``<redacted>``."""

    __slots__ = ("_bytes", "_secrets", "_text")

    def __init__(self, secrets: Iterable[str | None] = ()) -> None:
        self._secrets = tuple(s for s in secrets if s)
        # Longest first, so a token is replaced whole even when another secret is part of it.
        spellings = sorted({form for s in self._secrets for form in _spellings(s)}, key=len, reverse=True)
        self._text = re.compile("|".join(map(re.escape, spellings))) if spellings else None
        self._bytes = re.compile(b"|".join(re.escape(s.encode()) for s in spellings)) if spellings else None

    def with_secrets(self, more: Iterable[str]) -> Redactor:
        extra = tuple(more)
        return Redactor(self._secrets + extra) if extra else self

    def text(self, value: str) -> str:
        return value if self._text is None else self._text.sub(REDACTED, value)

    def bytes(self, value: bytes) -> bytes:
        return value if self._bytes is None else self._bytes.sub(REDACTED.encode(), value)

    def finds_in(self, value: Any) -> bool:
        """Whether decoded JSON (or text) holds a secret anywhere (True when it cannot be searched)."""
        if self._text is None:
            return False
        flat = _flat(value)
        return flat is None or self._text.search(flat) is not None

    def data(self, value: Any) -> Any:
        """Decoded JSON with every string (keys too) redacted; the same object when nothing matched."""
        if self._text is None or not self.finds_in(value):
            return value
        try:
            return self._data(value)
        except RecursionError:  # nesting deeper than the parser allowed is not worth keeping
            return REDACTED

    def _data(self, value: Any) -> Any:
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, dict):
            return {self.text(k) if isinstance(k, str) else k: self._data(v) for k, v in value.items()}
        if isinstance(value, list):
            return [self._data(v) for v in value]
        return value


def _flat(value: Any) -> str | None:
    """All strings of a JSON value in one text, for one search; None if it is too deep to write."""
    if isinstance(value, str):
        return value
    try:
        return json.dumps(value, ensure_ascii=False, default=repr)
    except (RecursionError, ValueError):
        return None


NO_SECRETS = Redactor()
