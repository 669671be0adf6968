"""A real HTTP server on 127.0.0.1 for tests: scripted answers and faults, every request recorded."""

from __future__ import annotations

import json
import socket
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Protocol
from urllib.parse import parse_qsl, urlsplit


class Output(Protocol):
    """Where a raw answer is written (the handler's socket file)."""

    def write(self, data: bytes, /) -> object: ...

    def flush(self) -> None: ...


@dataclass
class Recorded:
    method: str
    path: str
    query: list[tuple[str, str]]
    headers: dict[str, str]
    body: bytes
    # Every header line as sent, duplicates included.
    raw_headers: list[tuple[str, str]] = field(default_factory=list)
    raw_query: str = ""  # the query string exactly as it arrived (percent-encoded)

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class Reply:
    status: int = 200
    body: bytes | str | Any = b""
    headers: dict[str, str] = field(default_factory=dict)
    # Faults: close the connection before reading the body / after reading it, without answering;
    # wait before answering; send only the first `truncate_to` bytes of the body.
    reset_before_body: bool = False
    reset_after_body: bool = False
    delay: float = 0.0
    truncate_to: int | None = None
    # Writes the whole answer itself (status line, headers, body) for what http.server will not
    # send: a dripped or endless body, bytes after a 204, a gzip bomb. The connection stays open
    # for the next request unless the writer fails (a client that gave up).
    raw: Callable[[Recorded, Output], None] | None = None

    def payload(self) -> bytes:
        if isinstance(self.body, bytes):
            return self.body
        if isinstance(self.body, str):
            return self.body.encode()
        return json.dumps(self.body).encode()


def envelope(data: Any, meta: Any = None, success: bool = True) -> dict[str, Any]:
    return {"success": success, "data": data, "meta": [] if meta is None else meta}


def error_envelope(message: str, errors: dict[str, Any] | None = None) -> dict[str, Any]:
    meta: dict[str, Any] = {"message": message}
    if errors is not None:
        meta["errors"] = errors
    return {"success": False, "data": None, "meta": meta}


Handler = Callable[[Recorded], Reply]


class _QuietServer(ThreadingHTTPServer):
    request_queue_size = 128  # bursts of concurrent connections are not refused by the backlog

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that timed out or was reset on purpose leaves a broken pipe behind: expected here.
        if not isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            super().handle_error(request, client_address)


class ScriptedServer:
    """Answers from a queue of scripted replies, then from ``default`` (a handler)."""

    def __init__(self) -> None:
        self.requests: list[Recorded] = []
        self.connections = 0
        self.script: deque[Reply] = deque()
        self.default: Handler = lambda request: Reply(200, envelope(None))
        self._lock = threading.Lock()
        server = self

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # headers and body go out in separate writes

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
                pass

            def setup(self) -> None:
                super().setup()
                with server._lock:
                    server.connections += 1

            def _handle(self) -> None:
                reply = server._next_reply_or_none()
                if reply is not None and reply.reset_before_body:
                    self._reset()
                    return
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                split = urlsplit(self.path)
                recorded = Recorded(
                    self.command, split.path, parse_qsl(split.query, keep_blank_values=True),
                    {k.lower(): v for k, v in self.headers.items()}, body, list(self.headers.items()), split.query,
                )  # fmt: skip
                with server._lock:
                    server.requests.append(recorded)
                if reply is None:
                    reply = server.default(recorded)
                if reply.raw is not None:
                    reply.raw(recorded, self.wfile)
                    self.wfile.flush()
                    return
                if reply.reset_after_body:
                    self._reset()
                    return
                if reply.delay:
                    time.sleep(reply.delay)
                payload = reply.payload()
                headers = {"Content-Type": "application/json", **reply.headers}
                self.send_response(reply.status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                if reply.truncate_to is not None:
                    self.wfile.write(payload[: reply.truncate_to])
                    self.wfile.flush()
                    self._reset()
                    return
                self.wfile.write(payload)

            def _reset(self) -> None:
                # SO_LINGER 0: the peer sees a connection reset, not a clean close.
                self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
                self.close_connection = True
                self.connection.close()

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _handle

        self._server = _QuietServer(("127.0.0.1", 0), _Handler)
        self._server.daemon_threads = True
        # shutdown() waits for the loop to poll: a short interval keeps every test's teardown short.
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.005}, daemon=True)

    def _next_reply_or_none(self) -> Reply | None:
        with self._lock:
            return self.script.popleft() if self.script else None

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}/api/v1"

    def queue(self, *replies: Reply) -> None:
        with self._lock:
            self.script.extend(replies)

    def start(self) -> ScriptedServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()


@contextmanager
def running_server() -> Iterator[ScriptedServer]:
    server = ScriptedServer().start()
    try:
        yield server
    finally:
        server.stop()
