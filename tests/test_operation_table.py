"""What generation records per operation for the client (each endpoint module's `_OPERATION`), on
tests/specs/operation-facts.yaml: paging, response kind, security, wire names, deprecation."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from altegio_dev.normalizer import normalize
from altegio_dev.operation_table import OperationRow, operation_rows
from altegio_dev.spec_io import load_spec

FACTS = load_spec(Path(__file__).parent / "specs" / "operation-facts.yaml")  # small; read-only here


def rows() -> dict[str, OperationRow]:
    return {row.operation_id: row for row in operation_rows(normalize(FACTS, "generate")[0])}


def test_paging_only_for_paged_lists() -> None:
    assert {name: row.paging for name, row in rows().items()} == {
        "list_things": ("query", "page", "count"),
        "list_untyped_things": ("query", "page", "page_size"),
        "get_thing": None,  # page + limit, but one object
        "delete_thing": None,  # count without page
        "get_thing_receipt": None,
        "authorize_user": None,
    }


def test_response_kind() -> None:
    kinds = {name: (row.response_kind, row.media_type) for name, row in rows().items()}
    assert kinds["list_things"] == ("json", None)
    assert kinds["delete_thing"] == ("none", None)
    assert kinds["get_thing_receipt"] == ("bytes", "application/pdf")


def test_security_and_user_token() -> None:
    table = rows()
    assert table["get_thing"].security == "BearerPartnerUser"  # any requirement needing the user wins
    assert (table["authorize_user"].security, table["authorize_user"].send_user_token) == ("BearerPartner", False)
    assert all(row.send_user_token for name, row in table.items() if name != "authorize_user")


def test_an_operation_without_security_fails() -> None:
    doc, _ = normalize(FACTS, "generate")
    unsecured = copy.deepcopy(doc)
    unsecured["paths"]["/things"]["get"]["security"] = []
    with pytest.raises(ValueError, match="list_things: no security scheme"):
        operation_rows(unsecured)


def test_wire_names_deprecation_and_module_paths() -> None:
    thing = rows()["get_thing"]
    assert thing.wire_names == {"id_list": "id[]"} and thing.deprecated
    assert thing.import_path == "altegio_b2b.api.things.get_thing"
    assert rows()["get_thing_receipt"].import_path == "altegio_b2b.api.receipts.get_thing_receipt"


def test_operation_literal_lists_only_what_differs_from_defaults() -> None:
    table = rows()
    assert table["delete_thing"].operation_literal == (
        "Operation('delete_thing', 'DELETE', '/things/{thing_id}', 'BearerPartnerUser', response_kind='none')"
    )
    assert "paging=Paging('query', 'page', 'count')" in table["list_things"].operation_literal
    assert "send_user_token=False" in table["authorize_user"].operation_literal
