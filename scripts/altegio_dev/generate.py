"""Regenerate the client: pinned spec -> normalize -> openapi-python-client -> overrides -> format.

Usage: python -m altegio_dev generate [--spec PATH] [--out DIR] [--quiet]

Writes ``DIR/altegio_b2b`` (default ``generated/``), replacing what is there. Fails, naming the
operation, if the generator warns or an operation of the spec has no endpoint module.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from .constants import GENERATED, GENERATED_RUFF_CONFIG, GENERATOR_CONFIG, PACKAGE, PINNED_SPEC, RUNTIME, TEMPLATES
from .normalizer import normalize
from .normalizer.walk import iter_operations
from .operation_table import operation_rows, render
from .spec_io import dump_yaml, load_spec

BIN = Path(sys.executable).parent


def _run(args: list[str], cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, check=False)


WARNING_LINE = re.compile(r"WARNING parsing (\w+) (\S+) within")


def generator_problems(output: str, normalized: dict[str, Any]) -> list[str]:
    """One line per operation the generator warned about: its operationId, method, path, reason."""
    ids = {(method.upper(), path): op.get("operationId", "?") for path, method, op in iter_operations(normalized)}
    lines = output.splitlines()
    problems = []
    for index, line in enumerate(lines):
        match = WARNING_LINE.search(line)
        if match:
            method, path = match.groups()
            reason = next((later.strip() for later in lines[index + 1 :] if later.strip()), "no reason given")
            problems.append(f"{ids.get((method, path), '?')} ({method} {path}): {reason[:200]}")
    return problems


def run_generator(normalized_spec: Path, package_dir: Path, normalized: dict[str, Any]) -> None:
    result = _run([
        str(BIN / "openapi-python-client"), "generate",
        "--path", str(normalized_spec),
        "--config", str(GENERATOR_CONFIG),
        "--custom-template-path", str(TEMPLATES),
        "--meta", "none",
        "--output-path", str(package_dir),
        "--overwrite",
        "--fail-on-warning",
    ])  # fmt: skip
    output = result.stdout + result.stderr
    if result.returncode != 0 or "WARNING" in output:
        sys.stderr.write(output)
        problems = generator_problems(output, normalized)
        raise SystemExit(
            f"openapi-python-client failed or warned (exit {result.returncode}); fix it in the normalizer "
            "(scripts/altegio_dev/normalizer/), the config or the templates:\n" + "\n".join(f"  {p}" for p in problems)
        )


def overlay_runtime(package_dir: Path, normalized: dict[str, object]) -> None:
    shutil.copytree(RUNTIME, package_dir / "_runtime", ignore=shutil.ignore_patterns("__pycache__"))
    (package_dir / "_operations.py").write_text(render(operation_rows(normalized)), encoding="utf-8")
    (package_dir / "py.typed").write_text("# PEP 561: this package ships type information\n", encoding="utf-8")


def format_tree(package_dir: Path) -> None:
    for args in (
        ["check", "--fix-only", "--quiet", "--select", "I,F401,UP", "--no-cache", str(package_dir)],
        ["format", "--no-cache", str(package_dir)],
    ):
        result = _run([str(BIN / "ruff"), *args, "--config", str(GENERATED_RUFF_CONFIG)])
        if result.returncode != 0:
            raise SystemExit(f"ruff {args[0]} failed:\n{result.stdout}{result.stderr}")


def check_completeness(package_dir: Path, normalized: dict[str, object]) -> int:
    rows = operation_rows(normalized)
    missing = [row.operation_id for row in rows if not (package_dir / "api" / row.tag / f"{row.module}.py").exists()]
    if missing:
        raise SystemExit(f"no endpoint module generated for: {', '.join(missing)}")
    return len(rows)


def generate(spec: Path, out: Path, quiet: bool = False) -> None:
    started = time.perf_counter()
    normalized, report = normalize(load_spec(spec), "generate")
    if not quiet:
        print("\n".join(report.lines()))
    with tempfile.TemporaryDirectory(prefix="altegio-generate-") as tmp:
        normalized_path = Path(tmp) / "normalized.yaml"
        normalized_path.write_text(dump_yaml(normalized), encoding="utf-8")
        package_dir = Path(tmp) / PACKAGE
        run_generator(normalized_path, package_dir, normalized)
        overlay_runtime(package_dir, normalized)
        format_tree(package_dir)
        count = check_completeness(package_dir, normalized)
        target = out / PACKAGE
        out.mkdir(parents=True, exist_ok=True)
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(package_dir, target, ignore=shutil.ignore_patterns("__pycache__", ".ruff_cache"))
    print(f"generated {count} endpoint modules into {target} in {time.perf_counter() - started:.1f} s")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--spec", type=Path, default=PINNED_SPEC)
    parser.add_argument("--out", type=Path, default=GENERATED)
    parser.add_argument("--quiet", action="store_true", help="do not print the normalizer's log")


def run(args: argparse.Namespace) -> int:
    generate(args.spec, args.out, args.quiet)
    return 0
