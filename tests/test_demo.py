"""`make demo` offline: the quick start runs against the Prism mock and leaves nothing running."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from altegio_dev.constants import ROOT
from altegio_dev.prism_mock import PrismMock
from report import Report

pytestmark = pytest.mark.contract
DEMO = [sys.executable, "-m", "altegio_dev", "demo"]


def _prism_processes() -> set[str]:
    """Prism mocks started from this checkout (PrismMock runs them in ROOT): others may share the machine."""
    out = subprocess.run(["pgrep", "-f", "prism.*mock"], capture_output=True, text=True, check=False).stdout
    return {pid for pid in out.split() if _cwd(pid) == ROOT}


def _cwd(pid: str) -> Path | None:
    try:
        return Path(f"/proc/{pid}/cwd").resolve(strict=True)
    except OSError:  # gone already, or not ours to inspect
        return None


def test_demo_runs_offline_and_cleans_up() -> None:
    before = _prism_processes()
    env = {k: v for k, v in os.environ.items() if not k.startswith("ALTEGIO_")}
    result = subprocess.run(DEMO, env=env, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    for expected in (
        "logged in as user",
        "created promotion",
        "Read it back",
        "certificate type(s) in all",
        "deleted certificate type",
        "NotFoundError: HTTP 404",
        "mock stopped",
    ):
        assert expected in result.stdout
    assert _prism_processes() <= before


def test_with_credentials_the_same_example_runs_read_only(prism_mock: PrismMock) -> None:
    """The credentials path, pointed at a mock instead of production: no writes, same code."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("ALTEGIO_")}
    env |= {"ALTEGIO_PARTNER_TOKEN": "p-token", "ALTEGIO_USER_TOKEN": "u-token"}
    env["ALTEGIO_BASE_URL"] = prism_mock.base_url
    result = subprocess.run(DEMO, env=env, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "(read-only)" in result.stdout
    assert "certificate type(s) in all" in result.stdout
    assert "created promotion" not in result.stdout and "deleted" not in result.stdout


def test_the_booking_example_runs_offline_end_to_end(report: Report) -> None:
    """`make demo-booking`: every step of the flow, with the auth each needs, on the mock."""
    before = _prism_processes()
    env = {k: v for k, v in os.environ.items() if not k.startswith("ALTEGIO_")}
    result = subprocess.run([*DEMO, "--booking"], env=env, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    steps = [
        "(mock, with writes)",
        "== Services open for online booking",
        "== Team members who do service",
        "bookable date(s), first",
        "== Free times on",
        "the time is free (book_check answered 201)",
        "ValidationError: HTTP 422",
        "booked: appointment",
        "== Read it back by its hash (partner token only)",
        "MissingUserTokenError before anything was sent: update_online_booking_datetime",
        "logged in; the booking user's token is stored on its own client",
        "moved to",
        "cancelled appointment",
        "mock stopped",
    ]
    positions = [result.stdout.find(text) for text in steps]
    assert -1 not in positions and positions == sorted(positions), result.stdout  # all of them, in order
    assert "433" in result.stdout  # Altegio's "time taken" code, from the error's field errors
    assert _prism_processes() <= before
    timing = re.search(r"booking\.py took ([\d.]+) s on the mock, the demo ([\d.]+) s", result.stdout)
    assert timing is not None
    report.keyed["booking demo"] = (
        f"booking example: {len(steps) - 2} steps on the Prism mock in {timing[1]} s "
        f"({timing[2]} s with the mock's start)"
    )
