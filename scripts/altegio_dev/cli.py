"""`python -m altegio_dev <command>`: one entry point for the project's tooling (the Makefile's)."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import Protocol

from . import (
    build_overlay,
    check_generated,
    demo,
    docs,
    fetch_spec,
    generate,
    mock,
    normalize_spec,
    readme_counts,
    spec_diff,
    test_pythons,
    typed_share,
    update_spec,
)


class Command(Protocol):
    """What a command module provides; its docstring's first line is its help."""

    def add_arguments(self, parser: argparse.ArgumentParser) -> None: ...

    def run(self, args: argparse.Namespace) -> int: ...


COMMANDS: dict[str, Command] = {
    "spec": build_overlay,
    "fetch-spec": fetch_spec,
    "normalize": normalize_spec,
    "generate": generate,
    "check-generated": check_generated,
    "spec-diff": spec_diff,
    "update-spec": update_spec,
    "demo": demo,
    "mock": mock,
    "docs": docs,
    "test-pythons": test_pythons,
    "typed-share": typed_share,
    "readme-counts": readme_counts,
}


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="python -m altegio_dev", description=__doc__)
    commands = top.add_subparsers(dest="command", required=True, metavar="command")
    for name, module in COMMANDS.items():
        summary = (module.__doc__ or name).strip().splitlines()[0]
        sub = commands.add_parser(
            name, help=summary, description=module.__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
        )
        module.add_arguments(sub)
        sub.set_defaults(run=module.run)
    return top


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    status: int = args.run(args)
    return status
