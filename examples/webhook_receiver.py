"""A webhook receiver for Altegio's events using only the standard library (and altegio_b2b).

Altegio POSTs each event as JSON with the ``Authorization: Bearer ...`` header configured for the
location's webhooks; a slow answer counts as a failure and a failed delivery may be repeated. So
the handler only checks the token, parses, deduplicates and queues (microseconds), answers at
once, and a worker thread does the real work:

    202  queued            401  wrong or missing token (nothing parsed)
    200  a repeat, dropped 400  not an event          413  body too large

Run it (port 8080 unless PORT says otherwise):

    ALTEGIO_WEBHOOK_TOKEN=... python examples/webhook_receiver.py

In production put it behind HTTPS, and keep the queue and the seen keys somewhere that survives
a restart (a database table, Redis, your task queue) instead of in memory.
"""

from __future__ import annotations

import json
import logging
import os
import queue
import sys
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from altegio_b2b import webhooks

log = logging.getLogger("webhook_receiver")

MAX_BODY = 1024 * 1024
# A repeat comes within seconds (retries 1.5 s apart, 10 s per attempt): remembering keys longer
# would drop a genuine later change that happens to post the same body (A -> B -> A).
SEEN_FOR_SECONDS = 600.0


class RecentKeys:
    """Delivery keys seen in the last ``ttl`` seconds (at most ``limit`` of them); thread-safe."""

    def __init__(
        self, ttl: float = SEEN_FOR_SECONDS, limit: int = 100_000, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.ttl, self.limit, self.clock = ttl, limit, clock
        self._seen: OrderedDict[str, float] = OrderedDict()
        self._lock = threading.Lock()

    def add(self, key: str) -> bool:
        """Remember ``key``; False when it was already there (a repeated delivery)."""
        now = self.clock()
        with self._lock:
            while self._seen and (len(self._seen) >= self.limit or next(iter(self._seen.values())) <= now - self.ttl):
                self._seen.popitem(last=False)
            if key in self._seen:
                return False
            self._seen[key] = now
            return True


class Receiver:
    """The HTTP server, its queue and the worker that hands each event to ``process``."""

    def __init__(self, token: str, process: Callable[[Any], None], host: str = "127.0.0.1", port: int = 0) -> None:
        self.process = process
        self.events: queue.Queue[tuple[str, Any]] = queue.Queue()
        self.seen = RecentKeys()
        self.server = ThreadingHTTPServer((host, port), _handler_class(token, self))
        self._threads = [
            # A short poll: stop() returns within 0.1 s.
            threading.Thread(target=self.server.serve_forever, args=(0.1,), name="webhook-http", daemon=True),
            threading.Thread(target=self._work, name="webhook-worker", daemon=True),
        ]

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host!s}:{port}/"

    def start(self) -> Receiver:
        for thread in self._threads:
            thread.start()
        return self

    def stop(self) -> None:
        """Stop taking deliveries, let the worker finish what is queued, and return."""
        self.server.shutdown()
        self.server.server_close()
        self.events.join()

    def accept(self, event: Any) -> bool:
        """Queue an event unless it is a repeat; False for a repeat."""
        key = webhooks.delivery_key(event)
        if not self.seen.add(key):
            return False
        self.events.put((key, event))
        return True

    def _work(self) -> None:
        while True:
            key, event = self.events.get()
            try:
                self.process(event)
            except Exception:  # one bad event must not stop the worker
                log.exception("processing delivery %s failed", key[:12])
            finally:
                self.events.task_done()


def _handler_class(token: str, receiver: Receiver) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = self.headers.get("Content-Length")
            if length is None or not length.isdigit():
                return self._answer(411, "a Content-Length is required")
            if int(length) > MAX_BODY:
                return self._answer(413, "the body is too large")
            body = self.rfile.read(int(length))
            try:
                event = webhooks.parse(body, headers=self.headers, expected_token=token)
            except webhooks.WebhookAuthError:
                return self._answer(401, "unauthorized")
            except webhooks.WebhookFormatError as error:
                return self._answer(400, str(error))
            if receiver.accept(event):
                return self._answer(202, "queued")
            return self._answer(200, "a repeated delivery, already queued")

        def _answer(self, status: int, message: str) -> None:
            body = json.dumps({"message": message}).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - http.server's name
            log.info("%s %s", self.address_string(), format % args)

    return Handler


def show(event: Any) -> None:
    """What this example does with an event: print it. Yours updates your own records."""
    if isinstance(event, webhooks.UnknownEvent):
        print(f"unknown event {event.resource!r} ({event.status}): {sorted(event.payload)}")
    else:
        print(f"{type(event).__name__}: {event.status} {event.resource} {event.resource_id} at {event.company_id}")


def main() -> int:
    token = os.environ.get("ALTEGIO_WEBHOOK_TOKEN", "").strip()
    if not token:
        print("Set ALTEGIO_WEBHOOK_TOKEN to the token configured for your webhooks.")
        return 2
    logging.basicConfig(level=logging.INFO)
    receiver = Receiver(token, show, host="127.0.0.1", port=int(os.environ.get("PORT", "8080"))).start()
    print(f"listening on {receiver.url} (Ctrl-C to stop)")
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        receiver.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
