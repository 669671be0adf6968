"""Fail if generated/ is not exactly what `make generate` produces from openapi/ + overrides/ + config.

Usage: python -m altegio_dev check-generated [--generated DIR]
"""

from __future__ import annotations

import argparse
import difflib
import sys
import tempfile
from pathlib import Path

from .constants import GENERATED, OPERATIONS_INDEX, PACKAGE
from .generate import generate

MAX_DIFF_LINES = 40


def tree(root: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(root)): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


def generated_files(root: Path) -> dict[str, bytes]:
    """What `make generate` writes under ``root``: the package and the operation index."""
    files = {f"{PACKAGE}/{name}": content for name, content in tree(root / PACKAGE).items()}
    index = root / OPERATIONS_INDEX
    if index.exists():
        files[OPERATIONS_INDEX] = index.read_bytes()
    return files


def compare(expected: dict[str, bytes], actual: dict[str, bytes]) -> list[str]:
    """Human-readable differences; empty when the trees are identical."""
    missing = sorted(set(expected) - set(actual))
    extra = sorted(set(actual) - set(expected))
    changed = sorted(name for name in set(expected) & set(actual) if expected[name] != actual[name])
    lines = [f"missing (would be generated): {name}" for name in missing]
    lines += [f"not generated (extra or renamed): {name}" for name in extra]
    lines += [f"differs: {name}" for name in changed]
    if changed:
        first = changed[0]
        diff = difflib.unified_diff(
            actual[first].decode(errors="replace").splitlines(),
            expected[first].decode(errors="replace").splitlines(),
            f"generated/{first}",
            f"regenerated/{first}",
            lineterm="",
        )
        lines += list(diff)[:MAX_DIFF_LINES]
    return lines


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--generated", type=Path, default=GENERATED)


def run(args: argparse.Namespace) -> int:
    with tempfile.TemporaryDirectory(prefix="altegio-check-") as tmp:
        generate(Path(tmp), quiet=True)
        problems = compare(generated_files(Path(tmp)), generated_files(args.generated))
    if problems:
        print("generated/ is stale or was edited by hand; run `make generate` and commit:", file=sys.stderr)
        print("\n".join(problems), file=sys.stderr)
        return 1
    print("generated/ is up to date")
    return 0
