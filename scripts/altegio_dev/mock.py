"""Serve a mock of the pinned API on 127.0.0.1 for your own code (`make mock`), until Ctrl-C.

Prism answers every operation of the pinned document with its documented examples (or, with
--dynamic, with data generated from the schemas, the same for the same --seed), checks each
request against the document (an invalid one gets a 4xx) and accepts any token (but wants one). Point the client
at the printed base URL. Ctrl-C (or SIGTERM) stops Prism and every process it started.
"""

from __future__ import annotations

import argparse
import signal
import sys
import time
from types import FrameType

from .prism_mock import PrismMock

DEFAULT_PORT = 4010  # Prism's own default: what its documentation and examples use


class _Stop(Exception):
    """SIGTERM, turned into an exception so the mock is stopped the way Ctrl-C stops it."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--port", type=int, default=DEFAULT_PORT, help=f"port on 127.0.0.1 (default {DEFAULT_PORT}; 0: any free one)"
    )
    parser.add_argument("--dynamic", action="store_true", help="answers generated from the schemas, not the examples")
    parser.add_argument("--seed", default="altegio-b2b", help="seed of --dynamic answers (same seed, same data)")


def run(args: argparse.Namespace) -> int:
    # Ctrl-C even where SIGINT came in ignored (a shell's background job): stopping is the point.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, _raise_stop)
    mock = PrismMock(dynamic=args.dynamic, seed=args.seed, port=args.port)
    print(f"starting Prism on 127.0.0.1 (port {args.port or 'any free one'}) ...", flush=True)
    try:
        mock.start()  # on any error or interrupt it stops what it started
        _announce(mock)
        while mock.process is not None and mock.process.poll() is None:
            time.sleep(0.2)
        print(f"Prism exited on its own:\n{mock.log_text()[-2000:]}", file=sys.stderr)
        return 1
    except RuntimeError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    except (KeyboardInterrupt, _Stop):
        return 0
    finally:
        # A second Ctrl-C while stopping would leave Prism running: ignore it until it is gone.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        mock.stop()
        print("mock stopped", flush=True)


def _announce(mock: PrismMock) -> None:
    answers = f"generated answers, seed {mock.seed!r}" if mock.dynamic else "documented examples"
    pid = mock.process.pid if mock.process else "?"
    print(
        f"Prism mock of the pinned API document(s) in openapi/ ({answers}), pid {pid}\n"
        f"base_url: {mock.base_url}\n"
        f'  client = AltegioClient("any-partner-token", "any-user-token", base_url="{mock.base_url}")\n'
        "Ctrl-C stops it.",
        flush=True,
    )


def _raise_stop(signum: int, frame: FrameType | None) -> None:
    raise _Stop
