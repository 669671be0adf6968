"""`altegio webhooks listen`: a local receiver (standard library http.server) that prints each
delivery as a typed event, one JSON line on stdout; what it answered goes to stderr.

Like examples/webhook_receiver.py it answers at once: 202 for an event, 401 for a wrong or
missing token (nothing parsed), 400 for a body that is not an event, 413 for one too large.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import click

MAX_BODY = 1024 * 1024
TOKEN_VARIABLE = "ALTEGIO_WEBHOOK_TOKEN"  # noqa: S105 - a variable's name


@click.group()
def webhooks() -> None:
    """Webhook tools: `altegio webhooks listen` prints what Altegio posts."""


def _line(event: Any) -> str:
    """The event as one JSON line: its type, its delivery key and its fields."""
    import json

    from ...webhooks import UnknownEvent, delivery_key
    from ..render import plain

    if isinstance(event, UnknownEvent):
        fields: Any = event.payload
    else:
        fields = plain(event)
    return json.dumps({"event": type(event).__name__, "delivery_key": delivery_key(event), "data": fields})


def _handler(token: str | None) -> type[BaseHTTPRequestHandler]:
    from ....webhooks import parse
    from ...webhooks import WebhookAuthError, WebhookFormatError

    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = self.headers.get("Content-Length", "")
            if not length.isdigit():
                return self._answer(411, "a Content-Length is required")
            if int(length) > MAX_BODY:
                return self._answer(413, "the body is too large")
            body = self.rfile.read(int(length))
            try:
                event = parse(body, headers=self.headers, expected_token=token)
            except WebhookAuthError:
                return self._answer(401, "unauthorized: wrong or missing token")
            except WebhookFormatError as error:
                return self._answer(400, str(error))
            with lock:  # one line per event, whole, whatever the threads
                print(_line(event), flush=True)
            return self._answer(202, "queued")

        def _answer(self, status: int, message: str) -> None:
            import json

            body = json.dumps({"message": message}).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - http.server's name
            print(f"{self.address_string()} {format % args}", file=sys.stderr, flush=True)

    return Handler


@webhooks.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option(
    "--port", type=click.IntRange(min=0, max=65535), default=8080, show_default=True, help="Port (0: any free one)."
)
@click.option("--token", metavar="TOKEN", help=f"The webhooks' Bearer token to require (env {TOKEN_VARIABLE}).")
def listen(host: str, port: int, token: str | None) -> None:
    """Receive deliveries on http://HOST:PORT/ and print each as a typed event (a JSON line).

    With a token (--token or ALTEGIO_WEBHOOK_TOKEN) a delivery without it is refused (401);
    without one every delivery is accepted. Ctrl-C stops it.
    """
    from ..exits import USAGE, CommandFailed

    token = (token or os.environ.get(TOKEN_VARIABLE, "")).strip() or None
    try:
        server = ThreadingHTTPServer((host, port), _handler(token))
    except OSError as error:
        raise CommandFailed(f"cannot listen on {host}:{port}: {error.strerror}", USAGE) from None
    # Ctrl-C even where SIGINT came in ignored (a shell's background job), and SIGTERM alike.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    checked = "the token is checked" if token else "no token is checked (pass --token)"
    click.echo(f"listening on http://{host}:{server.server_port}/ ({checked}); Ctrl-C stops it", err=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        click.echo("stopped", err=True)
    finally:
        server.server_close()
