"""Content-Encoding decoders that stop at a size limit while they inflate.

httpx's own decoders inflate each network chunk whole, so 64 KB of a gzip bomb becomes 64 MB
before anyone can count it; zlib's ``max_length`` lets these produce at most one byte past the
limit. The client asks for ``gzip, deflate`` only, so those (and identity) are all it reads.
"""

from __future__ import annotations

import zlib


class LimitExceeded(Exception):
    """Internal: the decoded body passed the limit (the caller raises the public error)."""


class UnreadableEncoding(Exception):
    """Internal: a Content-Encoding that is not supported, or a corrupt compressed body."""


class Decoder:
    """Identity: counts what passes through."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.produced = 0

    def _count(self, data: bytes) -> bytes:
        self.produced += len(data)
        if self.produced > self.limit:
            raise LimitExceeded
        return data

    def decode(self, data: bytes) -> bytes:
        return self._count(data)

    def flush(self) -> bytes:
        return b""


class _Inflater(Decoder):
    def __init__(self, limit: int, wbits: int) -> None:
        super().__init__(limit)
        self._wbits = wbits
        self._zlib = zlib.decompressobj(wbits)
        self._started = False

    def decode(self, data: bytes) -> bytes:
        parts: list[bytes] = []
        try:
            while data and not self._zlib.eof:
                # One byte of room past the limit, so passing it shows.
                parts.append(self._count(self._zlib.decompress(data, self.limit - self.produced + 1)))
                self._started = True
                data = self._zlib.unconsumed_tail
        except zlib.error as exc:
            if self._wbits == zlib.MAX_WBITS and not self._started:
                # "deflate" should be zlib-wrapped; some servers send it raw, as browsers accept.
                self._wbits = -zlib.MAX_WBITS
                self._zlib = zlib.decompressobj(self._wbits)
                return self.decode(data)
            raise UnreadableEncoding(f"the compressed body is corrupt ({exc})") from None
        return b"".join(parts)

    def flush(self) -> bytes:
        # Every input byte was consumed above, so what zlib still holds is at most its window.
        return self._count(self._zlib.flush())


class _Chain(Decoder):
    """Several codings, undone last-applied first."""

    def __init__(self, limit: int, decoders: list[Decoder]) -> None:
        super().__init__(limit)
        self._decoders = decoders

    def decode(self, data: bytes) -> bytes:
        for decoder in self._decoders:
            data = decoder.decode(data)
        return data

    def flush(self) -> bytes:
        data = b""
        for decoder in self._decoders:
            data = (decoder.decode(data) if data else b"") + decoder.flush()
        return data


_CODINGS = {"gzip": 16 + zlib.MAX_WBITS, "x-gzip": 16 + zlib.MAX_WBITS, "deflate": zlib.MAX_WBITS}
ACCEPT_ENCODING = "gzip, deflate"


def decoder_for(content_encoding: str | None, limit: int) -> Decoder:
    """A decoder for the codings in a Content-Encoding header, bounded to ``limit`` bytes out."""
    codings = [c.strip().lower() for c in (content_encoding or "").split(",")]
    codings = [c for c in codings if c and c != "identity"]
    if not codings:
        return Decoder(limit)
    unknown = [c for c in codings if c not in _CODINGS]
    if unknown:
        raise UnreadableEncoding(f"Content-Encoding {', '.join(unknown)} was not asked for ({ACCEPT_ENCODING} was)")
    decoders: list[Decoder] = [_Inflater(limit, _CODINGS[c]) for c in reversed(codings)]
    return decoders[0] if len(decoders) == 1 else _Chain(limit, decoders)
