"""The package's versioning rule for spec updates.

While the package is 0.x, a breaking API change bumps the minor version (0.1.3 -> 0.2.0) and
any other change bumps the patch version (0.1.3 -> 0.1.4). From 1.0 on, breaking -> major,
otherwise minor for added operations and patch for the rest. No API change, no bump.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from .constants import VERSION_FILE

_VERSION = re.compile(r'^__version__ = "(\d+)\.(\d+)\.(\d+)"$', re.MULTILINE)


class ChangeLike(Protocol):
    @property
    def breaking(self) -> bool: ...

    @property
    def kind(self) -> str: ...


def parse(version: str) -> tuple[int, int, int]:
    major, minor, patch = (int(part) for part in version.split("."))
    return major, minor, patch


def required_bump(changes: Sequence[ChangeLike]) -> str:
    if not changes:
        return "none"
    if any(change.breaking for change in changes):
        return "breaking"
    if any(change.kind == "operation added" for change in changes):
        return "feature"
    return "fix"


def next_version(current: str, changes: Sequence[ChangeLike]) -> str:
    major, minor, patch = parse(current)
    need = required_bump(changes)
    if need == "none":
        return current
    if major == 0:
        return f"0.{minor + 1}.0" if need == "breaking" else f"0.{minor}.{patch + 1}"
    if need == "breaking":
        return f"{major + 1}.0.0"
    return f"{major}.{minor + 1}.0" if need == "feature" else f"{major}.{minor}.{patch + 1}"


def is_enough(previous: str, proposed: str, changes: Sequence[ChangeLike]) -> bool:
    """Does ``proposed`` bump ``previous`` at least as far as the changes need?"""
    return parse(proposed) >= parse(next_version(previous, changes))


def read_version(path: Path = VERSION_FILE) -> str:
    match = _VERSION.search(path.read_text(encoding="utf-8"))
    if match is None:
        raise ValueError(f'no __version__ = "X.Y.Z" line in {path}')
    return ".".join(match.groups())


def write_version(version: str, path: Path = VERSION_FILE) -> None:
    text = path.read_text(encoding="utf-8")
    path.write_text(_VERSION.sub(f'__version__ = "{version}"', text), encoding="utf-8")
