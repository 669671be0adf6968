"""The pinned documents end to end, whatever their source: provenance recorded, valid OpenAPI, and
the normalizer takes each in every profile without losing an operation or leaving what the
generator and Prism cannot take. (test_normalizer.py pins down what each patch does.)"""

from __future__ import annotations

import hashlib
from typing import Any

import pytest
from openapi_spec_validator import validate

from altegio_dev.constants import APIS
from altegio_dev.normalizer import PROFILES, normalize, rules
from altegio_dev.normalizer.walk import count_operations, iter_all_schemas, iter_operations, schema_types
from altegio_dev.spec_io import read_provenance

PINNED = [api for api in APIS if api.spec.exists()]


@pytest.mark.parametrize("api", PINNED, ids=lambda api: api.name)
def test_provenance_records_the_pinned_file(api: Any) -> None:
    provenance = read_provenance(api.provenance)
    assert provenance["spec"] == api.spec.name
    assert provenance["spec_sha256"] == hashlib.sha256(api.spec.read_bytes()).hexdigest()
    assert provenance["pinned_on"]
    assert provenance["source"]["kind"]


@pytest.mark.slow  # about 8 s: a third of the fast tests' time, for a file that changes only on update-spec
@pytest.mark.parametrize("api", PINNED, ids=lambda api: api.name)
def test_passes_openapi_spec_validator(pinned_specs: dict[str, dict[str, Any]], api: Any) -> None:
    validate(pinned_specs[api.name])


@pytest.mark.parametrize("api", PINNED, ids=lambda api: api.name)
@pytest.mark.parametrize("profile", PROFILES)
def test_normalizes_idempotently_keeping_every_operation(
    pinned_specs: dict[str, dict[str, Any]], api: Any, profile: str
) -> None:
    pinned_spec = pinned_specs[api.name]
    once, report = normalize(pinned_spec, profile)
    webhooks_before = sum(len(item) for item in (pinned_spec.get("webhooks") or {}).values())
    assert report.operations_in == count_operations(pinned_spec) + webhooks_before
    assert report.operations_out == count_operations(once) > 0
    twice, again = normalize(once, profile)
    assert twice == once
    assert [r.patch.name for r in again.results if r.changes] == []


def test_generation_gets_nothing_it_cannot_take(normalized_spec: dict[str, Any]) -> None:
    ids = [op.get("operationId") for _, _, op in iter_operations(normalized_spec)]
    assert None not in ids and len(ids) == len(set(ids))
    for path, method, op in iter_operations(normalized_spec):
        where = f"{method.upper()} {path}"
        assert not path.startswith(rules.DUPLICATED_PATH_PREFIXES + rules.CALLBACK_PATH_PREFIXES), where
        assert op.get("security"), where
        assert set(op.get("requestBody", {}).get("content") or {}).isdisjoint(rules.CONTENT_TYPE_MAP), where
        assert all(str(status).startswith("2") for status in op["responses"]), where
    for where, schema in iter_all_schemas(normalized_spec):
        if "array" in schema_types(schema):
            assert "items" in schema or "prefixItems" in schema, where


@pytest.mark.parametrize("api", PINNED, ids=lambda api: api.name)
def test_the_mock_answers_like_the_api(pinned_specs: dict[str, dict[str, Any]], api: Any) -> None:
    """Envelopes and error answers stay; JSON answers are also offered as the type the client asks for."""
    pinned_spec = pinned_specs[api.name]
    mock, _ = normalize(pinned_spec, "mock")
    errors = {op.get("operationId"): error_statuses(op) for _, _, op in iter_operations(pinned_spec)}
    for path, method, op in iter_operations(mock):
        where = f"{method.upper()} {path}"
        assert error_statuses(op) == errors[op.get("operationId")], where
        for status, response in op["responses"].items():
            content = response.get("content") or {}
            if "application/json" in content:
                assert rules.VENDOR_MEDIA_TYPE in content, f"{where} {status}"


def error_statuses(operation: dict[str, Any]) -> set[str]:
    return {str(status) for status in operation["responses"] if str(status)[0] in "45"}
