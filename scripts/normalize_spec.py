"""Normalize an OpenAPI document before generation (or for the Prism mock) and log every change.

Usage: python scripts/normalize_spec.py [IN] OUT [--profile generate|mock] [--verbose]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from spec_io import PINNED_SPEC, dump_yaml, load_spec
from spec_normalizer import PROFILES, normalize


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", nargs="?", type=Path, default=PINNED_SPEC)
    parser.add_argument("out", type=Path)
    parser.add_argument("--profile", choices=PROFILES, default="generate")
    parser.add_argument("--verbose", action="store_true", help="list every change")
    args = parser.parse_args(argv)

    normalized, report = normalize(load_spec(args.source), args.profile)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(dump_yaml(normalized), encoding="utf-8")
    print("\n".join(report.lines(args.verbose)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
