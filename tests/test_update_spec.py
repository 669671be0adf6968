"""`make update-spec` end to end in a temporary checkout: spec, provenance, generated package,
version and CHANGELOG change together; the same spec a second time changes nothing."""

from __future__ import annotations

import copy
import hashlib
import json
import subprocess
from pathlib import Path

import pytest

from altegio_dev.spec_io import dump_yaml, load_spec
from checkout import make_checkout

pytestmark = pytest.mark.slow
NOT_SNAPSHOTTED = {".venv", "__pycache__", ".pytest_cache", ".hypothesis", ".mypy_cache", ".ruff_cache"}


def snapshot(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file() and NOT_SNAPSHOTTED.isdisjoint(p.relative_to(root).parts)
    }


def run(checkout: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The tooling, run in the copy with the copy's venv (tests/checkout.py)."""
    python = checkout / ".venv" / "bin" / "python"
    return subprocess.run([str(python), "-m", "altegio_dev", *args], cwd=checkout, capture_output=True, text=True,
                          check=False)  # fmt: skip


def test_update_spec_end_to_end(tmp_path: Path) -> None:
    checkout = make_checkout(tmp_path / "checkout").root
    new = load_spec(checkout / "openapi" / "altegio-b2b-v1.yaml")
    new["paths"]["/groups/archived"] = {
        "get": {**copy.deepcopy(new["paths"]["/groups"]["get"]), "operationId": "get_archived_chains"}
    }
    del new["paths"]["/accounts/{location_id}"]
    new_spec = tmp_path / "new-spec.yaml"
    new_spec.write_text(dump_yaml(new))

    first = run(checkout, "update-spec", str(new_spec), "--no-tests")
    assert first.returncode == 0, first.stdout + first.stderr
    assert "version 0.1.0 -> 0.2.0" in first.stdout

    assert (checkout / "openapi" / "altegio-b2b-v1.yaml").read_bytes() == new_spec.read_bytes()
    provenance = json.loads((checkout / "openapi" / "PROVENANCE.json").read_text())
    assert provenance["source"] == {
        "kind": "file",
        "path": str(new_spec),
        "sha256": hashlib.sha256(new_spec.read_bytes()).hexdigest(),
    }
    assert provenance["previous"]["source"]["kind"] == "catalog"
    package = checkout / "generated" / "altegio_b2b"
    assert (package / "api" / "chain_management" / "get_archived_chains.py").exists()
    assert not (package / "api" / "payments" / "get_account_list.py").exists()
    assert '__version__ = "0.2.0"' in (package / "_runtime" / "version.py").read_text()
    assert '__version__ = "0.2.0"' in (checkout / "overrides" / "runtime" / "version.py").read_text()
    changelog = (checkout / "CHANGELOG.md").read_text()
    assert changelog.index("## 0.2.0") < changelog.index("## 0.1.0")
    assert "- [BREAKING] `get_account_list`: operation removed" in changelog
    assert "- [non-breaking] `get_archived_chains`: operation added" in changelog
    assert "fix_duplicated_path_prefix: 2 change(s)" in changelog

    assert run(checkout, "check-generated").returncode == 0
    assert run(checkout, "spec", "--check").returncode == 0

    before = snapshot(checkout)
    second = run(checkout, "update-spec", str(new_spec), "--no-tests")
    assert second.returncode == 0 and "nothing to do" in second.stdout
    assert snapshot(checkout) == before


def test_a_quirk_generation_cannot_take_fails_naming_the_operation_and_changes_nothing(tmp_path: Path) -> None:
    checkout = make_checkout(tmp_path / "checkout").root
    new = load_spec(checkout / "openapi" / "altegio-b2b-v1.yaml")
    new["paths"]["/groups"]["get"]["requestBody"] = {
        "required": True,
        "content": {"application/xml": {"schema": {"type": "object"}}},
    }
    new_spec = tmp_path / "new-spec.yaml"
    new_spec.write_text(dump_yaml(new))
    before = snapshot(checkout)
    result = run(checkout, "update-spec", str(new_spec), "--no-tests")
    assert result.returncode != 0
    assert "get_chain_list (GET /groups): Unsupported content type application/xml" in result.stderr
    assert "nothing was changed" in result.stderr
    assert snapshot(checkout) == before
