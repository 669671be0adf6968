"""The reference payloads of ../shared/altegio/README.md, end to end over real HTTP, sync and async."""

from __future__ import annotations

from typing import Any

import pytest

from altegio_b2b import AltegioClient
from altegio_b2b.api.chain_loyalty_programs import (
    chain_loyalty_certificate_types_delete,
    create_chain_loyalty_program,
)
from altegio_b2b.api.services import patch_service
from altegio_b2b.models import CreateChainLoyaltyProgramBody, CreateChainLoyaltyProgramInclude, PatchServiceBody
from conftest import PARTNER_TOKEN, USER_TOKEN
from http_server import Recorded, Reply, ScriptedServer, envelope

PROMOTION_REQUEST: dict[str, Any] = {
    "title": "Autumn loyalty",
    "type": "discount_accumulative_paid",
    "service_item_type": "custom_allowed",
    "good_item_type": "not_allowed",
    "allowed_service_ids": [53, 92],
    "value_unit": "percent",
    "expiration_timeout": 6,
    "expiration_timeout_unit": "month",
    "params_source_type": "chain",
    "history_start_date": "2026-09-21",
    "loyalty_card_type_ids": [11, 12],
    "on_changed_notification_template": {"type": "custom", "body": "Your discount is now {discount}%"},
    "rules": [{"parameter": 1000, "value": 5, "service_id": 53}],
    "company_ids": [1001, 1002],
}

PROMOTION_DATA: dict[str, Any] = {
    **{k: v for k, v in PROMOTION_REQUEST.items() if k != "on_changed_notification_template"},
    "id": 4242,
    "on_changed_notification_template_id": 77,
    "on_changed_notification_template": {
        "id": 77,
        "type": "custom",
        "body": "Your discount is now {discount}%",
        "message_type": "loyalty_discount_changed",
    },
    "companies": [{"id": 1001, "title": "Downtown"}, {"id": 1002, "title": "Uptown"}],
    "applicable_items": [{"id": 53, "type": "service"}],
}


def _promotion_server(server: ScriptedServer) -> None:
    server.queue(Reply(201, envelope(PROMOTION_DATA, {"message": "Created"})))


def _assert_promotion_request(request: Recorded) -> None:
    assert request.method == "POST"
    assert request.path == "/api/v1/chain/706028/loyalty/programs"
    assert request.query == [("include", "applicable_items")]
    assert request.headers["authorization"] == f"Bearer {PARTNER_TOKEN}, User {USER_TOKEN}"
    assert request.headers["accept"] == "application/vnd.api.v2+json"
    assert request.headers["content-type"] == "application/json"
    assert request.headers["user-agent"].startswith("altegio-b2b/")
    assert request.json() == PROMOTION_REQUEST


def _assert_promotion_result(promotion: Any) -> None:
    assert promotion.id == 4242
    assert promotion.title == "Autumn loyalty"
    assert promotion.type_.value == "discount_accumulative_paid"
    assert promotion.on_changed_notification_template_id == 77
    assert promotion.on_changed_notification_template.id == 77
    assert promotion.on_changed_notification_template.message_type.value == "loyalty_discount_changed"
    assert [c.id for c in promotion.companies] == [1001, 1002]
    assert promotion.rules[0].service_id == 53
    assert promotion.applicable_items[0].id == 53
    assert str(promotion.history_start_date) == "2026-09-21"


def test_create_chain_promotion_sync(server: ScriptedServer, client: AltegioClient) -> None:
    _promotion_server(server)
    response = create_chain_loyalty_program.sync_detailed(
        706028,
        client=client,
        body=CreateChainLoyaltyProgramBody.from_dict(PROMOTION_REQUEST),
        include=CreateChainLoyaltyProgramInclude.APPLICABLE_ITEMS,
    )
    (request,) = server.requests
    _assert_promotion_request(request)
    assert response.status_code == 201
    assert response.meta == {"message": "Created"}
    assert response.enveloped is True
    _assert_promotion_result(response.parsed)


async def test_create_chain_promotion_async(server: ScriptedServer, client: AltegioClient) -> None:
    _promotion_server(server)
    promotion = await create_chain_loyalty_program.asyncio(
        706028,
        client=client,
        body=CreateChainLoyaltyProgramBody.from_dict(PROMOTION_REQUEST),
        include=CreateChainLoyaltyProgramInclude.APPLICABLE_ITEMS,
    )
    (request,) = server.requests
    _assert_promotion_request(request)
    _assert_promotion_result(promotion)
    await client.aclose()


@pytest.mark.parametrize("meta", [[], {}])
def test_delete_certificate_type_returns_none(server: ScriptedServer, client: AltegioClient, meta: Any) -> None:
    server.queue(Reply(200, {"success": True, "data": None, "meta": meta}))
    response = chain_loyalty_certificate_types_delete.sync_detailed(706028, 289056, client=client)
    (request,) = server.requests
    assert (request.method, request.path, request.body) == (
        "DELETE",
        "/api/v1/chain/706028/loyalty/certificate_types/289056",
        b"",
    )
    assert response.parsed is None
    assert response.meta == meta


async def test_delete_certificate_type_async(server: ScriptedServer, client: AltegioClient) -> None:
    server.queue(Reply(200, {"success": True, "data": None, "meta": []}))
    response = await chain_loyalty_certificate_types_delete.asyncio_detailed(706028, 289056, client=client)
    assert response.parsed is None
    assert server.requests[0].method == "DELETE"
    await client.aclose()


def test_a_patch_sends_only_the_fields_set(server: ScriptedServer, client: AltegioClient) -> None:
    """PATCH bodies are partial (the vendor document requires 14 fields of patch_service): the
    server receives the fields given, an explicit None as null, and nothing else."""
    server.queue(Reply(200, envelope({"id": 2, "title": "Haircut"})))
    body = PatchServiceBody(title="Haircut", price_min=10.5, technical_break_duration=None)
    patch_service.sync(706028, 2, client=client, body=body)
    (request,) = server.requests
    assert (request.method, request.path) == ("PATCH", "/api/v1/services/706028/2")
    assert request.headers["content-type"] == "application/json"
    assert request.json() == {"title": "Haircut", "price_min": 10.5, "technical_break_duration": None}
