"""Hostile input, malformed answers: numbers JSON cannot hold, nesting too deep to decode, envelopes
whose success is not a boolean, a 204/304 smuggling a second answer, pages that repeat or overrun
their total, and one client used across successive event loops."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import pytest

import altegio_b2b
from altegio_b2b import AltegioClient, apaginate, paginate
from altegio_b2b.api.chain_loyalty_programs import chain_loyalty_certificate_types_list as certificate_types
from altegio_b2b.api.clients import create_client_comment
from altegio_b2b.api.payments import get_account_list
from altegio_b2b.api.subscriptions_certificates import check_memberships_for_event
from altegio_b2b.models import CreateClientCommentBody
from conftest import PARTNER_TOKEN, USER_TOKEN
from hostile import MODES, catch, run, scan_exception, scanned_logs, smuggling
from http_server import Recorded, Reply, ScriptedServer, envelope, error_envelope

__all__ = ["scanned_logs"]


def _get(mode: str, client: AltegioClient) -> Any:
    return (lambda: get_account_list.sync_detailed(1, client=client),
            lambda: get_account_list.asyncio_detailed(1, client=client))  # fmt: skip


def _failure(mode: str, server: ScriptedServer, client: AltegioClient, reply: Reply) -> Exception:
    server.queue(reply)
    error = catch(mode, client, *_get(mode, client))
    assert scan_exception(error) == []
    return error


# -- numbers and nesting ------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("number", ["NaN", "Infinity", "-Infinity", "1e400", "-1e400", "1" * 400 + ".0"])
def test_numbers_json_cannot_hold_are_refused(
    server: ScriptedServer, client: AltegioClient, number: str, mode: str
) -> None:
    body = '{"success": true, "data": [{"id": 1, "title": "Cash", "balance": NUMBER}], "meta": []}'
    body = body.replace("NUMBER", number)
    error = _failure(mode, server, client, Reply(200, body))
    assert type(error) is altegio_b2b.ResponseFormatError, error
    assert "not valid JSON" in str(error)


@pytest.mark.parametrize("mode", MODES)
def test_big_but_finite_numbers_still_parse(server: ScriptedServer, client: AltegioClient, mode: str) -> None:
    server.queue(Reply(200, '{"success": true, "data": [{"id": 12345678901234567890, "title": "x"}], "meta": []}'))
    response = run(mode, client, *_get(mode, client))
    assert response.parsed[0].id == 12345678901234567890


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("status", [200, 500])
def test_nesting_too_deep_to_decode(server: ScriptedServer, client: AltegioClient, status: int, mode: str) -> None:
    client.retry_policy = altegio_b2b.RetryPolicy(max_retries=0)
    error = _failure(mode, server, client, Reply(status, "[" * 100_000 + "]" * 100_000))
    if status == 200:
        assert type(error) is altegio_b2b.ResponseFormatError
        assert "nested too deeply" in str(error)
    else:
        assert type(error) is altegio_b2b.ServerError
        assert "non-JSON error body" in str(error)


@pytest.mark.parametrize("mode", MODES)
def test_deep_but_decodable_error_details_still_print(server: ScriptedServer, client: AltegioClient, mode: str) -> None:
    deep = "[" * 900 + "]" * 900
    body = '{"success": false, "data": null, "meta": {"message": DEEP, "errors": {"x": DEEP}}}'.replace("DEEP", deep)
    error = _failure(mode, server, client, Reply(422, body))
    assert isinstance(error, altegio_b2b.ValidationError)
    assert "HTTP 422" in str(error) and repr(error)


@pytest.mark.parametrize("mode", MODES)
def test_a_body_that_is_not_utf8(server: ScriptedServer, client: AltegioClient, mode: str) -> None:
    error = _failure(mode, server, client, Reply(200, b'{"success": true, "data": ["\xff\xfe"]}'))
    assert type(error) is altegio_b2b.ResponseFormatError


# -- the envelope's success ---------------------------------------------------------------------------

NOT_BOOLEAN = {
    "missing": {"data": [{"id": 1, "title": "Cash"}], "meta": []},
    "string true": {"success": "true", "data": [{"id": 1, "title": "Cash"}], "meta": []},
    "one": {"success": 1, "data": [{"id": 1, "title": "Cash"}], "meta": []},
    "null": {"success": None, "data": [{"id": 1, "title": "Cash"}]},
    "string false": {"success": "false", "meta": {"message": "failed"}},
    "zero": {"success": 0, "data": None, "meta": []},
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("shape", list(NOT_BOOLEAN))
def test_success_that_is_not_a_boolean(server: ScriptedServer, client: AltegioClient, shape: str, mode: str) -> None:
    error = _failure(mode, server, client, Reply(200, NOT_BOOLEAN[shape]))
    assert type(error) is altegio_b2b.ResponseFormatError, error
    assert "does not say whether the call worked" in str(error)
    assert error.data == NOT_BOOLEAN[shape]  # what came is kept for the user to judge


@pytest.mark.parametrize("mode", MODES)
def test_an_error_status_wins_over_success(server: ScriptedServer, client: AltegioClient, mode: str) -> None:
    error = _failure(mode, server, client, Reply(404, {"success": "true", "data": [], "meta": {"message": "gone"}}))
    assert type(error) is altegio_b2b.NotFoundError and error.message == "gone"


@pytest.mark.parametrize("mode", MODES)
def test_a_body_with_data_but_no_envelope_keys_is_the_model(
    server: ScriptedServer, client: AltegioClient, mode: str
) -> None:
    # JSON:API-style answers have `data` (and `included`): they are not Altegio's envelope.
    body = {"data": {"id": "7", "type": "abonement"}, "included": []}
    server.queue(Reply(200, body))
    response = run(mode, client, lambda: check_memberships_for_event.sync_detailed(1, 2, 3, event_id=4,
                                                                                  schedule_day_ids="5", client=client),
                   lambda: check_memberships_for_event.asyncio_detailed(1, 2, 3, event_id=4, schedule_day_ids="5",
                                                                        client=client))  # fmt: skip
    assert response.enveloped is False and response.meta is None
    assert type(response.parsed).__name__ == "CheckMembershipsForEventResponse200"
    assert response.parsed.data.id == "7" and response.parsed.additional_properties == {"included": []}


# -- a bodiless status carrying bytes ---------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("status", ["204 No Content", "304 Not Modified"])
@pytest.mark.parametrize("then", ["GET", "POST"])
def test_a_smuggled_answer_never_reaches_the_next_call(
    server: ScriptedServer, client: AltegioClient, status: str, then: str, mode: str
) -> None:
    client.retry_policy = altegio_b2b.RetryPolicy(max_retries=0)
    smuggled = envelope([{"id": 666, "title": "SMUGGLED"}]) if then == "GET" else error_envelope("smuggled failure")
    server.queue(Reply(raw=smuggling(status, smuggled)))
    server.queue(Reply(200, envelope([{"id": 1, "title": "legit"}])) if then == "GET" else
                 Reply(201, envelope({"id": 9, "text": "legit"})))  # fmt: skip
    body = CreateClientCommentBody(text="legit")

    async def both() -> tuple[Any, Any]:
        try:
            first: Any = await get_account_list.asyncio_detailed(1, client=client)
        except altegio_b2b.AltegioApiError as error:  # 304: no conditional request was sent
            first = error
        if then == "GET":
            return first, await get_account_list.asyncio(1, client=client)
        return first, await create_client_comment.asyncio(1, 2, client=client, body=body)

    def both_sync() -> tuple[Any, Any]:
        try:
            first: Any = get_account_list.sync_detailed(1, client=client)
        except altegio_b2b.AltegioApiError as error:
            first = error
        if then == "GET":
            return first, get_account_list.sync(1, client=client)
        return first, create_client_comment.sync(1, 2, client=client, body=body)

    first, second = run(mode, client, both_sync, both)
    assert first.status_code == int(status[:3])
    assert first.parsed is None if status.startswith("204") else type(first) is altegio_b2b.AltegioApiError
    if then == "GET":
        assert [a.title for a in second] == ["legit"]
    else:
        assert second.text == "legit"  # the POST the server performed is reported as done
    assert server.connections == 2  # the connection that carried the smuggled bytes was dropped


@pytest.mark.parametrize("mode", MODES)
def test_an_honest_204_keeps_the_connection(server: ScriptedServer, client: AltegioClient, mode: str) -> None:
    server.queue(Reply(204, b""), Reply(200, envelope([])))

    async def twice() -> None:
        await get_account_list.asyncio(1, client=client)
        await get_account_list.asyncio(1, client=client)

    run(mode, client, lambda: [get_account_list.sync(1, client=client) for _ in range(2)], twice)
    assert server.connections == 1


# -- pagination -----------------------------------------------------------------------------------------

PAGE = [{"id": i, "title": f"type {i}"} for i in range(3)]


def _collect(mode: str, client: AltegioClient) -> tuple[list[int], Exception | None]:
    """The ids yielded before iteration ended, and the error that ended it (None if none)."""
    got: list[int] = []

    def sync() -> None:
        for item in paginate(certificate_types, 1, client=client, page_size=3):
            got.append(item.id)

    async def asynchronous() -> None:
        async for item in apaginate(certificate_types, 1, client=client, page_size=3):
            got.append(item.id)

    try:
        run(mode, client, sync, asynchronous)
    except altegio_b2b.AltegioError as error:
        return got, error
    return got, None


@pytest.mark.parametrize("mode", MODES)
def test_a_server_ignoring_page_is_caught(server: ScriptedServer, client: AltegioClient, mode: str) -> None:
    server.default = lambda request: Reply(200, envelope(PAGE))
    got, error = _collect(mode, client)
    assert isinstance(error, altegio_b2b.PaginationError) and error.page == 2
    assert "repeats page 1" in str(error)
    assert got == [0, 1, 2] and len(server.requests) == 2


@pytest.mark.parametrize("mode", MODES)
def test_items_past_the_announced_total(server: ScriptedServer, client: AltegioClient, mode: str) -> None:
    def pages(request: Recorded) -> Reply:
        page = int(dict(request.query)["page"])
        return Reply(200, envelope([{"id": page * 10 + i, "title": "t"} for i in range(3)], {"total_count": 4}))

    server.default = pages
    got, error = _collect(mode, client)
    assert isinstance(error, altegio_b2b.PaginationError) and "past the total of 4" in str(error)
    assert got == [10, 11, 12]  # the page that overran is not yielded


@pytest.mark.parametrize("mode", MODES)
def test_a_page_that_is_not_a_list(server: ScriptedServer, client: AltegioClient, mode: str) -> None:
    server.default = lambda request: Reply(200, envelope(None))
    assert _collect(mode, client) == ([], None)  # data: null is an empty page
    server.default = lambda request: Reply(200, envelope({"id": 1}))
    got, error = _collect(mode, client)
    assert isinstance(error, altegio_b2b.ResponseFormatError) and got == []


# -- event loops -------------------------------------------------------------------------------------------


def test_one_client_across_successive_event_loops(server: ScriptedServer) -> None:
    server.default = lambda request: Reply(200, envelope([{"id": 1, "title": "Cash"}]))
    client = AltegioClient(PARTNER_TOKEN, USER_TOKEN, base_url=server.url, rate_limiter=None, max_retries=0)

    async def call() -> int:
        return len(await get_account_list.asyncio(1, client=client) or [])

    # No aclose() in between: each loop's pool stays with its loop.
    assert [asyncio.run(call()) for _ in range(3)] == [1, 1, 1]
    assert len(server.requests) == 3


def test_one_client_in_event_loops_on_several_threads(server: ScriptedServer) -> None:
    server.default = lambda request: Reply(200, envelope([{"id": 1, "title": "Cash"}]))
    client = AltegioClient(PARTNER_TOKEN, USER_TOKEN, base_url=server.url, rate_limiter=None, max_retries=0)
    results: list[int] = []

    async def calls() -> None:
        for _ in range(5):
            results.append(len(await get_account_list.asyncio(1, client=client) or []))
        await client.aclose()

    threads = [threading.Thread(target=asyncio.run, args=(calls(),)) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert results == [1] * 20
