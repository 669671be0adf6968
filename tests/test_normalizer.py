"""The normalizer: idempotent, accounts for every operation, each patch does what it says."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from altegio_dev.constants import PINNED_SPEC
from altegio_dev.normalizer import PROFILES, normalize
from altegio_dev.normalizer.walk import iter_all_schemas, iter_operations, schema_types
from altegio_dev.spec_io import load_spec

PINNED = load_spec(PINNED_SPEC)


@pytest.fixture(scope="module", params=PROFILES)
def normalized(request: pytest.FixtureRequest) -> tuple[str, dict[str, Any]]:
    doc, _ = normalize(PINNED, request.param)
    return request.param, doc


def test_idempotent(normalized: tuple[str, dict[str, Any]]) -> None:
    profile, once = normalized
    twice, report = normalize(once, profile)
    assert twice == once
    assert all(not result.changes for result in report.results)


def test_input_is_not_modified() -> None:
    before = copy.deepcopy(PINNED)
    normalize(PINNED, "generate")
    assert before == PINNED


def test_operations_are_accounted_for(normalized: tuple[str, dict[str, Any]]) -> None:
    _, doc = normalized
    ids = {op["operationId"] for _, _, op in iter_operations(doc)}
    assert len(ids) == 262
    assert "fiscalize_document" not in ids
    assert set(doc["webhooks"]) == {"fiscalize_document"}


def test_losing_an_operation_fails_loudly(monkeypatch: pytest.MonkeyPatch) -> None:
    from altegio_dev.normalizer import patches

    def drop_one(doc: dict[str, Any]) -> list[str]:
        doc["paths"].pop(next(iter(doc["paths"])))
        return []

    broken = (patches.PATCHES[0].__class__("drop_one", "test", drop_one, frozenset({"generate"})),)
    monkeypatch.setattr("altegio_dev.normalizer.PATCHES", broken)
    with pytest.raises(ValueError, match="lost operations"):
        normalize(PINNED, "generate")


def test_report_names_patches_that_no_longer_apply() -> None:
    _, report = normalize(PINNED, "generate")
    lines = report.lines()
    assert lines[0].startswith("normalize (generate): 263 operations in, 262 out, 1 moved to webhooks")
    assert any("strip_managed_headers: no longer applies" in line for line in lines)


def test_generate_profile_fixes() -> None:
    doc, _ = normalize(PINNED, "generate")
    assert not [p for p in doc["paths"] if p.startswith("/api/v1/")]
    ops = {op["operationId"]: op for _, _, op in iter_operations(doc)}
    assert ops["authorize_user"]["security"] == [{"BearerPartner": []}]
    assert not any("*/*" in (op.get("requestBody", {}).get("content") or {}) for op in ops.values())
    for op in ops.values():
        assert all(str(status).startswith("2") for status in op["responses"])
    for where, schema in iter_all_schemas(doc):
        if "array" in schema_types(schema):
            assert "items" in schema, where
    clients = {p["name"]: p for p in ops["deprecated_get_client_list"]["parameters"]}
    assert clients["id_list"]["x-altegio-wire-name"] == "id[]"


def test_managed_headers_are_stripped() -> None:
    doc = copy.deepcopy(PINNED)
    op = doc["paths"]["/auth"]["post"]
    op["parameters"] = [
        {"name": "Accept", "in": "header", "schema": {"type": "string"}},
        {"name": "Authorization", "in": "header", "schema": {"type": "string"}},
        {"name": "X-Trace", "in": "header", "schema": {"type": "string"}},
    ]
    out, report = normalize(doc, "generate")
    assert [p["name"] for p in out["paths"]["/auth"]["post"]["parameters"]] == ["X-Trace"]
    strip = next(r for r in report.results if r.patch.name == "strip_managed_headers")
    assert len(strip.changes) == 2


def test_mock_profile_keeps_envelopes_and_errors() -> None:
    doc, _ = normalize(PINNED, "mock")
    op = doc["paths"]["/accounts/{location_id}"]["get"]
    schema = op["responses"]["200"]["content"]["application/json"]["schema"]
    assert set(schema["properties"]) == {"success", "data", "meta"}
    assert "422" in op["responses"]
    assert "application/vnd.api.v2+json" in op["responses"]["200"]["content"]
