"""Run examples/quickstart.py (`make demo`), offline on a Prism mock unless credentials are set.

With ALTEGIO_PARTNER_TOKEN in the environment the example runs as is (read-only) against
ALTEGIO_BASE_URL (default production). Without it, a Prism mock of the pinned spec is started
on 127.0.0.1, the example runs against it with demo credentials and writes enabled, and the
mock is stopped afterwards, whatever happens.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time

from .constants import PINNED_SPEC, QUICKSTART, ROOT
from .prism_mock import PrismMock

MOCK_ENV = {
    "ALTEGIO_PARTNER_TOKEN": "demo-partner-token",
    "ALTEGIO_LOGIN": "+13155550175",
    "ALTEGIO_PASSWORD": "demo-password",
    "ALTEGIO_DEMO_WRITES": "1",
    "ALTEGIO_DEMO_MOCK": "1",
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    pass  # configured from the environment (see examples/quickstart.py)


def run(args: argparse.Namespace) -> int:
    if os.environ.get("ALTEGIO_PARTNER_TOKEN"):
        env = {k: v for k, v in os.environ.items() if not k.startswith("ALTEGIO_DEMO_")}
        return subprocess.call([sys.executable, str(QUICKSTART)], env=env)
    started = time.perf_counter()
    with PrismMock() as mock:
        spec = PINNED_SPEC.relative_to(ROOT)
        print(f"Prism mock of {spec} on {mock.base_url} ({time.perf_counter() - started:.1f} s)")
        env = {**os.environ, **MOCK_ENV, "ALTEGIO_BASE_URL": mock.base_url}
        code = subprocess.call([sys.executable, str(QUICKSTART)], env=env)
    print(f"\nmock stopped; demo took {time.perf_counter() - started:.1f} s")
    return code
