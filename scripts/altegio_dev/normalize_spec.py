"""Normalize an OpenAPI document before generation (or for the Prism mock) and log every change.

Usage: python -m altegio_dev normalize [IN] OUT [--profile generate|mock] [--verbose]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from .constants import PINNED_SPEC
from .normalizer import PROFILES, normalize
from .spec_io import dump_yaml, load_spec


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("source", nargs="?", type=Path, default=PINNED_SPEC)
    parser.add_argument("out", type=Path)
    parser.add_argument("--profile", choices=PROFILES, default="generate")
    parser.add_argument("--verbose", action="store_true", help="list every change")


def run(args: argparse.Namespace) -> int:
    normalized, report = normalize(load_spec(args.source), args.profile)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(dump_yaml(normalized), encoding="utf-8")
    print("\n".join(report.lines(args.verbose)))
    return 0
