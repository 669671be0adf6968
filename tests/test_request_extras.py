"""The escape hatches on the wire: ``RequestOptions(extra_query=, extra_body=, extra_headers=)`` as
the loopback server receives them (raw query, header lines, body), merged after the typed
arguments; and what they refuse, with an ArgumentError, before anything is sent."""

from __future__ import annotations

import asyncio
import datetime
import email.parser
import email.policy
import math
from collections.abc import Callable
from typing import Any

import pytest

import altegio_b2b
from altegio_b2b import AltegioClient, RequestOptions
from altegio_b2b.api.appointments import get_appointment_list
from altegio_b2b.api.notifications import get_message_status_list
from altegio_b2b.api.products import create_product_category
from altegio_b2b.api.team_members import delete_team_member, get_team_member_list
from altegio_b2b.api.utilities import upload_image
from altegio_b2b.models import CreateProductCategoryBody, GetMessageStatusListBodyItem, UploadImageBody
from conftest import PARTNER_TOKEN, USER_TOKEN
from http_server import Recorded, Reply, ScriptedServer, envelope

MODES = ["sync", "async"]
MAY_1 = datetime.date(2026, 5, 1)


def _send(mode: str, module: Any, *args: Any, **kwargs: Any) -> Any:
    """One call through the operation's sync or async form."""
    if mode == "sync":
        return module.sync(*args, **kwargs)

    async def run() -> Any:
        try:
            return await module.asyncio(*args, **kwargs)
        finally:
            await kwargs["client"].aclose()

    return asyncio.run(run())


def _only_request(server: ScriptedServer) -> Recorded:
    assert len(server.requests) == 1, server.requests
    return server.requests[0]


# -- extra_query ------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_undeclared_paging_goes_out_on_a_list_the_spec_does_not_page(
    client: AltegioClient, server: ScriptedServer, mode: str
) -> None:
    server.default = lambda request: Reply(200, envelope([]))
    options = RequestOptions(extra_query={"page": 2, "count": 50})
    assert _send(mode, get_team_member_list, 706028, client=client, options=options) == []
    request = _only_request(server)
    assert request.path == "/api/v1/staff/706028"
    assert request.raw_query == "page=2&count=50"


@pytest.mark.parametrize("mode", MODES)
def test_extra_query_follows_the_typed_arguments_and_replaces_one_of_the_same_name(
    client: AltegioClient, server: ScriptedServer, mode: str
) -> None:
    server.default = lambda request: Reply(200, envelope([]))
    extra = {"count": 5, "with_deleted": True, "ids[]": [7, 8], "end_date": datetime.date(2026, 5, 31)}
    _send(
        mode, get_appointment_list, 1, page=1, count=100, start_date=MAY_1, client=client,
        options=RequestOptions(extra_query=extra),
    )  # fmt: skip
    # The typed ones keep their place, count takes the extra value; then the extras, encoded the
    # way typed arguments are (a bool as 1, a date as YYYY-MM-DD, a list once per item).
    assert _only_request(server).raw_query == (
        "page=1&count=5&start_date=2026-05-01&with_deleted=1&ids%5B%5D=7&ids%5B%5D=8&end_date=2026-05-31"
    )


@pytest.mark.parametrize("mode", MODES)
def test_a_second_name_of_an_alias_family_is_refused_before_sending(
    client: AltegioClient, server: ScriptedServer, mode: str
) -> None:
    options = RequestOptions(extra_query={"staff_id": 9})
    with pytest.raises(altegio_b2b.ArgumentError) as caught:
        _send(mode, get_appointment_list, 1, team_member_id=5, client=client, options=options)
    assert caught.value.argument == "extra_query['staff_id']"
    assert "'team_member_id' is already sent" in str(caught.value)
    assert "master_id" in caught.value.expected
    assert server.requests == []
    # The alias alone is what real programs send for a filter the typed function names otherwise.
    server.default = lambda request: Reply(200, envelope([]))
    _send(mode, get_appointment_list, 1, client=client, options=options)
    assert _only_request(server).raw_query == "staff_id=9"


# -- extra_headers ----------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_extra_headers_replace_the_clients_but_not_its_authorization(
    client: AltegioClient, server: ScriptedServer, mode: str
) -> None:
    server.default = lambda request: Reply(200, envelope([]))
    options = RequestOptions(extra_headers={"X-Request-Id": "r-1", "ACCEPT": "application/json", "Prefer": "code=200"})
    _send(mode, get_team_member_list, 1, client=client, options=options)
    sent = [(name.lower(), value) for name, value in _only_request(server).raw_headers]
    assert ("x-request-id", "r-1") in sent and ("prefer", "code=200") in sent
    assert [value for name, value in sent if name == "accept"] == ["application/json"]
    assert [value for name, value in sent if name == "authorization"] == [f"Bearer {PARTNER_TOKEN}, User {USER_TOKEN}"]


@pytest.mark.parametrize(
    "name", ["Authorization", "authorization", "AUTHORIZATION", "Host", "content-length", "Transfer-Encoding"]
)
def test_headers_the_client_owns_cannot_be_replaced(name: str) -> None:
    with pytest.raises(altegio_b2b.ArgumentError) as caught:
        RequestOptions(extra_headers={name: "Bearer forged-SECRET-value"})
    assert caught.value.argument == "extra_headers"
    assert "forged-SECRET-value" not in str(caught.value)


@pytest.mark.parametrize("mode", MODES)
def test_the_old_headers_option_still_works_and_warns(client: AltegioClient, server: ScriptedServer, mode: str) -> None:
    server.default = lambda request: Reply(200, envelope([]))
    with pytest.warns(DeprecationWarning, match="extra_headers") as seen:
        options = RequestOptions(headers={"X-Old": "1"})
    assert {w.filename for w in seen} == {__file__}
    assert options.extra_headers == {"x-old": "1"} and options.headers is None
    _send(mode, get_team_member_list, 1, client=client, options=options)
    assert _only_request(server).headers["x-old"] == "1"
    with pytest.raises(altegio_b2b.ArgumentError, match="old name"):
        RequestOptions(headers={"X-Old": "1"}, extra_headers={"X-New": "1"})


# -- extra_body -------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_extra_body_is_merged_into_a_json_object_after_the_typed_fields(
    client: AltegioClient, server: ScriptedServer, mode: str
) -> None:
    server.default = lambda request: Reply(201, envelope({"id": 3, "title": "Care"}))
    body = CreateProductCategoryBody(title="Care", comment="typed")
    options = RequestOptions(extra_body={"comment": "extra", "weight": 2, "labels": ["a", None]})
    _send(mode, create_product_category, 1, body=body, client=client, options=options)
    request = _only_request(server)
    assert request.json() == {"title": "Care", "comment": "extra", "weight": 2, "labels": ["a", None]}
    assert request.headers["content-type"] == "application/json"


@pytest.mark.parametrize("mode", MODES)
def test_extra_body_becomes_the_body_of_a_write_without_one(
    client: AltegioClient, server: ScriptedServer, mode: str
) -> None:
    server.default = lambda request: Reply(200, envelope(None))
    options = RequestOptions(extra_body={"reason": "left"})
    _send(mode, delete_team_member, 1, 2, client=client, options=options)
    request = _only_request(server)
    assert (request.method, request.json()) == ("DELETE", {"reason": "left"})


@pytest.mark.parametrize("mode", MODES)
def test_extra_body_adds_text_fields_to_a_multipart_body(
    client: AltegioClient, server: ScriptedServer, mode: str
) -> None:
    server.default = lambda request: Reply(200, envelope({"hash": "h"}))
    body = UploadImageBody(image="aW1n", master_id=4)
    options = RequestOptions(extra_body={"master_id": 5, "is_main": True})
    _send(mode, upload_image, "master", body=body, client=client, options=options)
    request = _only_request(server)
    head = f"Content-Type: {request.headers['content-type']}\r\n\r\n".encode()
    message = email.parser.BytesParser(policy=email.policy.default).parsebytes(head + request.body)
    fields = {part.get_param("name", header="content-disposition"): part.get_content() for part in message.iter_parts()}
    assert fields == {"image": "aW1n", "master_id": "5", "is_main": "1"}


def _list_body() -> list[GetMessageStatusListBodyItem]:
    return [GetMessageStatusListBodyItem.from_dict({"id": 1})]


WRONG_BODIES: list[tuple[str, Callable[[AltegioClient, RequestOptions], Any], str]] = [
    (
        "a JSON array",
        lambda c, o: get_message_status_list.sync(body=_list_body(), client=c, options=o),
        "get_message_status_list (POST /delivery/status) sends a JSON array",
    ),
    (
        "a GET",
        lambda c, o: get_team_member_list.sync(1, client=c, options=o),
        "get_team_member_list (GET /staff/{location_id}) sends none",
    ),
    (
        "form fields that are not text",
        lambda c, o: upload_image.sync("master", body=UploadImageBody(image="x"), client=c, options=o),
        "extra_body['nested']",
    ),
]


@pytest.mark.parametrize(("case", "call", "says"), WRONG_BODIES, ids=[case for case, _, _ in WRONG_BODIES])
def test_extra_body_where_it_cannot_go_fails_before_sending(
    client: AltegioClient, server: ScriptedServer, case: str, call: Callable[..., Any], says: str
) -> None:
    options = RequestOptions(extra_body={"nested": {"a": 1}})
    with pytest.raises(altegio_b2b.ArgumentError) as caught:
        call(client, options)
    assert says in str(caught.value), case
    assert server.requests == []


# -- bad values -------------------------------------------------------------------------------


BAD_OPTIONS: list[tuple[dict[str, Any], str]] = [
    ({"extra_query": "page=2"}, "extra_query"),
    ({"extra_query": {"page": None}}, "extra_query['page']"),
    ({"extra_query": {"page": object()}}, "extra_query['page']"),
    ({"extra_query": {"ratio": math.nan}}, "extra_query['ratio']"),
    ({"extra_query": {"ids[]": [1, {"a": 1}]}}, "extra_query['ids[]'][1]"),
    ({"extra_query": {"since": datetime.datetime(2026, 5, 1, 9, 30)}}, "extra_query['since']"),
    ({"extra_query": {7: "x"}}, "extra_query"),
    ({"extra_query": {"company_id": 1, "salon_id": 1}}, "extra_query['salon_id']"),
    ({"extra_body": [("a", 1)]}, "extra_body"),
    ({"extra_body": {"tags": {1, 2}}}, "extra_body['tags']"),
    ({"extra_body": {"price": math.inf}}, "extra_body['price']"),
    ({"extra_body": {"record_id": 1, "appointment_id": 1}}, "extra_body['appointment_id']"),
    ({"extra_headers": {"X-Count": 1}}, "extra_headers['X-Count']"),
    ({"extra_headers": {"X-Bad\n": "1"}}, "extra_headers"),
]


@pytest.mark.parametrize(("options", "argument"), BAD_OPTIONS, ids=[repr(o)[:60] for o, _ in BAD_OPTIONS])
def test_bad_extras_are_argument_errors_naming_the_argument(options: dict[str, Any], argument: str) -> None:
    with pytest.raises(altegio_b2b.ArgumentError) as caught:
        RequestOptions(**options)
    assert caught.value.argument == argument
    assert caught.value.expected in str(caught.value)


def test_extras_are_copied_when_the_options_are_built() -> None:
    query: dict[str, Any] = {"page": 1}
    options = RequestOptions(extra_query=query, extra_body={"a": 1})
    query["page"] = 2
    assert options.extra_query == {"page": "1"}
    assert options.extra_body == {"a": 1}
