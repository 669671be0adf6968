"""Regenerate the client: pinned spec -> normalize -> openapi-python-client -> overrides -> format.

Usage: python -m altegio_dev generate [--spec PATH] [--out DIR] [--quiet]

Writes ``DIR/altegio_b2b`` (default ``generated/``), replacing what is there. Fails, naming the
operation, if the generator warns or an operation of the spec has no endpoint module.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError

from .constants import GENERATED, GENERATED_RUFF_CONFIG, GENERATOR_CONFIG, PACKAGE, PINNED_SPEC, RUNTIME, TEMPLATES
from .normalizer import normalize
from .normalizer.walk import iter_operations
from .operation_table import LOGIN_OPERATION, operation_rows
from .spec_io import load_pinned

BIN = Path(sys.executable).parent


def _run(args: list[str], cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, check=False)


def _problem(error: GeneratorError, ids: dict[tuple[str, str], str]) -> str:
    """One line naming the operation (when the error is about one) and the reason."""
    header, detail = str(error.header or ""), str(error.detail or "")
    match = WARNING_HEADER.search(header)
    if match:
        method, path = match.groups()
        header = f"{ids.get((method.upper(), path), '?')} ({method.upper()} {path})"
    return f"{header}: {detail.strip()[:300]}" if detail.strip() else header


WARNING_HEADER = re.compile(r"parsing (\w+) (\S+) within")


def run_generator(normalized: dict[str, Any], package_dir: Path) -> None:
    """openapi-python-client through its Python API: no YAML round trip, and the templates get
    the operations' facts (``altegio_operations``) the generator's own endpoint model lacks."""
    config = Config.from_sources(
        ConfigFile.load_from_path(GENERATOR_CONFIG),
        MetaType("none"),
        GENERATOR_CONFIG,
        "utf-8",
        overwrite=True,
        output_path=package_dir,
    )
    openapi = GeneratorData.from_dict(normalized, config=config)
    if isinstance(openapi, GeneratorError):
        raise SystemExit(f"openapi-python-client cannot read the normalized spec: {openapi.header}: {openapi.detail}")
    project = Project(openapi=openapi, config=config, custom_template_path=TEMPLATES)
    project.env.globals.update(
        altegio_operations={row.operation_id: row for row in operation_rows(normalized)},
        altegio_login_operation=LOGIN_OPERATION,
    )
    with contextlib.redirect_stdout(io.StringIO()):  # "Generating <dir>"
        generator_errors = project.build()
    if generator_errors:
        ids = {(method.upper(), path): op.get("operationId", "?") for path, method, op in iter_operations(normalized)}
        problems = [_problem(error, ids) for error in generator_errors]
        raise SystemExit(
            "openapi-python-client failed or warned; fix it in the normalizer (scripts/altegio_dev/normalizer/), "
            "the config or the templates:\n" + "\n".join(f"  {p}" for p in problems)
        )


def overlay_runtime(package_dir: Path) -> None:
    shutil.copytree(RUNTIME, package_dir / "_runtime", ignore=shutil.ignore_patterns("__pycache__"))
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
    normalized, report = normalize(load_pinned(spec=spec), "generate")
    if not quiet:
        print("\n".join(report.lines()))
    with tempfile.TemporaryDirectory(prefix="altegio-generate-") as tmp:
        package_dir = Path(tmp) / PACKAGE
        run_generator(normalized, package_dir)
        overlay_runtime(package_dir)
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
