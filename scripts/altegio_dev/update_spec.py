"""`make update-spec SPEC=<path or URL>`: adopt a new B2B v1 spec.

1. Load the new document (a URL goes through fetch_spec.py), check it is OpenAPI with paths.
2. Normalize it; report patches that no longer apply (Altegio fixed the quirk) and fail,
   naming the operation, if normalization or generation cannot cope with something new.
3. Diff the old and new pinned specs (spec_diff.py), bump the version (version_rule.py).
4. Replace openapi/ (spec + PROVENANCE.json), regenerate generated/, prepend the API changelog
   to CHANGELOG.md, run the fast tests, print the changelog.

The same spec twice changes nothing the second time.
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from .constants import CHANGELOG, FAST_TESTS_MARKERS, GENERATED, PINNED_SPEC, PROVENANCE, ROOT, VERSION_FILE
from .fetch_spec import FetchError, fetch
from .generate import generate
from .normalizer import NormalizationReport, normalize
from .spec_diff import Change, diff_normalized, markdown
from .spec_io import load_spec, load_yaml, read_provenance, write_provenance
from .version_rule import next_version, read_version, write_version

CHANGELOG_HEADER = "# Changelog\n"
DOCS_ONLY = Change("*", "documentation changed", "descriptions or examples only", False)


def load_source(source: str) -> tuple[bytes, dict[str, Any]]:
    if source.startswith(("http://", "https://")):
        return fetch(source)
    path = Path(source)
    content = path.read_bytes()
    digest = hashlib.sha256(content).hexdigest()
    provenance = {
        "spec_sha256": digest,
        "pinned_on": datetime.date.today().isoformat(),
        "built_by": "python -m altegio_dev update-spec",
        "source": {"kind": "file", "path": str(source), "sha256": digest},
    }
    return content, provenance


def fixed_quirks(old: NormalizationReport, new: NormalizationReport) -> list[str]:
    applied_before = {r.patch.name for r in old.results if r.changes}
    applied_now = {r.patch.name for r in new.results if r.changes}
    return sorted(applied_before - applied_now)


def changelog_section(version: str, changes: list[Change], report: list[str], fixed: list[str]) -> str:
    lines = [f"## {version} — {datetime.date.today().isoformat()}", "", "### API changes", "", markdown(changes)]
    if fixed:
        lines += ["### Quirks Altegio fixed (normalizer patches that no longer apply)", ""]
        lines += [f"- `{name}`" for name in fixed] + [""]
    lines += ["### Normalizer log", "", "```", *report, "```", ""]
    return "\n".join(lines) + "\n"


def prepend_changelog(section: str) -> None:
    existing = CHANGELOG.read_text(encoding="utf-8") if CHANGELOG.exists() else CHANGELOG_HEADER
    head, _, rest = existing.partition("\n## ")
    body = head.rstrip() + "\n\n" + section + ("## " + rest if rest else "")
    CHANGELOG.write_text(body, encoding="utf-8")


def update(source: str, *, run_tests: bool = True) -> int:
    started = time.perf_counter()
    try:
        content, provenance = load_source(source)
    except (FetchError, OSError) as exc:
        print(f"update-spec: {exc}", file=sys.stderr)
        return 1
    if PINNED_SPEC.exists() and content == PINNED_SPEC.read_bytes():
        print(f"{source} is the pinned spec already; nothing to do")
        return 0
    new_doc = load_yaml(content.decode("utf-8"))
    if not isinstance(new_doc, dict) or not new_doc.get("paths"):
        print(f"update-spec: {source} is not an OpenAPI document with paths", file=sys.stderr)
        return 1
    old_doc = load_spec(PINNED_SPEC)
    try:
        old_normalized, old_report = normalize(old_doc, "generate")
        new_normalized, new_report = normalize(new_doc, "generate")
    except ValueError as exc:
        print(f"update-spec: the new spec cannot be normalized: {exc}", file=sys.stderr)
        return 1
    changes = diff_normalized(old_normalized, new_normalized) or [DOCS_ONLY]
    previous_version = read_version()
    version = next_version(previous_version, changes)

    previous = read_provenance(PROVENANCE)
    provenance["spec"] = PINNED_SPEC.name
    provenance["previous"] = {"spec_sha256": previous.get("spec_sha256"), "source": previous.get("source")}
    kept = {path: path.read_bytes() for path in (PINNED_SPEC, PROVENANCE, VERSION_FILE)}
    try:
        PINNED_SPEC.write_bytes(content)
        write_provenance(PROVENANCE, provenance)
        write_version(version)
        generate(PINNED_SPEC, GENERATED, quiet=True)  # exits naming the operation if generation fails
    except BaseException:  # also Ctrl-C: never leave openapi/ and version.py half-updated
        for path, data in kept.items():  # generated/ is replaced only on success; undo the rest
            path.write_bytes(data)
        print("update-spec: nothing was changed", file=sys.stderr)
        raise

    fixed = fixed_quirks(old_report, new_report)
    section = changelog_section(version, changes, new_report.lines(), fixed)
    prepend_changelog(section)
    print(section)
    print(f"version {previous_version} -> {version}; openapi/, generated/, CHANGELOG.md updated")
    if run_tests:
        fast_tests = [sys.executable, "-m", "pytest", "-q", "-m", FAST_TESTS_MARKERS]
        tests = subprocess.run(fast_tests, cwd=ROOT, check=False)
        if tests.returncode != 0:
            print("update-spec: the fast tests fail on the new spec (see above)", file=sys.stderr)
            return tests.returncode
    print(f"update-spec took {time.perf_counter() - started:.1f} s")
    return 0


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("spec", help="path or URL of the new OpenAPI document")
    parser.add_argument("--no-tests", action="store_true", help="skip the fast tests after regenerating")


def run(args: argparse.Namespace) -> int:
    return update(args.spec, run_tests=not args.no_tests)
