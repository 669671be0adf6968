"""The API changelog, on tests/specs/diff-base.yaml: each kind of spec change gives the exact
entry and the right verdict; normalizer fixes are not API changes; the CLI enforces the bump."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from altegio_dev.cli import main
from altegio_dev.spec_diff import Change, diff_documents, markdown
from altegio_dev.spec_io import dump_yaml, load_spec

BASE_FILE = Path(__file__).parent / "specs" / "diff-base.yaml"
BASE = load_spec(BASE_FILE)  # small; read-only here
THINGS, NOTES = "/things/{location_id}", "/things/{location_id}/notes"


def thing_item(doc: dict[str, Any]) -> dict[str, Any]:
    schema = doc["paths"][THINGS]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    item: dict[str, Any] = schema["properties"]["data"]["items"]
    return item


def note_body(doc: dict[str, Any]) -> dict[str, Any]:
    body: dict[str, Any] = doc["paths"][NOTES]["post"]["requestBody"]["content"]["*/*"]["schema"]
    return body


def title_parameter(doc: dict[str, Any]) -> dict[str, Any]:
    return next(p for p in doc["paths"][THINGS]["get"]["parameters"] if p["name"] == "title")


def add_operation(doc: dict[str, Any]) -> None:
    operation = {**copy.deepcopy(doc["paths"][THINGS]["get"]), "operationId": "get_archived_things"}
    doc["paths"][THINGS + "/archived"] = {"get": {**operation, "summary": "Archived things"}}


def remove_operation(doc: dict[str, Any]) -> None:
    del doc["paths"][NOTES]


def deprecate_operation(doc: dict[str, Any]) -> None:
    doc["paths"][THINGS]["get"]["deprecated"] = True


def add_optional_parameter(doc: dict[str, Any]) -> None:
    doc["paths"][THINGS]["get"]["parameters"].append({"name": "archived", "in": "query", "schema": {"type": "boolean"}})


def add_required_parameter(doc: dict[str, Any]) -> None:
    doc["paths"][THINGS]["get"]["parameters"].append(
        {"name": "since", "in": "query", "required": True, "schema": {"type": "string", "format": "date"}}
    )


def require_parameter(doc: dict[str, Any]) -> None:
    title_parameter(doc)["required"] = True


def remove_parameter(doc: dict[str, Any]) -> None:
    doc["paths"][THINGS]["get"]["parameters"].remove(title_parameter(doc))


def add_required_body_field(doc: dict[str, Any]) -> None:
    note_body(doc)["properties"]["colour"] = {"type": "string", "enum": ["red", "blue"]}
    note_body(doc)["required"].append("colour")


def require_body_field(doc: dict[str, Any]) -> None:
    note_body(doc)["required"].append("pinned")


def relax_body_field(doc: dict[str, Any]) -> None:
    note_body(doc)["required"] = []


def remove_request_body(doc: dict[str, Any]) -> None:
    del doc["paths"][NOTES]["post"]["requestBody"]


def rename_response_field(doc: dict[str, Any]) -> None:
    properties = thing_item(doc)["properties"]
    properties["name"] = properties.pop("title")


def change_response_field_type(doc: dict[str, Any]) -> None:
    thing_item(doc)["properties"]["comment"] = {"type": "integer", "description": "now a code"}


def change_response_type(doc: dict[str, Any]) -> None:
    doc["paths"][NOTES]["post"]["responses"]["201"]["content"]["application/json"]["schema"] = {"type": "integer"}


CASES: list[tuple[Callable[[dict[str, Any]], None], list[Change]]] = [
    (add_operation, [Change("get_archived_things", "operation added", "Archived things", False)]),
    (remove_operation, [Change("create_note", "operation removed", "Add a note", True)]),
    (deprecate_operation, [Change("get_thing_list", "operation deprecated", "", False)]),
    (add_optional_parameter, [Change("get_thing_list", "parameter added", "`archived (query)` boolean", False)]),
    (add_required_parameter,
     [Change("get_thing_list", "parameter added (required)", "`since (query)` string(date)", True)]),
    (require_parameter, [Change("get_thing_list", "parameter now required", "`title (query)`", True)]),
    (remove_parameter, [Change("get_thing_list", "parameter removed", "`title (query)`", True)]),
    (add_required_body_field,
     [Change("create_note", "request body field added (required)", "`colour` string{blue,red}", True)]),
    (require_body_field, [Change("create_note", "request body field now required", "`pinned`", True)]),
    (relax_body_field, [Change("create_note", "request body field no longer required", "`text`", False)]),
    (remove_request_body, [Change("create_note", "request body removed", "", True)]),
    (rename_response_field, [
        Change("get_thing_list", "response field removed", "`[].title`", True),
        Change("get_thing_list", "response field added", "`[].name` string", False),
    ]),
    (change_response_field_type,
     [Change("get_thing_list", "response field type changed", "`[].comment` string -> integer", True)]),
    (change_response_type, [
        Change("create_note", "response field removed", "`id`", True),
        Change("create_note", "response type changed", "object -> integer", True),
    ]),
]  # fmt: skip


@pytest.mark.parametrize(("mutate", "expected"), CASES, ids=[case[0].__name__ for case in CASES])
def test_change_is_reported_exactly(mutate: Callable[[dict[str, Any]], None], expected: list[Change]) -> None:
    new = copy.deepcopy(BASE)
    mutate(new)
    assert diff_documents(BASE, new) == expected


def test_identical_specs_have_no_changes() -> None:
    assert diff_documents(BASE, copy.deepcopy(BASE)) == []
    assert markdown([]) == "No API changes.\n"


def test_normalizer_fixes_are_not_api_changes() -> None:
    new = copy.deepcopy(BASE)
    content = new["paths"][NOTES]["post"]["requestBody"]["content"]
    content["application/json"] = content.pop("*/*")
    envelope = new["paths"][THINGS]["get"]["responses"]["200"]["content"]["application/json"]
    envelope["schema"] = envelope["schema"]["properties"]["data"]  # what unwrapping makes of it
    envelope["x-altegio-envelope"] = True
    assert diff_documents(BASE, new) == []


def test_breaking_changes_come_first() -> None:
    new = copy.deepcopy(BASE)
    for mutate in (add_operation, add_optional_parameter, remove_parameter, remove_request_body):
        mutate(new)
    changes = diff_documents(BASE, new)
    assert [c.breaking for c in changes] == [True, True, False, False]
    assert markdown(changes).splitlines()[:2] == ["4 change(s), 2 breaking.", ""]
    assert changes[0].line() == "- [BREAKING] `create_note`: request body removed"


def test_cli_fails_a_breaking_change_without_a_bump(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    new = copy.deepcopy(BASE)
    remove_operation(new)
    new_path = tmp_path / "new.yaml"
    new_path.write_text(dump_yaml(new))
    command = ["spec-diff", str(BASE_FILE), str(new_path), "--since", "0.1.0", "--require-version"]
    assert main([*command, "0.1.1"]) == 1
    out, err = capsys.readouterr()
    assert "- [BREAKING] `create_note`: operation removed: Add a note" in out
    assert "these changes need 0.2.0 or later" in err
    assert main([*command, "0.2.0"]) == 0


def test_a_field_moved_into_a_shared_component_is_no_change() -> None:
    """Fields are compared where users see them: a `$ref` to a component counts as its content."""
    new = copy.deepcopy(BASE)
    item = thing_item(new)
    new.setdefault("components", {}).setdefault("schemas", {})["thing"] = copy.deepcopy(item)
    schema = new["paths"][THINGS]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    schema["properties"]["data"]["items"] = {"$ref": "#/components/schemas/thing"}
    assert diff_documents(BASE, new) == []


def test_a_numeric_format_is_no_change() -> None:
    new = copy.deepcopy(BASE)
    first = next(iter(thing_item(new)["properties"].values()))
    first["format"] = "int32" if first.get("type") == "integer" else "float"
    assert diff_documents(BASE, new) == []
