"""`make update-spec` end to end, in a throwaway checkout (tests/checkout.py): spec, provenance,
generated package, version and CHANGELOG change together, and the fast tests it runs pass on a
spec with one operation more (nothing in them freezes today's operations); the same spec twice
changes nothing; a spec generation cannot take changes nothing and names the operation."""

from __future__ import annotations

import copy
import hashlib
import json
import re
from pathlib import Path
from typing import Any

import pytest

from altegio_dev import readme_counts
from altegio_dev.constants import CHANGELOG, GENERATED, PACKAGE, PINNED_SPEC, PROVENANCE, ROOT, VERSION_FILE
from altegio_dev.normalizer import normalize
from altegio_dev.normalizer.walk import iter_operations
from altegio_dev.operation_table import OperationRow, operation_rows
from altegio_dev.spec_diff import Change
from altegio_dev.spec_io import dump_yaml, load_spec
from altegio_dev.version_rule import next_version, read_version
from checkout import Checkout, make_checkout

pytestmark = pytest.mark.slow
NOT_SNAPSHOTTED = {".venv", "__pycache__", ".pytest_cache", ".hypothesis", ".mypy_cache", ".ruff_cache"}


def in_checkout(checkout: Checkout, path: Path) -> Path:
    """The copy's counterpart of a path in this checkout."""
    return checkout.root / path.relative_to(ROOT)


def snapshot(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file() and NOT_SNAPSHOTTED.isdisjoint(p.relative_to(root).parts)
    }


def kept_operation(doc: dict[str, Any], normalized: dict[str, Any]) -> tuple[str, str, dict[str, Any]]:
    """The first operation of the document that generation keeps at its path (no quirk moves it)
    and that declares its own security (a copy under another id must not depend on a rule for
    its operationId)."""
    return next(
        (p, m, op) for p, m, op in iter_operations(doc) if m in normalized["paths"].get(p, {}) and op.get("security")
    )


def generated_row(doc: dict[str, Any], operation_id: str) -> OperationRow:
    return next(row for row in operation_rows(normalize(doc, "generate")[0]) if row.operation_id == operation_id)


@pytest.fixture(scope="module")
def pinned_document() -> dict[str, Any]:
    """The pinned file as Altegio published it, before the overlay: what a next version replaces."""
    return load_spec(PINNED_SPEC)


def write_spec(path: Path, doc: dict[str, Any]) -> Path:
    path.write_text(dump_yaml(doc), encoding="utf-8")
    return path


def test_an_added_operation_is_adopted_and_the_fast_tests_pass(
    tmp_path: Path, pinned_document: dict[str, Any], normalized_spec: dict[str, Any]
) -> None:
    checkout = make_checkout(tmp_path / "checkout")
    new = copy.deepcopy(pinned_document)
    path, method, original = kept_operation(new, normalized_spec)
    added_id, added_path = f"{original['operationId']}_copy", f"{path.rstrip('/')}/copy"
    assert added_path not in new["paths"]
    new["paths"][added_path] = {method: {**copy.deepcopy(original), "operationId": added_id, "summary": "A copy"}}
    new_spec = write_spec(tmp_path / "new-spec.yaml", new)
    old_version = read_version(in_checkout(checkout, VERSION_FILE))
    old_provenance = json.loads(in_checkout(checkout, PROVENANCE).read_text())
    version = next_version(old_version, [Change(added_id, "operation added", "", False)])

    first = checkout.tooling("update-spec", str(new_spec))  # with the fast tests
    assert first.returncode == 0, first.stdout[-5000:] + first.stderr[-5000:]
    assert f"version {old_version} -> {version}" in first.stdout
    assert re.search(r"^\d+ passed(, \d+ skipped)?, \d+ deselected in ", first.stdout, re.MULTILINE), first.stdout[
        -2000:
    ]

    assert in_checkout(checkout, PINNED_SPEC).read_bytes() == new_spec.read_bytes()
    provenance = json.loads(in_checkout(checkout, PROVENANCE).read_text())
    digest = hashlib.sha256(new_spec.read_bytes()).hexdigest()
    assert provenance["source"] == {"kind": "file", "path": str(new_spec), "sha256": digest}
    assert provenance["previous"]["source"] == old_provenance["source"]
    package = in_checkout(checkout, GENERATED) / PACKAGE
    row = generated_row(new, added_id)
    assert (package / "api" / row.tag / f"{row.module}.py").exists()
    assert f'__version__ = "{version}"' in (package / "_runtime" / "version.py").read_text()
    assert read_version(in_checkout(checkout, VERSION_FILE)) == version
    changelog = in_checkout(checkout, CHANGELOG).read_text()
    assert changelog.index(f"## {version}") < changelog.index(f"## {old_version}")
    assert f"- [non-breaking] `{added_id}`: operation added: A copy" in changelog
    assert "normalize (generate): " in changelog  # the normalizer's log
    readme = " ".join(in_checkout(checkout, ROOT / "README.md").read_text().split())
    assert f"all {readme_counts.counts()['b2b'] + 1} operations of the Business Management" in readme

    assert checkout.tooling("check-generated").returncode == 0
    assert checkout.tooling("spec", "--check").returncode == 0

    before = snapshot(checkout.root)
    second = checkout.tooling("update-spec", str(new_spec), "--no-tests")
    assert second.returncode == 0 and "nothing to do" in second.stdout
    assert snapshot(checkout.root) == before


def test_a_removed_operation_is_a_breaking_change(
    tmp_path: Path, pinned_document: dict[str, Any], normalized_spec: dict[str, Any]
) -> None:
    checkout = make_checkout(tmp_path / "checkout")
    new = copy.deepcopy(pinned_document)
    path, method, removed = kept_operation(new, normalized_spec)
    row = generated_row(pinned_document, removed["operationId"])
    del new["paths"][path][method]
    if not new["paths"][path]:
        del new["paths"][path]
    old_version = read_version(in_checkout(checkout, VERSION_FILE))
    version = next_version(old_version, [Change(row.operation_id, "operation removed", "", True)])

    result = checkout.tooling("update-spec", str(write_spec(tmp_path / "new-spec.yaml", new)), "--no-tests")
    assert result.returncode == 0, result.stdout[-5000:] + result.stderr[-5000:]
    assert f"version {old_version} -> {version}" in result.stdout
    assert not (in_checkout(checkout, GENERATED) / PACKAGE / "api" / row.tag / f"{row.module}.py").exists()
    assert f"- [BREAKING] `{row.operation_id}`: operation removed" in in_checkout(checkout, CHANGELOG).read_text()


def test_a_quirk_generation_cannot_take_fails_naming_the_operation_and_changes_nothing(
    tmp_path: Path, pinned_document: dict[str, Any], normalized_spec: dict[str, Any]
) -> None:
    checkout = make_checkout(tmp_path / "checkout")
    new = copy.deepcopy(pinned_document)
    path, method, operation = kept_operation(new, normalized_spec)
    operation["requestBody"] = {"required": True, "content": {"application/xml": {"schema": {"type": "object"}}}}
    before = snapshot(checkout.root)
    result = checkout.tooling("update-spec", str(write_spec(tmp_path / "new-spec.yaml", new)), "--no-tests")
    assert result.returncode != 0
    label = f"{operation['operationId']} ({method.upper()} {path})"
    assert f"{label}: Unsupported content type application/xml" in result.stderr
    assert "nothing was changed" in result.stderr
    assert snapshot(checkout.root) == before
