"""The API changelog: each kind of spec change, derived here from the pinned spec, gives the
exact entry and the right verdict; the version rule follows the verdicts."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest

from altegio_dev.cli import main
from altegio_dev.constants import PINNED_SPEC
from altegio_dev.spec_diff import Change, diff_documents
from altegio_dev.spec_io import dump_yaml, load_spec
from altegio_dev.version_rule import is_enough, next_version

PINNED = load_spec(PINNED_SPEC)
ACCOUNTS = "/accounts/{location_id}"
CERTIFICATE_TYPES = "/chain/{chain_id}/loyalty/certificate_types"


def account_item(doc: dict[str, Any]) -> dict[str, Any]:
    schema = doc["paths"][ACCOUNTS]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    item: dict[str, Any] = schema["properties"]["data"]["items"]
    return item


def add_operation(doc: dict[str, Any]) -> None:
    operation = {**copy.deepcopy(doc["paths"]["/groups"]["get"]), "operationId": "get_archived_chains"}
    doc["paths"]["/groups/archived"] = {"get": {**operation, "summary": "Archived chains"}}


def remove_operation(doc: dict[str, Any]) -> None:
    del doc["paths"][ACCOUNTS]


def require_query_parameter(doc: dict[str, Any]) -> None:
    for parameter in doc["paths"][CERTIFICATE_TYPES]["get"]["parameters"]:
        if parameter["name"] == "title":
            parameter["required"] = True


def rename_response_field(doc: dict[str, Any]) -> None:
    properties = account_item(doc)["properties"]
    properties["name"] = properties.pop("title")


def deprecate_operation(doc: dict[str, Any]) -> None:
    doc["paths"]["/groups"]["get"]["deprecated"] = True


def change_type(doc: dict[str, Any]) -> None:
    account_item(doc)["properties"]["comment"] = {"type": "integer", "description": "now a code"}


def add_optional_parameter(doc: dict[str, Any]) -> None:
    doc["paths"][CERTIFICATE_TYPES]["get"]["parameters"].append(
        {"name": "archived", "in": "query", "required": False, "schema": {"type": "boolean"}}
    )


CASES: list[tuple[Callable[[dict[str, Any]], None], list[Change]]] = [
    (add_operation, [Change("get_archived_chains", "operation added", "Archived chains", False)]),
    (remove_operation, [Change("get_account_list", "operation removed", "Get location accounts", True)]),
    (require_query_parameter,
     [Change("chain_loyalty_certificate_types_list", "parameter now required", "`title (query)`", True)]),
    (rename_response_field, [
        Change("get_account_list", "response field removed", "`[].title`", True),
        Change("get_account_list", "response field added", "`[].name` string", False),
    ]),
    (deprecate_operation, [Change("get_chain_list", "operation deprecated", "", False)]),
    (change_type, [Change("get_account_list", "response field type changed", "`[].comment` string -> integer", True)]),
    (add_optional_parameter,
     [Change("chain_loyalty_certificate_types_list", "parameter added", "`archived (query)` boolean", False)]),
]  # fmt: skip


@pytest.mark.parametrize(("mutate", "expected"), CASES, ids=[case[0].__name__ for case in CASES])
def test_change_is_reported_exactly(mutate: Callable[[dict[str, Any]], None], expected: list[Change]) -> None:
    new = copy.deepcopy(PINNED)
    mutate(new)
    assert diff_documents(PINNED, new) == expected


def test_identical_specs_have_no_changes() -> None:
    assert diff_documents(PINNED, copy.deepcopy(PINNED)) == []


def test_normalizer_fixes_are_not_api_changes() -> None:
    new = copy.deepcopy(PINNED)
    for content in (op.get("requestBody", {}).get("content", {}) for item in new["paths"].values()
                    for op in item.values()):  # fmt: skip
        if "*/*" in content:
            content["application/json"] = content.pop("*/*")
    assert diff_documents(PINNED, new) == []


def test_version_rule() -> None:
    breaking = [Change("x", "operation removed", "", True)]
    feature = [Change("x", "operation added", "", False)]
    assert next_version("0.1.0", breaking) == "0.2.0"
    assert next_version("0.1.0", feature) == "0.1.1"
    assert next_version("0.1.0", []) == "0.1.0"
    assert next_version("1.2.3", breaking) == "2.0.0"
    assert next_version("1.2.3", feature) == "1.3.0"
    assert is_enough("0.1.0", "0.2.0", breaking) and not is_enough("0.1.0", "0.1.1", breaking)


def test_cli_fails_a_breaking_change_without_a_bump(tmp_path: Any, capsys: pytest.CaptureFixture[str]) -> None:
    new = copy.deepcopy(PINNED)
    remove_operation(new)
    new_path = tmp_path / "new.yaml"
    new_path.write_text(dump_yaml(new))
    assert main(["spec-diff", str(PINNED_SPEC), str(new_path), "--since", "0.1.0", "--require-version", "0.1.1"]) == 1
    assert "need 0.2.0" in capsys.readouterr().err
    assert main(["spec-diff", str(PINNED_SPEC), str(new_path), "--since", "0.1.0", "--require-version", "0.2.0"]) == 0
