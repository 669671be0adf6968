"""The pinned spec: rebuilt byte for byte from the catalog, valid, complete, per-tag faithful."""

from __future__ import annotations

import collections
import hashlib
import json
from typing import Any

import pytest
from openapi_spec_validator import validate

from altegio_dev.build_spec import build_document
from altegio_dev.constants import CATALOG as DEFAULT_CATALOG
from altegio_dev.constants import PINNED_SPEC, PROVENANCE
from altegio_dev.normalizer.walk import iter_operations
from altegio_dev.spec_io import dump_yaml, load_spec

pytestmark = pytest.mark.skipif(
    json.loads(PROVENANCE.read_text())["source"]["kind"] != "catalog",
    reason="the pinned spec no longer comes from the catalog (update_spec.py replaced it)",
)
CATALOG: dict[str, Any] = json.loads(DEFAULT_CATALOG.read_bytes())
V1 = [op for op in CATALOG["operations"] if op["source"] == "v1"]
PINNED = load_spec(PINNED_SPEC)


def test_catalog_is_the_documented_copy() -> None:
    digest = hashlib.sha256(DEFAULT_CATALOG.read_bytes()).hexdigest()
    assert digest == "c76b302d2d1444f4df036dc277da5d98621ad7fddf3eb7946f9ba8869406c9d4"
    assert json.loads(PROVENANCE.read_text())["source"]["sha256"] == digest


def test_rebuild_is_byte_identical() -> None:
    assert dump_yaml(build_document(CATALOG)) == PINNED_SPEC.read_text(encoding="utf-8")


def test_provenance_records_the_pinned_file() -> None:
    provenance = json.loads(PROVENANCE.read_text())
    assert provenance["spec_sha256"] == hashlib.sha256(PINNED_SPEC.read_bytes()).hexdigest()
    assert provenance["source"]["commit"] == "161b83cdfe749682ebee357a9249881d5248e4e7"
    assert provenance["pinned_on"]


def test_passes_openapi_spec_validator() -> None:
    validate(PINNED)


def test_header_facts() -> None:
    assert PINNED["openapi"] == "3.1.0"
    assert PINNED["info"]["title"] == "Business Management"
    assert PINNED["info"]["version"] == "1.0.0"
    assert PINNED["info"]["license"]["name"] == "Altegio API Agreement"
    assert PINNED["servers"] == [{"url": "https://api.alteg.io/api/v1"}]
    schemes = PINNED["components"]["securitySchemes"]
    assert {name: (s["type"], s["scheme"]) for name, s in schemes.items()} == {
        "BearerPartner": ("http", "bearer"),
        "BearerPartnerUser": ("http", "bearer"),
    }
    assert all(s.get("bearerFormat") for s in schemes.values())


def test_every_v1_operation_is_there_with_its_facts() -> None:
    pinned = {op["operationId"]: (path, method, op) for path, method, op in iter_operations(PINNED)}
    assert len(pinned) == len(V1) == 263  # the callback pseudo-path is still in the pinned copy
    for source in V1:
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


def test_operation_count_per_tag_matches_catalog() -> None:
    catalog_tags = collections.Counter(op["tags"][0] for op in V1)
    pinned_tags = collections.Counter(op["tags"][0] for _, _, op in iter_operations(PINNED))
    assert pinned_tags == catalog_tags
    assert len(catalog_tags) == 27


@pytest.mark.parametrize("quirk", ["/api/v1/company/", "/https://your-api.url"])
def test_quirks_are_kept_for_the_normalizer(quirk: str) -> None:
    assert any(path.startswith(quirk) for path in PINNED["paths"])
