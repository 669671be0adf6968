"""`make update-spec SPEC=<path or URL>`: adopt a new version of one of Altegio's API documents.

1. Load the new document (a URL goes through fetch_spec.py), check it is OpenAPI with paths, and
   tell which of the package's documents it is by its `info.title` (or `--api NAME`).
2. Apply that document's overlay (openapi/<name>.overlay.yaml) and normalize; report overlay
   actions and patches that no longer apply (Altegio caught up), and fail, naming the operation,
   if normalization or generation cannot cope with something new.
3. Diff the old and new documents as users see them (spec_diff.py), bump the version (version_rule.py).
4. Replace openapi/<name>.openapi.yaml (the bytes as given) and its provenance, regenerate
   generated/, prepend the API changelog to CHANGELOG.md, restate the README's numbers, run the fast
   tests, print the changelog.

The same document twice changes nothing the second time.
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from .build_overlay import build_overlay
from .constants import (
    API_BY_NAME,
    B2B,
    CATALOG,
    CHANGELOG,
    FAST_TESTS_MARKERS,
    GENERATED,
    ROOT,
    VERSION_FILE,
    ApiDocument,
    api_for_title,
)
from .fetch_spec import FetchError, fetch
from .generate import generate
from .normalizer import NormalizationReport, normalize
from .overlay import ActionResult
from .spec_diff import Change, diff_normalized, markdown
from .spec_io import dump_yaml, load_pinned, load_yaml, read_provenance, with_overlay, write_provenance
from .version_rule import next_version, read_version, write_version

CHANGELOG_HEADER = "# Changelog\n"
DOCS_ONLY = Change("*", "documentation changed", "descriptions or examples only", False)


def load_source(source: str, origin: str | None = None, note: str | None = None) -> tuple[bytes, dict[str, Any]]:
    """The document's bytes and its provenance; ``origin`` and ``note`` say where a local copy
    was published and how it was obtained."""
    if source.startswith(("http://", "https://")):
        return fetch(source)
    path = Path(source)
    content = path.read_bytes()
    digest = hashlib.sha256(content).hexdigest()
    provenance: dict[str, Any] = {
        "spec_sha256": digest,
        "pinned_on": datetime.date.today().isoformat(),
        "built_by": "python -m altegio_dev update-spec",
        "source": {"kind": "file", "path": str(source), "sha256": digest},
    }
    if origin:
        provenance["source"]["published_at"] = origin
    if note:
        provenance["source"]["note"] = note
    return content, provenance


def pinned_document(api: ApiDocument) -> dict[str, Any]:
    """What the package is generated from today: the pinned document, with the overlay when its
    provenance says one was applied (an empty document for an API not pinned yet)."""
    if not api.spec.exists():
        return {"openapi": "3.1.0", "info": {"title": api.title, "version": "0"}, "paths": {}}
    return load_pinned(api)


def fixed_quirks(old: NormalizationReport, new: NormalizationReport) -> list[str]:
    applied_before = {r.patch.name for r in old.results if r.changes}
    applied_now = {r.patch.name for r in new.results if r.changes}
    return sorted(applied_before - applied_now)


def changelog_section(
    version: str, api: ApiDocument, changes: list[Change], report: list[str], fixed: list[str], overlay: list[str]
) -> str:
    lines = [f"## {version} — {datetime.date.today().isoformat()}", ""]
    lines += [f"### API changes: {api.title} ({api.name})", "", markdown(changes)]
    if fixed:
        lines += ["### Quirks Altegio fixed (normalizer patches that no longer apply)", ""]
        lines += [f"- `{name}`" for name in fixed] + [""]
    if overlay:
        lines += ["### Overlay", "", *[f"- {line}" for line in overlay], ""]
    lines += ["### Normalizer log", "", "```", *report, "```", ""]
    return "\n".join(lines) + "\n"


UNRELEASED = "## Unreleased"


def prepend_changelog(section: str) -> None:
    """The new release goes on top; hand-written notes waiting under "## Unreleased" ship with it."""
    existing = CHANGELOG.read_text(encoding="utf-8") if CHANGELOG.exists() else CHANGELOG_HEADER
    head, _, rest = existing.partition("\n## ")
    rest = "## " + rest if rest else ""
    if rest.startswith(UNRELEASED):
        notes, _, rest = rest[len(UNRELEASED) :].partition("\n## ")
        rest = "## " + rest if rest else ""
        other = f"### Other changes\n\n{notes.strip()}\n\n"
        marker = "### Normalizer log"
        section = section.replace(marker, other + marker, 1) if marker in section else section + other
    CHANGELOG.write_text(head.rstrip() + "\n\n" + section + rest, encoding="utf-8")


def update(
    source: str,
    *,
    api_name: str | None = None,
    origin: str | None = None,
    note: str | None = None,
    run_tests: bool = True,
) -> int:
    started = time.perf_counter()
    try:
        content, provenance = load_source(source, origin, note)
    except (FetchError, OSError) as exc:
        print(f"update-spec: {exc}", file=sys.stderr)
        return 1
    new_doc = load_yaml(content.decode("utf-8"))
    if not isinstance(new_doc, dict) or not new_doc.get("paths"):
        print(f"update-spec: {source} is not an OpenAPI document with paths", file=sys.stderr)
        return 1
    try:
        api = _api(api_name, new_doc)
    except ValueError as exc:
        print(f"update-spec: {exc}", file=sys.stderr)
        return 1
    if api.spec.exists() and content == api.spec.read_bytes():
        print(f"{source} is the pinned {api.name} document already; nothing to do")
        return 0
    try:
        old_normalized, old_report = normalize(pinned_document(api), "generate")
        overlay = rebuilt_overlay(api, new_doc)
        overlaid, overlay_results = with_overlay(api, new_doc, overlay)
        new_normalized, new_report = normalize(overlaid, "generate")
    except ValueError as exc:
        print(f"update-spec: the new document cannot be normalized: {exc}", file=sys.stderr)
        return 1
    changes = diff_normalized(old_normalized, new_normalized) or [DOCS_ONLY]
    previous_version = read_version()
    version = next_version(previous_version, changes)

    previous = read_provenance(api.provenance)
    provenance["spec"] = api.spec.name
    provenance["title"] = f"{new_doc.get('info', {}).get('title')} {new_doc.get('info', {}).get('version')}"
    overlay_text = dump_yaml(overlay) if overlay is not None else None
    if overlay_text is not None or api.overlay.exists():
        overlay_bytes = overlay_text.encode("utf-8") if overlay_text is not None else api.overlay.read_bytes()
        provenance["overlay"] = {"file": api.overlay.name, "sha256": hashlib.sha256(overlay_bytes).hexdigest()}
    provenance["previous"] = {"spec_sha256": previous.get("spec_sha256"), "source": previous.get("source")}
    files = (api.spec, api.provenance, api.overlay, VERSION_FILE)
    kept = {path: path.read_bytes() if path.exists() else None for path in files}
    try:
        if overlay_text is not None:
            api.overlay.write_text(overlay_text, encoding="utf-8")
        api.spec.write_bytes(content)
        write_provenance(api.provenance, provenance)
        write_version(version)
        generate(GENERATED, quiet=True)  # exits naming the operation if generation fails
    except BaseException:  # also Ctrl-C: never leave openapi/ and version.py half-updated
        for path, data in kept.items():  # generated/ is replaced only on success; undo the rest
            if data is None:
                path.unlink(missing_ok=True)
            else:
                path.write_bytes(data)
        print("update-spec: nothing was changed", file=sys.stderr)
        raise

    fixed = fixed_quirks(old_report, new_report)
    section = changelog_section(version, api, changes, new_report.lines(), fixed, _overlay_lines(overlay_results))
    prepend_changelog(section)
    print(section)
    # The README's numbers (operations per API, paged...) follow the new package; a fresh
    # process, since this one may hold the old generated index.
    subprocess.run([sys.executable, "-m", "altegio_dev", "readme-counts", "--write"], cwd=ROOT, check=False)
    print(f"version {previous_version} -> {version}; openapi/, generated/, CHANGELOG.md, README.md updated")
    if run_tests:
        fast_tests = [sys.executable, "-m", "pytest", "-q", "-m", FAST_TESTS_MARKERS]
        tests = subprocess.run(fast_tests, cwd=ROOT, check=False)
        if tests.returncode != 0:
            print("update-spec: the fast tests fail on the new spec (see above)", file=sys.stderr)
            return tests.returncode
    print(f"update-spec took {time.perf_counter() - started:.1f} s")
    return 0


def rebuilt_overlay(api: ApiDocument, document: dict[str, Any]) -> dict[str, Any] | None:
    """The B2B overlay rebuilt for the new document from Altegio's catalog, when it is at hand
    (facts the document has caught up with drop out); None: keep the committed overlay."""
    if api is not B2B or not CATALOG.exists():
        return None
    return build_overlay(json.loads(CATALOG.read_bytes()), document)


def _api(name: str | None, document: dict[str, Any]) -> ApiDocument:
    if name is not None:
        if name not in API_BY_NAME:
            raise ValueError(f"--api {name!r}: expected one of {', '.join(API_BY_NAME)}")
        return API_BY_NAME[name]
    return api_for_title(str(document.get("info", {}).get("title", "")))


def _overlay_lines(results: list[ActionResult]) -> list[str]:
    return [result.line() for result in results]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("spec", help="path or URL of the new OpenAPI document")
    parser.add_argument("--api", help="which document it is (default: recognised by its info.title)")
    parser.add_argument("--origin", help="for a local file: the URL it was published at (kept in the provenance)")
    parser.add_argument("--note", help="for a local file: how it was obtained (kept in the provenance)")
    parser.add_argument("--no-tests", action="store_true", help="skip the fast tests after regenerating")


def run(args: argparse.Namespace) -> int:
    return update(args.spec, api_name=args.api, origin=args.origin, note=args.note, run_tests=not args.no_tests)
