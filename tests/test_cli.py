"""`python -m altegio_dev`: every command the Makefile runs exists, --help lists them all, and
the commands without a test of their own (normalize) do their job."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from altegio_dev.cli import COMMANDS, main
from altegio_dev.constants import ROOT
from altegio_dev.normalizer.walk import count_operations
from altegio_dev.spec_io import load_spec

QUIRKS = Path(__file__).parent / "specs" / "normalizer-quirks.yaml"


def test_every_command_the_makefile_runs_exists() -> None:
    used = set(re.findall(r"-m altegio_dev ([\w-]+)", (ROOT / "Makefile").read_text()))
    assert used and used <= set(COMMANDS)


def test_help_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--help"])
    assert exited.value.code == 0
    out = capsys.readouterr().out
    for name, module in COMMANDS.items():
        summary = (module.__doc__ or "").strip().splitlines()[0]
        assert re.search(rf"^\s+{re.escape(name)}\b", out, re.MULTILINE), name
        assert summary.split()[0] in out


def test_an_unknown_command_fails(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["regenerate"])
    assert exited.value.code == 2
    assert "invalid choice: 'regenerate'" in capsys.readouterr().err


def test_normalize_writes_the_document_and_prints_the_log(tmp_path: Path) -> None:
    out = tmp_path / "nested" / "mock.yaml"
    result = subprocess.run(
        [sys.executable, "-m", "altegio_dev", "normalize", str(QUIRKS), str(out), "--profile", "mock", "--verbose"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    total = count_operations(load_spec(QUIRKS)) + 1  # and its one webhook
    expected = f"normalize (mock): {total} operations and webhooks in, {total - 2} operations out, 2 webhooks (1 moved"
    assert result.stdout.startswith(expected)
    assert "/api/v1/things -> /things" in result.stdout  # --verbose lists each change
    assert "/things" in load_spec(out)["paths"]
