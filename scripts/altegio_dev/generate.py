"""Regenerate the client: pinned documents -> normalize -> merge -> openapi-python-client -> overrides -> format.

Usage: python -m altegio_dev generate [--out DIR] [--quiet]

Every document pinned in openapi/ (constants.APIS) is normalized on its own, then merged
(merge.py) and generated in one run; the operations of each document other than the first are
moved to their own package (``altegio_b2b.booking``, ``altegio_b2b.devtools``). Writes
``DIR/altegio_b2b`` (default ``generated/``), replacing what is there. Fails, naming the
operation, if the generator warns or an operation has no endpoint module.
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
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError
from openapi_python_client.strings import ClassName, snake_case

from .constants import (
    APIS,
    GENERATED,
    GENERATED_RUFF_CONFIG,
    GENERATOR_CONFIG,
    OPERATIONS_INDEX,
    PACKAGE,
    RUNTIME,
    TEMPLATES,
)
from .merge import merged_document
from .normalizer.walk import iter_operations
from .operation_table import BOOKING_LOGIN_OPERATION, LOGIN_OPERATION, OperationRow, operation_rows, tags_by_package

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


def run_generator(normalized: dict[str, Any], rows: list[OperationRow], package_dir: Path) -> Project:
    """openapi-python-client through its Python API: no YAML round trip, and the templates get
    the operations' facts (``altegio_operations``, ``altegio_tags``) its own endpoint model lacks."""
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
        altegio_operations={row.operation_id: row for row in rows},
        altegio_tags={row.generator_tag: row for row in rows},
        altegio_apis=list(APIS),
        # One row per tag of each API package, in name order; how many operations each tag has.
        altegio_packages=tags_by_package(rows),
        altegio_tag_counts=Counter(f"{row.package}.{row.tag}" for row in rows),
        altegio_login_operation=LOGIN_OPERATION,
        altegio_booking_login_operation=BOOKING_LOGIN_OPERATION,
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
    return project


@dataclass(frozen=True)
class WebhookEvent:
    class_name: str
    module: str
    resources: list[str]
    summary: str


def write_webhooks(project: Project, normalized: dict[str, Any], package_dir: Path) -> None:
    """``altegio_b2b/webhooks.py``: the event models by ``resource`` (normalizer patch
    webhook_payload_models names them)."""
    events = []
    for item in (normalized.get("webhooks") or {}).values():
        for op in item.values():
            resources = op.get("x-altegio-webhook-resources") or []
            if resources:
                class_name = str(ClassName(op["x-altegio-webhook-model"], ""))
                events.append(WebhookEvent(class_name, snake_case(class_name), resources, str(op.get("summary", ""))))
    if events:
        text = project.env.get_template("webhooks.py.jinja").render(events=events)
        (package_dir / "webhooks.py").write_text(text, encoding="utf-8")


def place_packages(project: Project, normalized: dict[str, Any], rows: list[OperationRow], package_dir: Path) -> None:
    """Move each document's tag packages from ``api/`` to its own package, and write every API
    package's ``__init__`` (its tags, loaded on first use)."""
    packages = tags_by_package(rows)
    for package, tags in packages.items():
        if package != "api":
            (package_dir / package).mkdir(exist_ok=True)
            for row in tags:  # one missing here is named by check_completeness
                if (package_dir / "api" / row.generator_tag).exists():
                    shutil.move(package_dir / "api" / row.generator_tag, package_dir / package / row.tag)
    write_webhooks(project, normalized, package_dir)
    index = project.env.get_template("index.py.jinja").render(rows=rows)
    (package_dir / "_index.py").write_text(index, encoding="utf-8")
    template = project.env.get_template("api_package_init.py.jinja")
    for api in APIS:
        if api.package in packages:
            text = template.render(api=api, tags=packages[api.package])
            (package_dir / api.package / "__init__.py").write_text(text, encoding="utf-8")
    write_resources(project, packages, package_dir)


def write_resources(project: Project, packages: dict[str, list[OperationRow]], package_dir: Path) -> None:
    """The operations as methods: ``<package>/<tag>/_resources.py`` per tag, and per API package
    ``<package>/_resources.py`` (its tags as attributes; the B2B one's async class is ``client.aio``)."""
    collections = {str(tag): collection for tag, collection in project.openapi.endpoint_collections_by_tag.items()}
    tag_template = project.env.get_template("resources.py.jinja")
    package_template = project.env.get_template("package_resources.py.jinja")
    nested = [api for api in APIS if api.package in packages and api.package != "api"]
    for api in APIS:
        tags = packages.get(api.package)
        if not tags:
            continue
        access = "" if api.package == "api" else f"{api.package}."
        for row in tags:
            endpoints = sorted(collections[row.generator_tag].endpoints, key=lambda endpoint: endpoint.name)
            imports = {i for e in endpoints for i in e.relative_imports if i.startswith("from ...models")}
            text = tag_template.render(
                tag=row, access=f"{access}{row.tag}", class_name=str(ClassName(row.tag, "")), endpoints=endpoints,
                imports=imports,
            )  # fmt: skip
            (package_dir / api.package / row.tag / "_resources.py").write_text(text, encoding="utf-8")
        text = package_template.render(api=api, access=access, rows=tags, nested=nested if api.package == "api" else [])
        (package_dir / api.package / "_resources.py").write_text(text, encoding="utf-8")


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


def check_completeness(package_dir: Path, rows: list[OperationRow]) -> int:
    missing = [
        row.operation_id for row in rows if not (package_dir / row.package / row.tag / f"{row.module}.py").exists()
    ]
    if missing:
        raise SystemExit(f"no endpoint module generated for: {', '.join(missing)}")
    return len(rows)


def generate(out: Path, quiet: bool = False) -> None:
    started = time.perf_counter()
    normalized, documents, merge_log = merged_document("generate")
    if not quiet:
        for item in documents:
            print(f"{item.api.name}: " + "\n".join(item.report.lines()))
        print("\n".join(["merge:", *merge_log] if merge_log else ["merge: no overlap"]))
    rows = operation_rows(normalized)
    with tempfile.TemporaryDirectory(prefix="altegio-generate-") as tmp:
        package_dir = Path(tmp) / PACKAGE
        project = run_generator(normalized, rows, package_dir)
        place_packages(project, normalized, rows, package_dir)
        overlay_runtime(package_dir)
        format_tree(package_dir)
        count = check_completeness(package_dir, rows)
        target = out / PACKAGE
        out.mkdir(parents=True, exist_ok=True)
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(package_dir, target, ignore=shutil.ignore_patterns("__pycache__", ".ruff_cache"))
        index = project.env.get_template("operations.md.jinja").render(rows=rows, apis=APIS)
        (out / OPERATIONS_INDEX).write_text(index, encoding="utf-8")
    per_api = {api.name: sum(row.api == api.name for row in rows) for api in APIS}
    apis = ", ".join(f"{name} {count}" for name, count in per_api.items() if count)
    print(f"generated {count} endpoint modules ({apis}) into {target} in {time.perf_counter() - started:.1f} s")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", type=Path, default=GENERATED)
    parser.add_argument("--quiet", action="store_true", help="do not print the normalizer's log")


def run(args: argparse.Namespace) -> int:
    generate(args.out, args.quiet)
    return 0
