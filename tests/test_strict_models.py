"""Parsing that never lies (#12 part 5): a parsed model holds only values of its declared types;
what a lossless read does not cover is a ResponseFormatError naming the field's path. Request
bodies (#15 part 4): a wrong type anywhere is an ArgumentError naming the field, nothing sent."""

from __future__ import annotations

import datetime
from typing import Any

import attrs
import pytest

import altegio_b2b
from altegio_b2b import AltegioClient
from altegio_b2b._runtime import fields
from altegio_b2b.api.appointments import get_appointment_list, update_visit
from altegio_b2b.api.chain_loyalty_programs import chain_loyalty_certificate_types_create, create_chain_loyalty_program
from altegio_b2b.api.clients import search_client_visits
from altegio_b2b.api.payments import get_account_list, get_transactions
from altegio_b2b.models import (
    ChainLoyaltyCertificateTypesCreateBody,
    GetAccountListResponse200Item,
    GetAppointmentListResponse200Item,
    GetTransactionsResponse200Item,
    GetTransactionsResponse200ItemClient,
    SearchClientVisitsBody,
    UpdateVisitBody,
    UpdateVisitBodyServicesItem,
)
from altegio_b2b.types import UNSET
from contract_args import build_call
from hostile import MODES, catch, run
from http_server import Reply, ScriptedServer, envelope

TRANSACTION: dict[str, Any] = {
    "id": 1,
    "amount": 1.5,
    "date": "2026-09-21T10:00:00+00:00",
    "client": {"id": 9, "name": "Ann", "phone": "+13155550175"},
}


def _transactions(mode: str, client: AltegioClient) -> tuple[Any, Any]:
    return (lambda: get_transactions.sync_detailed(1, client=client),
            lambda: get_transactions.asyncio_detailed(1, client=client))  # fmt: skip


def _refused(mode: str, server: ScriptedServer, client: AltegioClient, data: Any) -> str:
    server.queue(Reply(200, envelope(data)))
    error = catch(mode, client, *_transactions(mode, client))
    assert type(error) is altegio_b2b.ResponseFormatError, error
    return str(error)


# -- answers -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_a_wrong_scalar_is_an_error_naming_its_path(server: ScriptedServer, client: AltegioClient, mode: str) -> None:
    items = [TRANSACTION] * 3 + [{**TRANSACTION, "client": {**TRANSACTION["client"], "phone": {"k": 1}}}]
    message = _refused(mode, server, client, items)
    assert "data[3].client.phone: expected a string, got {'k': 1} (dict)" in message


@pytest.mark.parametrize(
    ("item", "where"),
    [
        ({"id": {"k": 1}}, "data[0].id: expected an integer"),
        ({"id": True}, "data[0].id: expected an integer"),
        ({"id": "12.5"}, "data[0].id: expected an integer"),
        ({"id": None}, "data[0].id: expected an integer, got null"),
        ({"amount": "a lot"}, "data[0].amount: expected a number"),
        ({"date": 20260921}, "data[0].date: expected an ISO 8601 date-time string"),
        ({"date": "yesterday"}, "data[0].date: expected an ISO 8601 date-time string"),
        ({"client": [{"id": 1}]}, "data[0].client: expected an object, got [{'id': 1}] (list)"),
        ({"client": "Ann"}, "data[0].client: expected an object"),
    ],
)
def test_what_no_lossless_read_covers_is_refused(
    server: ScriptedServer, client: AltegioClient, item: dict[str, Any], where: str
) -> None:
    assert where in _refused("sync", server, client, [{**TRANSACTION, **item}])


@pytest.mark.parametrize("data", [{"id": 1}, "text", 5])
def test_data_of_the_wrong_shape_is_an_error(server: ScriptedServer, client: AltegioClient, data: Any) -> None:
    assert "data: expected a list of GetTransactionsResponse200Item objects" in _refused("sync", server, client, data)


@pytest.mark.parametrize("mode", MODES)
def test_lossless_reads_give_the_declared_types(server: ScriptedServer, client: AltegioClient, mode: str) -> None:
    item = {"id": "12", "amount": "1.5", "sold_item_id": 7.0, "client": {"id": "9", "phone": 13155550175}}
    server.queue(Reply(200, envelope([item])))
    (parsed,) = run(mode, client, *_transactions(mode, client)).parsed
    assert (parsed.id, parsed.amount, parsed.sold_item_id) == (12, 1.5, 7)
    assert type(parsed.id) is int and type(parsed.sold_item_id) is int
    assert (parsed.client.id, parsed.client.phone) == (9, "13155550175")


def test_flags_read_as_booleans(server: ScriptedServer, client: AltegioClient) -> None:
    items = [{"id": n, "online": flag} for n, flag in enumerate([0, 1, "0", "1", "true", "false", True])]
    server.queue(Reply(200, envelope(items)))
    parsed = get_appointment_list.sync(1, client=client)
    assert [item.online for item in parsed or []] == [False, True, False, True, True, False, True]
    server.queue(Reply(200, envelope([{"id": 1, "online": 2}])))
    with pytest.raises(altegio_b2b.ResponseFormatError, match=r"data\[0\]\.online: expected a boolean, got 2"):
        get_appointment_list.sync(1, client=client)


def test_an_empty_list_is_an_empty_object(server: ScriptedServer, client: AltegioClient) -> None:
    """PHP's json_encode writes an empty associative array as []: any object may come so."""
    server.queue(Reply(200, envelope([{**TRANSACTION, "client": []}])))
    (parsed,) = get_transactions.sync(1, client=client) or []
    assert parsed.client == GetTransactionsResponse200ItemClient()


def test_every_parsed_value_has_its_declared_type(server: ScriptedServer, client: AltegioClient) -> None:
    item = {**TRANSACTION, "id": "3", "last_change_date": "2026-01-16 16:00:00", "record_id": 4.0}
    server.queue(Reply(200, envelope([item])))
    (parsed,) = get_transactions.sync(1, client=client) or []
    _assert_declared_types(parsed)


def _assert_declared_types(model: Any) -> None:
    annotations = {field.name: field.type for field in attrs.fields(type(model))}
    for name, annotation in annotations.items():
        value = getattr(model, name)
        if name == "additional_properties" or value is UNSET:
            continue
        text = str(annotation)
        if attrs.has(type(value)):
            assert type(value).__name__ in text, (name, value)
            _assert_declared_types(value)
        else:
            python_type = {int: "int", float: "float", str: "str", datetime.datetime: "datetime.datetime"}[type(value)]
            assert python_type in text or (python_type == "int" and "float" in text), (name, value, text)


def test_unknown_keys_stay_in_additional_properties_and_enums_stay_open(
    server: ScriptedServer, client: AltegioClient
) -> None:
    server.queue(Reply(200, envelope([{"id": 1, "title": "Cash", "type": 0, "new_key": {"x": [1]}}])))
    (account,) = get_account_list.sync(1, client=client) or []
    assert account.additional_properties == {"new_key": {"x": [1]}}
    model = GetAppointmentListResponse200Item.from_dict({"id": 1, "unknown": None})
    assert model.additional_properties == {"unknown": None}


def test_a_missing_required_field_is_named() -> None:
    body: dict[str, Any] = {"client_phone": None, "from": None, "to": None, "payment_statuses": [], "attendance": 1}
    with pytest.raises(altegio_b2b.FieldError, match=r"^client_id: expected an integer, got nothing") as caught:
        SearchClientVisitsBody.from_dict(body)
    assert caught.value.path == ("client_id",) and caught.value.got is UNSET


def test_from_dict_names_the_field_inside_lists() -> None:
    with pytest.raises(altegio_b2b.FieldError, match=r"^services\[1\]\.id: expected an integer, got 'x' \(str\)"):
        UpdateVisitBody.from_dict({"attendance": 1, "comment": "", "services": [{"id": 1}, {"id": "x"}]})
    with pytest.raises(altegio_b2b.FieldError, match=r"^the value: expected an object, got \[1\] \(list\)"):
        GetTransactionsResponse200ItemClient.from_dict([1])  # type: ignore[arg-type]


def test_a_subclass_gets_its_own_fields_through_its_init() -> None:
    @attrs.define
    class Mine(GetAccountListResponse200Item):
        note: str = "mine"

    parsed = Mine.from_dict({"id": "5", "title": "x", "extra": 1})
    assert (parsed.id, parsed.note, parsed.additional_properties) == (5, "mine", {"extra": 1})


def test_to_dict_round_trips_a_parsed_answer() -> None:
    parsed = GetTransactionsResponse200Item.from_dict({**TRANSACTION, "extra": [1]})
    assert parsed.to_dict() == {**TRANSACTION, "extra": [1]}
    assert GetTransactionsResponse200Item.from_dict(parsed.to_dict()) == parsed


# -- request bodies (#15 part 4) --------------------------------------------------------------------------


def _valid(module: Any, spec_operations: dict[str, dict[str, Any]], operation_id: str) -> Any:
    return build_call(module.sync, spec_operations[operation_id])


@pytest.mark.parametrize("mode", MODES)
def test_a_string_for_a_date_in_a_body(
    server: ScriptedServer, client: AltegioClient, spec_operations: dict[str, dict[str, Any]], mode: str
) -> None:
    """Was: AttributeError: 'str' object has no attribute 'isoformat'."""
    call = _valid(search_client_visits, spec_operations, "search_client_visits")
    call.kwargs["body"].from_ = "2026-05-01"
    error = catch(mode, client, lambda: search_client_visits.sync(*call.args, client=client, **call.kwargs),
                  lambda: search_client_visits.asyncio(*call.args, client=client, **call.kwargs))  # fmt: skip
    assert type(error) is altegio_b2b.ArgumentError
    assert str(error) == (
        "argument 'body.from_': expected a datetime.date (not a datetime) or None, got '2026-05-01' (str)"
    )
    assert server.requests == []


def test_a_dict_for_a_nested_model_in_a_body(
    server: ScriptedServer, client: AltegioClient, spec_operations: dict[str, dict[str, Any]]
) -> None:
    """Was: AttributeError: 'dict' object has no attribute 'to_dict'."""
    call = _valid(chain_loyalty_certificate_types_create, spec_operations, "chain_loyalty_certificate_types_create")
    body: ChainLoyaltyCertificateTypesCreateBody = call.kwargs["body"]
    body.expiration = {"type_id": 1}  # type: ignore[assignment]
    with pytest.raises(altegio_b2b.ArgumentError, match=r"^argument 'body\.expiration': expected a Chain") as caught:
        chain_loyalty_certificate_types_create.sync(*call.args, client=client, **call.kwargs)
    assert "build it with ChainLoyaltyCertificateTypesCreateBodyExpiration(...)" in str(caught.value)
    assert server.requests == []


def test_a_wrong_type_deep_in_a_list_of_a_body(server: ScriptedServer, client: AltegioClient) -> None:
    body = UpdateVisitBody(attendance=1, comment="done")
    body.services = [UpdateVisitBodyServicesItem(id=1), UpdateVisitBodyServicesItem(id="2")]  # type: ignore[arg-type]
    with pytest.raises(altegio_b2b.ArgumentError) as caught:
        update_visit.sync(1, 2, body=body, client=client)
    assert str(caught.value) == "argument 'body.services[1].id': expected an int, got '2' (str)"
    body.services = [UpdateVisitBodyServicesItem(id=1), {"id": 2}]  # type: ignore[list-item]
    with pytest.raises(altegio_b2b.ArgumentError, match=r"^argument 'body\.services\[1\]': expected a UpdateVisit"):
        update_visit.sync(1, 2, body=body, client=client)
    body.services = None  # type: ignore[assignment]
    with pytest.raises(altegio_b2b.ArgumentError, match=r"^argument 'body\.services': expected a list of Update"):
        update_visit.sync(1, 2, body=body, client=client)
    assert server.requests == []


def test_a_valid_body_is_sent_as_its_json(server: ScriptedServer, client: AltegioClient) -> None:
    body = UpdateVisitBody(attendance=1, comment="done", services=[UpdateVisitBodyServicesItem(id=3, cost=10)])
    server.queue(Reply(200, envelope(None)))
    update_visit.sync(1, 2, body=body, client=client)
    assert server.requests[0].json() == {"attendance": 1, "comment": "done", "services": [{"id": 3, "cost": 10}]}


def test_a_list_for_an_enum_argument(server: ScriptedServer, client: AltegioClient) -> None:
    """Was: TypeError: unhashable type: 'list'."""
    with pytest.raises(altegio_b2b.ArgumentError, match=r"^argument 'include': expected a CreateChainLoyalty"):
        create_chain_loyalty_program.sync(1, body=None, include=["items"], client=client)  # type: ignore[arg-type]
    assert server.requests == []


def test_a_bool_or_nan_is_no_number_in_a_body() -> None:
    with pytest.raises(altegio_b2b.FieldError, match=r"^attendance: expected a finite number"):
        UpdateVisitBody(attendance=float("nan"), comment="").to_dict()
    with pytest.raises(altegio_b2b.FieldError, match=r"^attendance: expected a finite number"):
        UpdateVisitBody(attendance=True, comment="").to_dict()


def test_field_error_paths_read_like_python() -> None:
    error = altegio_b2b.FieldError("a string", {"k": 1}, ("phone",)).within("client").within(3)
    assert error.where("data") == "data[3].client.phone"
    assert str(error) == "[3].client.phone: expected a string, got {'k': 1} (dict)"
    assert fields.ListOf(fields.INTEGER).read_field(["1", 2], "ids") == [1, 2]


def test_enum_fields_in_a_body_take_members_or_listed_values(spec_operations: dict[str, dict[str, Any]]) -> None:
    call = _valid(create_chain_loyalty_program, spec_operations, "create_chain_loyalty_program")
    body = call.kwargs["body"]
    body.type_ = "cashback_static_paid"
    assert body.to_dict()["type"] == "cashback_static_paid"
    body.type_ = "no_such_type"
    with pytest.raises(altegio_b2b.FieldError, match=r"^type_: expected a CreateChainLoyaltyProgramBodyType or one"):
        body.to_dict()


def test_a_subclass_field_without_a_default_cannot_be_made_up() -> None:
    @attrs.define
    class Strict(GetAccountListResponse200Item):
        note: str = attrs.field(kw_only=True)

    with pytest.raises(TypeError, match="cannot fill 'note', which has no default"):
        Strict.from_dict({"id": 1})
