"""`make demo` offline: the quick start runs against the Prism mock and leaves nothing running."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from spec_io import ROOT

pytestmark = pytest.mark.contract


def _prism_processes() -> set[str]:
    out = subprocess.run(["pgrep", "-f", "prism.*mock"], capture_output=True, text=True, check=False).stdout
    return set(out.split())


def test_demo_runs_offline_and_cleans_up() -> None:
    before = _prism_processes()
    env = {k: v for k, v in os.environ.items() if not k.startswith("ALTEGIO_")}
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "demo.py")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
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
