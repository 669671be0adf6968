"""Server errors become typed exceptions carrying status, message, field errors; sync and async."""

from __future__ import annotations

from typing import Any

import pytest

import altegio_b2b
from altegio_b2b import AltegioClient
from altegio_b2b.api.payments import get_account_list
from altegio_b2b.types import Unset
from http_server import Reply, ScriptedServer, envelope, error_envelope

CASES: list[tuple[int, dict[str, str], type[altegio_b2b.AltegioApiError]]] = [
    (400, {}, altegio_b2b.BadRequestError),
    (401, {}, altegio_b2b.UnauthorizedError),
    (403, {}, altegio_b2b.PermissionDeniedError),
    (404, {}, altegio_b2b.NotFoundError),
    (422, {}, altegio_b2b.ValidationError),
    (429, {"Retry-After": "7"}, altegio_b2b.RateLimitError),
    (500, {}, altegio_b2b.ServerError),
]


def _call(client: AltegioClient, use_async: bool) -> Any:
    if use_async:
        import asyncio

        async def run() -> Any:
            try:
                return await get_account_list.asyncio(123, client=client)
            finally:
                await client.aclose()

        return asyncio.run(run())
    return get_account_list.sync(123, client=client)


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize(("status", "headers", "cls"), CASES, ids=[str(c[0]) for c in CASES])
def test_error_envelopes(
    server: ScriptedServer,
    client: AltegioClient,
    status: int,
    headers: dict[str, str],
    cls: type[altegio_b2b.AltegioApiError],
    use_async: bool,
) -> None:
    client.retry_policy = altegio_b2b.RetryPolicy(max_retries=0)
    field_errors = {"title": ["is required"]} if status == 422 else None
    server.queue(Reply(status, error_envelope(f"failure {status}", field_errors), headers))
    with pytest.raises(cls) as caught:
        _call(client, use_async)
    error = caught.value
    assert type(error) is cls
    assert error.status_code == status
    assert error.message == f"failure {status}"
    assert error.errors == (field_errors or {})
    assert error.meta["message"] == f"failure {status}"
    assert error.method == "GET"
    assert error.url.endswith("/api/v1/accounts/123")
    assert b"failure" in error.body
    assert f"HTTP {status}" in str(error)
    if status == 429:
        assert isinstance(error, altegio_b2b.RateLimitError)
        assert error.retry_after == 7.0


def test_success_false_with_http_200(server: ScriptedServer, client: AltegioClient) -> None:
    server.queue(Reply(200, error_envelope("Location is archived", {"location_id": "archived"})))
    with pytest.raises(altegio_b2b.ValidationError) as caught:
        get_account_list.sync(123, client=client)
    assert caught.value.status_code == 200
    assert caught.value.message == "Location is archived"
    assert caught.value.errors == {"location_id": "archived"}


def test_success_false_without_field_errors(server: ScriptedServer, client: AltegioClient) -> None:
    server.queue(Reply(200, {"success": False, "data": None, "meta": {"message": "Nope"}}))
    with pytest.raises(altegio_b2b.AltegioApiError, match="Nope") as caught:
        get_account_list.sync(123, client=client)
    assert type(caught.value) is altegio_b2b.AltegioApiError


def test_html_502_page(server: ScriptedServer, client: AltegioClient) -> None:
    client.retry_policy = altegio_b2b.RetryPolicy(max_retries=0)
    page = "<html><body><h1>502 Bad Gateway</h1></body></html>"
    server.queue(Reply(502, page, {"Content-Type": "text/html"}))
    with pytest.raises(altegio_b2b.ServerError) as caught:
        get_account_list.sync(123, client=client)
    assert caught.value.status_code == 502
    assert "non-JSON error body" in caught.value.message
    assert "502 Bad Gateway" in caught.value.message
    assert caught.value.body == page.encode()


def test_html_page_with_200_is_a_format_error(server: ScriptedServer, client: AltegioClient) -> None:
    server.queue(Reply(200, "<html>maintenance</html>", {"Content-Type": "text/html"}))
    with pytest.raises(altegio_b2b.ResponseFormatError, match="not valid JSON"):
        get_account_list.sync(123, client=client)


def test_truncated_json(server: ScriptedServer, client: AltegioClient) -> None:
    body = b'{"success": true, "data": [{"id": 1, "title": "Cash"'
    server.queue(Reply(200, body))
    with pytest.raises(altegio_b2b.ResponseFormatError) as caught:
        get_account_list.sync(123, client=client)
    assert caught.value.body == body


def test_data_that_does_not_fit_the_model_keeps_the_data(server: ScriptedServer, client: AltegioClient) -> None:
    server.queue(Reply(200, envelope({"unexpected": "object instead of a list"})))
    with pytest.raises(altegio_b2b.ResponseFormatError) as caught:
        get_account_list.sync(123, client=client)
    assert caught.value.data == {"unexpected": "object instead of a list"}


@pytest.mark.parametrize("meta", [[], {}, {"count": 2, "total_count": 2}])
def test_meta_shapes(server: ScriptedServer, client: AltegioClient, meta: Any) -> None:
    server.queue(Reply(200, envelope([{"id": 1, "title": "Cash", "type": 0}, {"id": 2, "title": "Card"}], meta)))
    response = get_account_list.sync_detailed(123, client=client)
    assert response.meta == meta
    assert [a.title for a in response.parsed or []] == ["Cash", "Card"]


def test_bare_body_without_envelope(server: ScriptedServer, client: AltegioClient) -> None:
    server.queue(Reply(200, [{"id": 5, "title": "Bank"}]))
    response = get_account_list.sync_detailed(123, client=client)
    assert response.enveloped is False
    assert response.meta is None
    assert [a.id for a in response.parsed or []] == [5]


def test_empty_204(server: ScriptedServer, client: AltegioClient) -> None:
    from altegio_b2b.api.products import delete_product

    server.queue(Reply(204, b""))
    response = delete_product.sync_detailed(1, 2, client=client)
    assert response.status_code == 204
    assert response.parsed is None


def test_an_enum_value_the_spec_does_not_list_still_parses(server: ScriptedServer, client: AltegioClient) -> None:
    from altegio_b2b.api.chain_loyalty_programs import get_chain_loyalty_program

    server.queue(Reply(200, envelope({"id": 5, "type": "brand_new_program_type", "value_unit": "percent"})))
    program = get_chain_loyalty_program.sync(1, 5, client=client)
    assert program is not None
    type_, unit = program.type_, program.value_unit
    assert not isinstance(type_, Unset) and not isinstance(unit, Unset)
    assert type_ == "brand_new_program_type" and not type_.is_known
    assert unit.is_known
    assert program.to_dict()["type"] == "brand_new_program_type"  # nothing lost on the way back
