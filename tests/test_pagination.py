"""paginate/apaginate: every item once, in order, across pages; retries stay within a page."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import pytest
from typing_extensions import assert_type

import altegio_b2b
from altegio_b2b import AltegioClient, apaginate, paginate
from altegio_b2b._runtime.pagination import Pages
from altegio_b2b.api.appointments import get_appointment_list
from altegio_b2b.api.chain_loyalty_programs import chain_loyalty_certificate_types_list
from altegio_b2b.api.clients import get_client_list
from altegio_b2b.api.payments import get_account_list
from altegio_b2b.models import GetAppointmentListResponse200Item, GetClientListBody, GetClientListResponse200Item
from altegio_b2b.types import UNSET
from conftest import SleepRecorder
from http_server import Recorded, Reply, ScriptedServer, envelope

ITEMS = [{"id": i, "title": f"type {i}"} for i in range(1, 8)]  # 7 items: pages of 3, 3, 1


def pages_of(items: list[dict[str, Any]], *, with_total: bool = False) -> Callable[[Recorded], Reply]:
    def handler(request: Recorded) -> Reply:
        query = dict(request.query)
        page, size = int(query["page"]), int(query.get("page_size") or query["count"])
        chunk = items[(page - 1) * size : page * size]
        return Reply(200, envelope(chunk, {"total_count": len(items)} if with_total else []))

    return handler


def test_sync_pages_until_a_short_page(server: ScriptedServer, client: AltegioClient) -> None:
    server.default = pages_of(ITEMS)
    got = list(paginate(chain_loyalty_certificate_types_list, 706028, client=client, page_size=3))
    assert [item.id for item in got] == [1, 2, 3, 4, 5, 6, 7]
    assert [dict(r.query)["page"] for r in server.requests] == ["1", "2", "3"]
    assert all(dict(r.query)["page_size"] == "3" for r in server.requests)


def test_stops_at_the_total_without_an_extra_request(server: ScriptedServer, client: AltegioClient) -> None:
    server.default = pages_of(ITEMS[:6], with_total=True)
    got = list(paginate(chain_loyalty_certificate_types_list, 706028, client=client, page_size=3))
    assert len(got) == 6
    assert len(server.requests) == 2  # a full last page, but meta.total_count says it was the last


async def test_async_pages(server: ScriptedServer, client: AltegioClient) -> None:
    server.default = pages_of(ITEMS)
    got = [item.id async for item in apaginate(get_appointment_list, 42, client=client, page_size=3)]
    assert got == [1, 2, 3, 4, 5, 6, 7]
    assert [dict(r.query)["count"] for r in server.requests] == ["3", "3", "3"]
    await client.aclose()


def test_a_retried_page_is_neither_skipped_nor_repeated(
    server: ScriptedServer, client: AltegioClient, sleeps: SleepRecorder
) -> None:
    handler = pages_of(ITEMS)
    failures = {"2": 2}  # page 2 fails twice with 503, then succeeds

    def flaky(request: Recorded) -> Reply:
        page = dict(request.query)["page"]
        if failures.get(page):
            failures[page] -= 1
            return Reply(503, b"")
        return handler(request)

    server.default = flaky
    got = [item.id for item in paginate(chain_loyalty_certificate_types_list, 706028, client=client, page_size=3)]
    assert got == [1, 2, 3, 4, 5, 6, 7]
    assert [dict(r.query)["page"] for r in server.requests] == ["1", "2", "2", "2", "3"]
    assert len(sleeps.calls) == 2


def test_async_retried_page(server: ScriptedServer, client: AltegioClient) -> None:
    handler = pages_of(ITEMS)
    failed: list[int] = []

    def flaky(request: Recorded) -> Reply:
        if dict(request.query)["page"] == "3" and not failed:
            failed.append(1)
            return Reply(429, envelope(None), {"Retry-After": "0"})
        return handler(request)

    server.default = flaky

    async def collect() -> list[int]:
        ids = [item.id async for item in apaginate(chain_loyalty_certificate_types_list, 1, client=client, page_size=3)]
        await client.aclose()
        return ids

    assert asyncio.run(collect()) == [1, 2, 3, 4, 5, 6, 7]


def test_rejects_an_operation_without_pages(client: AltegioClient) -> None:
    with pytest.raises(altegio_b2b.ArgumentError, match="paged list operation"):
        list(paginate(get_account_list, 1, client=client))
    with pytest.raises(altegio_b2b.ArgumentError, match="page_size"):
        list(paginate(chain_loyalty_certificate_types_list, 1, client=client, page_size=0))


def test_pages_a_request_body_from_a_start_page_and_exposes_the_total(
    server: ScriptedServer, client: AltegioClient
) -> None:
    def handler(request: Recorded) -> Reply:
        body = request.json()
        page, size = body["page"], body["page_size"]
        return Reply(200, envelope(ITEMS[(page - 1) * size : page * size], {"total_count": len(ITEMS)}))

    server.default = handler
    body = GetClientListBody(fields=["id", "name"])
    pages = paginate(get_client_list.sync, 7, client=client, body=body, page_size=3, start_page=2)
    assert pages.total is None  # nothing fetched yet
    got = list(pages)
    assert_type(got, list[GetClientListResponse200Item])
    assert [item.id for item in got] == [4, 5, 6, 7]
    assert pages.total == len(ITEMS)
    assert [(r.json()["page"], r.json()["page_size"], r.json()["fields"]) for r in server.requests] == [
        (2, 3, ["id", "name"]),
        (3, 3, ["id", "name"]),
    ]
    assert body.page is UNSET  # the caller's body is left as it was


def test_the_operations_own_page_arguments_are_the_start_and_size(
    server: ScriptedServer, client: AltegioClient
) -> None:
    server.default = pages_of(ITEMS)
    pages = paginate(get_appointment_list.sync, 42, client=client, page=2, count=3)
    assert_type(pages, Pages[GetAppointmentListResponse200Item])
    assert [item.id for item in pages] == [4, 5, 6, 7]
    with pytest.raises(altegio_b2b.ArgumentError, match="start_page"):
        paginate(get_appointment_list.sync, 42, client=client, page=2, start_page=3)


def test_a_body_paged_operation_needs_its_body(client: AltegioClient) -> None:
    with pytest.raises(altegio_b2b.ArgumentError, match=r"'body'.*get_client_list request body"):
        paginate(get_client_list.sync, 7, client=client)


def test_refusal_names_the_operation_and_lists_the_paged_ones(client: AltegioClient) -> None:
    with pytest.raises(altegio_b2b.ArgumentError) as refused:
        paginate(get_account_list.sync, 1, client=client)
    message = str(refused.value)
    assert "'get_account_list'" in message and "get_client_list" in message and "get_appointment_list" in message


def test_a_client_method_pages_with_its_own_client(server: ScriptedServer, client: AltegioClient) -> None:
    def handler(request: Recorded) -> Reply:
        body = request.json()
        page, size = body["page"], body["page_size"]
        return Reply(200, envelope(ITEMS[(page - 1) * size : page * size], {"total_count": len(ITEMS)}))

    server.default = handler
    pages = paginate(client.clients.get_client_list, 7, body=GetClientListBody(), page_size=3)
    assert_type(pages, Pages[GetClientListResponse200Item])
    assert [item.id for item in pages] == [1, 2, 3, 4, 5, 6, 7]
    assert pages.total == len(ITEMS)
    assert [request.path for request in server.requests] == ["/api/v1/company/7/clients/search"] * 3


async def test_an_async_client_method_pages_too(server: ScriptedServer, client: AltegioClient) -> None:
    server.default = pages_of(ITEMS)
    got = [item.id async for item in apaginate(client.aio.appointments.get_appointment_list, 42, page_size=3)]
    assert got == [1, 2, 3, 4, 5, 6, 7]
    await client.aclose()


def test_a_client_method_with_another_client_is_refused(client: AltegioClient) -> None:
    with (
        AltegioClient("partner-token", base_url="http://127.0.0.1:9") as other,
        pytest.raises(altegio_b2b.ArgumentError, match=r"'client'.*brings its own"),
    ):
        paginate(client.appointments.get_appointment_list, 42, client=other)
