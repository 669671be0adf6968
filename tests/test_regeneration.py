"""`make generate` is deterministic and `make check-generated` catches hand edits."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from altegio_dev.check_generated import compare, generated_files
from altegio_dev.cli import main
from altegio_dev.constants import GENERATED, OPERATIONS_INDEX, PACKAGE
from altegio_dev.generate import generate
from generated_modules import API_PACKAGES

pytestmark = pytest.mark.slow


def test_generate_twice_is_byte_identical_and_matches_committed(
    tmp_path: Path, spec_operations: dict[str, dict[str, Any]]
) -> None:
    generate(tmp_path / "one", quiet=True)
    generate(tmp_path / "two", quiet=True)
    one, two = generated_files(tmp_path / "one"), generated_files(tmp_path / "two")
    assert compare(one, two) == []
    assert compare(one, generated_files(GENERATED)) == []
    assert OPERATIONS_INDEX in one
    one = {name.removeprefix(f"{PACKAGE}/"): content for name, content in one.items()}
    packages = tuple(f"{package}/" for package in API_PACKAGES)
    endpoint_modules = [name for name in one if name.startswith(packages) and name.count("/") == 2]
    public = [name for name in endpoint_modules if not name.rsplit("/", 1)[1].startswith("_")]
    assert len(public) == len(spec_operations)


def test_check_generated_fails_on_a_hand_edit(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    copy = tmp_path / "generated"
    shutil.copytree(GENERATED, copy, ignore=shutil.ignore_patterns("__pycache__"))
    edited = min((copy / PACKAGE / "api").glob("*/[!_]*.py"))  # an endpoint module
    edited.write_text(edited.read_text() + "\n# a hand edit\n")
    (copy / PACKAGE / "models" / "stray_model.py").write_text("X = 1\n")
    assert main(["check-generated", "--generated", str(copy)]) == 1
    err = capsys.readouterr().err
    assert f"differs: {PACKAGE}/{edited.relative_to(copy / PACKAGE)}" in err
    assert f"not generated (extra or renamed): {PACKAGE}/models/stray_model.py" in err
    assert "-# a hand edit" in err  # the diff shows what regeneration would take out
