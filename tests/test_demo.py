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


def test_with_credentials_the_same_example_runs_read_only() -> None:
    """The credentials path, pointed at a mock instead of production: no writes, same code."""
    from prism_mock import PrismMock

    with PrismMock() as mock:
        env = {k: v for k, v in os.environ.items() if not k.startswith("ALTEGIO_")}
        env |= {"ALTEGIO_PARTNER_TOKEN": "p-token", "ALTEGIO_USER_TOKEN": "u-token", "ALTEGIO_BASE_URL": mock.base_url}
        result = subprocess.run(
            [sys.executable, str(ROOT / "scripts" / "demo.py")], env=env, capture_output=True, text=True,
            timeout=120, check=False,
        )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert "(read-only)" in result.stdout
    assert "certificate type(s) in all" in result.stdout
    assert "created promotion" not in result.stdout and "deleted" not in result.stdout
