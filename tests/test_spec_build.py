"""A pinned spec built from the catalog: rebuilt byte for byte, complete, per-tag faithful.

Skipped (with the reason) when update-spec pinned a spec from another source, or when the
catalog is not there (../shared/altegio beside the checkout, or ALTEGIO_SHARED_DIR).
"""

from __future__ import annotations

import collections
import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from altegio_dev.build_spec import (
    CATALOG_COMMIT,
    CATALOG_PATH,
    CATALOG_REPOSITORY,
    SECURITY_SCHEMES,
    SERVER_URL,
    build_document,
)
from altegio_dev.constants import CATALOG, PINNED_SPEC, PROVENANCE, ROOT
from altegio_dev.normalizer.walk import iter_operations
from altegio_dev.spec_io import dump_yaml, read_provenance


@pytest.fixture(scope="module")
def provenance() -> dict[str, Any]:
    record = read_provenance(PROVENANCE)
    if record.get("source", {}).get("kind") != "catalog":
        pytest.skip(f"the pinned spec comes from {record.get('source', {}).get('kind')}, not the catalog")
    return record


@pytest.fixture(scope="module")
def catalog_bytes(provenance: dict[str, Any]) -> bytes:
    if not CATALOG.exists():
        pytest.skip(f"{CATALOG} not found: put ../shared/altegio beside the checkout or set ALTEGIO_SHARED_DIR")
    return CATALOG.read_bytes()


@pytest.fixture(scope="module")
def catalog(catalog_bytes: bytes) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(catalog_bytes)
    return loaded


@pytest.fixture(scope="module")
def v1_operations(catalog: dict[str, Any]) -> list[dict[str, Any]]:
    return [op for op in catalog["operations"] if op["source"] == "v1"]


def test_catalog_is_the_recorded_copy(provenance: dict[str, Any], catalog_bytes: bytes) -> None:
    assert provenance["source"]["sha256"] == hashlib.sha256(catalog_bytes).hexdigest()
    source = provenance["source"]
    assert (source["repository"], source["commit"], source["path"]) == (
        CATALOG_REPOSITORY,
        CATALOG_COMMIT,
        CATALOG_PATH,
    )


def test_rebuild_is_byte_identical(catalog: dict[str, Any]) -> None:
    assert dump_yaml(build_document(catalog)) == PINNED_SPEC.read_text(encoding="utf-8")


def test_header_facts(pinned_spec: dict[str, Any], catalog: dict[str, Any]) -> None:
    source = next(s for s in catalog["sources"] if s["source"] == "v1")
    assert (pinned_spec["info"]["title"], pinned_spec["info"]["version"]) == (source["title"], source["version"])
    assert pinned_spec["servers"] == [{"url": SERVER_URL}]
    schemes = pinned_spec["components"]["securitySchemes"]
    assert set(schemes) == set(SECURITY_SCHEMES)
    assert all((s["type"], s["scheme"]) == ("http", "bearer") and s.get("bearerFormat") for s in schemes.values())


def test_every_v1_operation_is_there_with_its_facts(
    pinned_spec: dict[str, Any], v1_operations: list[dict[str, Any]]
) -> None:
    pinned = {op["operationId"]: (path, method, op) for path, method, op in iter_operations(pinned_spec)}
    assert len(pinned) == len(v1_operations)  # quirks included: the normalizer deals with them
    for source in v1_operations:
        path, method, op = pinned[source["operationId"]]
        assert (path, method.upper()) == (source["path"], source["method"])
        assert op["tags"] == source["tags"]
        assert op["summary"] == source["summary"]
        assert op.get("description") == source.get("description")
        assert bool(op.get("deprecated")) == source["deprecated"]
        assert [next(iter(s)) for s in op["security"]] == source["security"]["schemes"]
        assert op.get("parameters", []) == source["parameters"]
        if "requestBody" in source:
            assert op["requestBody"]["content"] == {
                source["requestBody"]["contentType"]: {"schema": source["requestBody"]["schema"]}
            }
        success = op["responses"][source["response"]["statusCode"]]
        media = (success.get("content") or {}).get(source["response"].get("contentType"), {})
        if source["response"].get("envelope") == "v1":
            assert media["schema"]["properties"]["data"] == source["response"]["schema"]
            assert set(media["schema"]["required"]) == {"success", "data", "meta"}
        elif "schema" in source["response"]:
            assert media["schema"] == source["response"]["schema"]
        assert op["responses"]["422"] == {"$ref": "#/components/responses/UnprocessableEntity"}


def test_operation_count_per_tag_matches_catalog(
    pinned_spec: dict[str, Any], v1_operations: list[dict[str, Any]]
) -> None:
    catalog_tags = collections.Counter(op["tags"][0] for op in v1_operations)
    pinned_tags = collections.Counter(op["tags"][0] for _, _, op in iter_operations(pinned_spec))
    assert pinned_tags == catalog_tags
    assert [tag["name"] for tag in pinned_spec["tags"]] == list(catalog_tags)


@pytest.mark.slow
def test_without_the_catalog_the_suite_still_collects_and_this_module_skips(tmp_path: Path) -> None:
    env = {**os.environ, "ALTEGIO_SHARED_DIR": str(tmp_path / "missing")}
    pytest_command = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q"]

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*pytest_command, *args], cwd=ROOT, env=env, capture_output=True, text=True, check=False)

    collected = run("--collect-only")
    assert collected.returncode == 0, collected.stdout[-3000:] + collected.stderr[-3000:]
    here = run("-rs", "-m", "not slow", __file__)
    assert here.returncode == 0, here.stdout[-3000:]
    assert " passed" not in here.stdout and "skipped" in here.stdout
