"""Run examples/quickstart.py (`make demo`) or, with --booking, examples/booking.py (`make
demo-booking`), offline on a Prism mock unless credentials are set.

With ALTEGIO_PARTNER_TOKEN in the environment the example runs as is (read-only) against
ALTEGIO_BASE_URL (default production). Without it, a Prism mock of the pinned documents is started
on 127.0.0.1, the example runs against it with demo credentials and writes enabled, and the
mock is stopped afterwards, whatever happens.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time

from .constants import APIS, BOOKING_EXAMPLE, QUICKSTART
from .prism_mock import PrismMock

MOCK_ENV = {
    "ALTEGIO_PARTNER_TOKEN": "demo-partner-token",
    "ALTEGIO_LOGIN": "+13155550175",
    "ALTEGIO_PASSWORD": "demo-password",
    "ALTEGIO_DEMO_WRITES": "1",
    "ALTEGIO_DEMO_MOCK": "1",
}
# The booking example's customer; the mock accepts any code.
BOOKING_MOCK_ENV = {
    "ALTEGIO_BOOKING_PHONE": "+13155550175",
    "ALTEGIO_BOOKING_NAME": "James Smith",
    "ALTEGIO_BOOKING_CODE": "38829",
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--booking", action="store_true", help="run examples/booking.py (the Online Booking flow)")


def run(args: argparse.Namespace) -> int:
    example = BOOKING_EXAMPLE if args.booking else QUICKSTART
    if os.environ.get("ALTEGIO_PARTNER_TOKEN"):
        env = {k: v for k, v in os.environ.items() if not k.startswith("ALTEGIO_DEMO_")}
        return subprocess.call([sys.executable, str(example)], env=env)
    started = time.perf_counter()
    with PrismMock() as mock:
        documents = ", ".join(api.spec.name for api in APIS)
        print(f"Prism mock of {documents} on {mock.base_url} ({time.perf_counter() - started:.1f} s)")
        env = {
            **os.environ,
            **MOCK_ENV,
            **(BOOKING_MOCK_ENV if args.booking else {}),
            "ALTEGIO_BASE_URL": mock.base_url,
        }
        ran = time.perf_counter()
        code = subprocess.call([sys.executable, str(example)], env=env)
        took = time.perf_counter() - ran
    print(
        f"\nmock stopped; {example.name} took {took:.1f} s on the mock, the demo {time.perf_counter() - started:.1f} s"
    )
    return code
