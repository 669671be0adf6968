"""Dual auth, partner-only operations, fail-fast without a user token, login, token changes."""

from __future__ import annotations

import asyncio

import pytest

import altegio_b2b
from altegio_b2b import AltegioClient
from altegio_b2b.api.chain_management import get_chain_list
from altegio_b2b.api.payments import get_account_list
from conftest import PARTNER_TOKEN, USER_TOKEN
from http_server import Reply, ScriptedServer, envelope

USER = {"id": 7, "user_token": "fresh-user-SECRET-123", "name": "Ann", "login": "+13155550175"}


def _client(server: ScriptedServer, user_token: str | None = None) -> AltegioClient:
    return AltegioClient(PARTNER_TOKEN, user_token, base_url=server.url, rate_limiter=None)


def test_partner_only_header_without_user_token(server: ScriptedServer) -> None:
    server.queue(Reply(200, envelope([])))
    get_chain_list.sync(client=_client(server))
    assert server.requests[0].headers["authorization"] == f"Bearer {PARTNER_TOKEN}"


def test_partner_scheme_operation_still_carries_a_set_user_token(server: ScriptedServer) -> None:
    server.queue(Reply(200, envelope([])))
    get_chain_list.sync(client=_client(server, USER_TOKEN))
    assert server.requests[0].headers["authorization"] == f"Bearer {PARTNER_TOKEN}, User {USER_TOKEN}"


def test_relogin_sends_partner_token_only(server: ScriptedServer) -> None:
    client = _client(server, "stale-user-SECRET")
    server.queue(Reply(201, envelope(USER)))
    client.login("+13155550175", "new-pa55word")
    assert server.requests[0].headers["authorization"] == f"Bearer {PARTNER_TOKEN}"
    assert client.user_token == USER["user_token"]


def test_user_operation_without_user_token_fails_before_sending(server: ScriptedServer) -> None:
    with pytest.raises(altegio_b2b.MissingUserTokenError) as caught:
        get_account_list.sync(123, client=_client(server))
    assert "get_account_list" in str(caught.value)
    assert "login(" in str(caught.value)
    assert server.requests == []


async def test_async_user_operation_without_user_token_fails_before_sending(server: ScriptedServer) -> None:
    with pytest.raises(altegio_b2b.MissingUserTokenError):
        await get_account_list.asyncio(123, client=_client(server))
    assert server.requests == []


def test_login_then_dual_auth(server: ScriptedServer) -> None:
    client = _client(server)
    server.queue(Reply(201, envelope(USER)), Reply(200, envelope([])))
    user = client.login("+13155550175", "pa55word")
    assert user.user_token == USER["user_token"]
    assert user.name == "Ann"
    get_account_list.sync(123, client=client)
    auth, accounts = server.requests
    assert (auth.method, auth.path) == ("POST", "/api/v1/auth")
    assert auth.headers["authorization"] == f"Bearer {PARTNER_TOKEN}"
    assert auth.json() == {"login": "+13155550175", "password": "pa55word"}
    assert accounts.headers["authorization"] == f"Bearer {PARTNER_TOKEN}, User {USER['user_token']}"


async def test_alogin_then_dual_auth(server: ScriptedServer) -> None:
    client = _client(server)
    server.queue(Reply(201, envelope(USER)), Reply(200, envelope([])))
    await client.alogin("owner@example.com", "pa55word")
    await get_account_list.asyncio(123, client=client)
    assert server.requests[1].headers["authorization"].endswith(f"User {USER['user_token']}")
    await client.aclose()


def test_login_failure_is_typed_and_keeps_no_token(server: ScriptedServer) -> None:
    client = _client(server)
    server.queue(Reply(401, {"success": False, "data": None, "meta": {"message": "Wrong login or password"}}))
    with pytest.raises(altegio_b2b.AuthenticationError, match="Wrong login or password"):
        client.login("+13155550175", "bad")
    assert not client.has_user_token


def test_token_change_applies_to_next_request_sync_and_async(server: ScriptedServer) -> None:
    client = _client(server, USER_TOKEN)
    server.queue(*(Reply(200, envelope([])) for _ in range(3)))
    get_account_list.sync(123, client=client)
    client.user_token = "rotated-SECRET-1"
    get_account_list.sync(123, client=client)

    async def later() -> None:
        client.user_token = "rotated-SECRET-2"
        await get_account_list.asyncio(123, client=client)
        await client.aclose()

    asyncio.run(later())
    users = [r.headers["authorization"].rsplit("User ", 1)[1] for r in server.requests]
    assert users == [USER_TOKEN, "rotated-SECRET-1", "rotated-SECRET-2"]


def test_from_env(server: ScriptedServer) -> None:
    env = {"ALTEGIO_PARTNER_TOKEN": PARTNER_TOKEN, "ALTEGIO_USER_TOKEN": USER_TOKEN, "ALTEGIO_BASE_URL": server.url}
    client = AltegioClient.from_env(env, rate_limiter=None)
    server.queue(Reply(200, envelope([])))
    get_account_list.sync(1, client=client)
    assert server.requests[0].headers["authorization"] == f"Bearer {PARTNER_TOKEN}, User {USER_TOKEN}"


def test_from_env_without_partner_token() -> None:
    with pytest.raises(altegio_b2b.AltegioError, match="ALTEGIO_PARTNER_TOKEN"):
        AltegioClient.from_env({})


def test_fixed_headers(server: ScriptedServer) -> None:
    server.queue(Reply(200, envelope([])))
    get_account_list.sync(1, client=_client(server, USER_TOKEN))
    headers = server.requests[0].headers
    assert headers["accept"] == "application/vnd.api.v2+json"
    assert headers["user-agent"] == f"altegio-b2b/{altegio_b2b.__version__} (python; httpx/0.28.1)"
