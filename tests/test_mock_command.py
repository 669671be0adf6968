"""`make mock` / `python -m altegio_dev mock`: Prism serves the pinned spec for users' own code,
prints the base URL, answers the client, and on Ctrl-C (SIGINT) stops leaving no process behind."""

from __future__ import annotations

import datetime
import os
import re
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from altegio_b2b import AltegioClient
from altegio_b2b.api.analytics_reports import get_location_analytics_overall
from altegio_dev.constants import ROOT

pytestmark = pytest.mark.contract
MOCK = [sys.executable, "-m", "altegio_dev", "mock"]


def _session_members(session_id: int) -> list[int]:
    """Live processes in a session: Prism is started as a session leader, its node children join it."""
    members = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rpartition(")")[2].split()
        except OSError:  # gone while we looked
            continue
        # After "pid (comm)": state, ppid, pgrp, session, ...; a zombie is already gone.
        if fields[0] != "Z" and int(fields[3]) == session_id:
            members.append(int(stat.parent.name))
    return members


def _lines_until(process: subprocess.Popen[str], marker: str, timeout: float) -> Iterator[str]:
    assert process.stdout is not None
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            break
        yield line
        if marker in line:
            return
    pytest.fail(f"no {marker!r} from the mock command within {timeout} s")


def test_mock_serves_the_client_and_stops_on_ctrl_c() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ALTEGIO_")}
    process = subprocess.Popen(
        [*MOCK, "--port", "0"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env, cwd=ROOT
    )
    try:
        banner = "".join(_lines_until(process, "Ctrl-C stops it.", timeout=90))
        base_url = re.search(r"^base_url: (http://127\.0\.0\.1:\d+)$", banner, re.M)
        prism_pid = re.search(r", pid (\d+)$", banner, re.M)
        assert base_url and prism_pid, banner
        assert f'AltegioClient("any-partner-token", "any-user-token", base_url="{base_url[1]}")' in banner
        assert _session_members(int(prism_pid[1])), "Prism is not running"

        with AltegioClient("any-partner-token", "any-user-token", base_url=base_url[1], rate_limiter=None) as client:
            overall = get_location_analytics_overall.sync(
                706028, date_from=datetime.date(2026, 5, 1), date_to=datetime.date(2026, 5, 31), client=client
            )
        assert overall is not None
        # The documented example's 12.56, read as the string the spec declares (a lossless read).
        assert overall.to_dict()["income_total_stats"]["current_sum"] == "12.56"

        process.send_signal(signal.SIGINT)
        rest, _ = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == 0, banner + rest
    assert "mock stopped" in rest
    assert "Traceback" not in rest
    assert _session_members(int(prism_pid[1])) == []


def test_a_taken_port_is_an_error_not_someone_elses_server() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run([*MOCK, "--port", str(port)], capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 1
    assert f"port {port} on 127.0.0.1 is taken" in result.stderr
