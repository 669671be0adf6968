"""The versioning rule for spec updates, and reading / writing the version in version.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from altegio_dev.spec_diff import Change
from altegio_dev.version_rule import is_enough, next_version, read_version, required_bump, write_version

BREAKING = [Change("x", "operation removed", "", True)]
FEATURE = [Change("x", "operation added", "", False)]
FIX = [Change("x", "parameter added", "`archived (query)` boolean", False)]


@pytest.mark.parametrize(
    ("current", "changes", "expected"),
    [
        ("0.1.3", BREAKING, "0.2.0"),
        ("0.1.3", FEATURE, "0.1.4"),
        ("0.1.3", FIX, "0.1.4"),
        ("0.1.3", [], "0.1.3"),
        ("1.2.3", BREAKING, "2.0.0"),
        ("1.2.3", FEATURE, "1.3.0"),
        ("1.2.3", FIX, "1.2.4"),
        ("1.2.3", FIX + BREAKING, "2.0.0"),
    ],
)
def test_next_version(current: str, changes: list[Change], expected: str) -> None:
    assert next_version(current, changes) == expected


def test_required_bump() -> None:
    assert [required_bump(c) for c in ([], FIX, FEATURE, FEATURE + BREAKING)] == ["none", "fix", "feature", "breaking"]


def test_is_enough() -> None:
    assert is_enough("0.1.0", "0.2.0", BREAKING) and is_enough("0.1.0", "1.0.0", BREAKING)
    assert not is_enough("0.1.0", "0.1.1", BREAKING)
    assert is_enough("0.1.0", "0.1.0", [])


def test_read_and_write_version(tmp_path: Path) -> None:
    version_file = tmp_path / "version.py"
    version_file.write_text('"""The version."""\n\n__version__ = "0.4.1"\n')
    assert read_version(version_file) == "0.4.1"
    write_version("0.5.0", version_file)
    assert version_file.read_text() == '"""The version."""\n\n__version__ = "0.5.0"\n'
    version_file.write_text("VERSION = 1\n")
    with pytest.raises(ValueError, match="no __version__"):
        read_version(version_file)
