"""Helpers of the hostile-server suite (tests/test_hostile_*.py): raw answers the loopback server
writes byte by byte, a runner for the sync and async form of a call, and the secret scan.

The secret scan looks for the suite's secrets in everything the client produced: each exception
(str, repr, args, attributes) and its whole cause/context chain, the repr of every local of
every traceback frame outside tests/ (what error trackers record), reprs of client objects, and
every log record of every logger. ``TALLY`` counts the places scanned and the hits, and the
count is printed at the end of the run.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
import traceback
import zlib
from collections.abc import Awaitable, Callable, Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest

from altegio_b2b import AltegioClient
from conftest import PARTNER_TOKEN, USER_TOKEN
from http_server import Output, Recorded, envelope
from report import Report

PASSWORD = "pa55-SECRET-w0rd"
SECRETS = (PARTNER_TOKEN, USER_TOKEN, PASSWORD)
MODES = ("sync", "async")
TESTS_DIR = str(Path(__file__).resolve().parent)

TALLY = {"places": 0, "hits": 0, "unscanned traces": 0}
# httpcore's DEBUG trace prints the response headers as received: a server echoing a token in a
# header shows there, beyond the client's reach (it logs no request header, nor any body).
_RECEIVED_HEADERS_TRACE = ("httpcore.http11", "receive_response_headers.complete")


def _report_line() -> str:
    return (
        f"secret scan (hostile suite): {TALLY['places']:,} places scanned, {TALLY['hits']} hits "
        f"({TALLY['unscanned traces']} httpcore DEBUG traces of received response headers not scanned)"
    )


# -- running a call in either mode -------------------------------------------------------------


def run(mode: str, client: AltegioClient, call: Callable[[], Any], acall: Callable[[], Awaitable[Any]]) -> Any:
    """``call()`` in sync mode; ``await acall()`` in a fresh event loop in async mode (the loop's
    transport closed afterwards)."""
    if mode == "sync":
        return call()

    async def main() -> Any:
        try:
            return await acall()
        finally:
            await client.aclose()

    return asyncio.run(main())


def catch(mode: str, client: AltegioClient, call: Callable[[], Any], acall: Callable[[], Awaitable[Any]]) -> Exception:
    """The exception the call raises (the test fails if it raises none)."""
    try:
        run(mode, client, call, acall)
    except Exception as exc:
        return exc
    raise AssertionError("the call raised nothing")


def timed(function: Callable[[], Any]) -> tuple[Any, float]:
    started = time.monotonic()
    outcome = function()
    return outcome, time.monotonic() - started


# -- raw answers ---------------------------------------------------------------------------------

Writer = Callable[[Recorded, Output], None]


def head(status: str, headers: dict[str, str]) -> bytes:
    lines = [f"HTTP/1.1 {status}", *(f"{k}: {v}" for k, v in headers.items())]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def answer(status: str, body: bytes, **headers: str) -> bytes:
    return head(status, {"Content-Type": "application/json", "Content-Length": str(len(body)), **headers}) + body


def drip(every: float, length: int = 200) -> Writer:
    """Headers at once, then the body one byte every ``every`` seconds."""

    def write(request: Recorded, out: Output) -> None:
        out.write(head("200 OK", {"Content-Type": "application/json", "Content-Length": str(length)}))
        out.flush()
        for _ in range(length):
            time.sleep(every)
            out.write(b" ")
            out.flush()

    return write


def endless_chunked(request: Recorded, out: Output) -> None:
    """A chunked body that never ends (until the client hangs up)."""
    out.write(head("200 OK", {"Content-Type": "application/json", "Transfer-Encoding": "chunked"}))
    chunk = b'{"success": true, "data": [' + b"0," * 32_000
    while True:
        out.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))


@lru_cache(maxsize=1)
def gzip_bomb(inflated: int = 100 * 2**20) -> bytes:
    """~100 KB of gzip that inflates to ``inflated`` bytes of JSON-ish whitespace."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = b" " * 2**20
    return b"".join(packer.compress(block) for _ in range(inflated // len(block))) + packer.flush()


def bomb(request: Recorded, out: Output) -> None:
    out.write(answer("200 OK", gzip_bomb(), **{"Content-Encoding": "gzip"}))


def smuggling(status: str, smuggled: Any) -> Writer:
    """A bodiless status (204, 304) announcing a body that is a whole second answer."""

    def write(request: Recorded, out: Output) -> None:
        inner = answer("200 OK", json.dumps(smuggled).encode())
        out.write(head(status, {"Content-Length": str(len(inner))}) + inner)

    return write


def legit(items: list[dict[str, Any]]) -> bytes:
    return json.dumps(envelope(items)).encode()


# -- the secret scan ------------------------------------------------------------------------------


def _chain(error: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    pending: list[BaseException | None] = [error]
    while pending:
        item = pending.pop()
        if item is None or any(item is s for s in seen):
            continue
        seen.append(item)
        pending += [item.__cause__, item.__context__]
    return seen


def _safe_repr(value: Any) -> str:
    try:
        return value.decode("latin-1") if isinstance(value, (bytes, bytearray)) else repr(value)
    except Exception as exc:
        return f"<repr failed: {type(exc).__name__}: {exc}>"


def exception_texts(error: BaseException, *, frames: bool = True) -> Iterator[tuple[str, str]]:
    """(where, text) for every place an exception and its chain can show."""
    for index, item in enumerate(_chain(error)):
        name = f"{type(item).__name__}#{index}"
        yield f"{name} str", str(item)
        yield f"{name} repr", repr(item)
        yield f"{name} formatted", "".join(traceback.format_exception_only(type(item), item))
        for position, arg in enumerate(item.args):
            yield f"{name} args[{position}]", _safe_repr(arg)
        for attribute, value in vars(item).items():
            yield f"{name}.{attribute}", _safe_repr(value)
        for frame, _ in traceback.walk_tb(item.__traceback__ if frames else None):
            if frame.f_code.co_filename.startswith(TESTS_DIR):
                continue  # the test itself holds the secrets, as a user's code would
            for local, value in frame.f_locals.items():
                yield f"{name} frame {frame.f_code.co_name}() local {local}", _safe_repr(value)


def scan_texts(texts: Iterable[tuple[str, str]], secrets: Iterable[str] = SECRETS, *, tally: bool = True) -> list[str]:
    """The places where a secret shows; counted in TALLY unless it is a control of the scanner."""
    # As written, and as a repr or JSON would escape it.
    wanted = sorted({form for s in secrets if s for form in (s, repr(s)[1:-1], json.dumps(s)[1:-1])})
    places, hits = 0, []
    for where, text in texts:
        places += 1
        hits += [f"{where}: {secret!r} in {text[:200]!r}" for secret in wanted if secret in text]
    if tally:
        TALLY["places"] += places
        TALLY["hits"] += len(hits)
    return hits


def scan_exception(error: BaseException, secrets: Iterable[str] = SECRETS) -> list[str]:
    return scan_texts(exception_texts(error), secrets)


def scan_objects(*values: Any, secrets: Iterable[str] = SECRETS) -> list[str]:
    """Reprs (and str() of non-strings: a Secret's str() is the secret, by design)."""
    texts = ((type(v).__name__, t) for v in values for t in (repr(v), *(() if isinstance(v, str) else (str(v),))))
    return scan_texts(texts, secrets)


class LogCapture(logging.Handler):
    """Every record of every logger, at DEBUG, while installed."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def texts(self) -> Iterator[tuple[str, str]]:
        formatter = logging.Formatter("%(name)s %(levelname)s %(message)s")
        for record in self.records:
            if (record.name, record.getMessage().split(" ", 1)[0]) == _RECEIVED_HEADERS_TRACE:
                TALLY["unscanned traces"] += 1
                continue
            yield f"log {record.name}", formatter.format(record)


@pytest.fixture(autouse=True)
def scanned_logs(report: Report) -> Iterator[LogCapture]:
    """Installed for every test of a module that imports it: all log records, scanned afterwards
    (and the scan's running tally put in the run's report)."""
    capture = LogCapture()
    root = logging.getLogger()
    level = root.level
    root.addHandler(capture)
    root.setLevel(logging.DEBUG)
    try:
        yield capture
    finally:
        root.removeHandler(capture)
        root.setLevel(level)
    assert scan_texts(capture.texts()) == []
    report.keyed["secret scan"] = _report_line()
