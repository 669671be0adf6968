"""Escape hatches and logging: user-supplied httpx clients keep auth, unwrapping, retries and the
limiter; ALTEGIO_LOG turns request logging on; the log line has what an operator needs."""

from __future__ import annotations

import os
import subprocess
import sys

import httpx
import pytest

from altegio_b2b import AltegioClient, Rate, RateLimiter
from altegio_b2b.api.payments import get_account_list
from conftest import PARTNER_TOKEN, USER_TOKEN, SleepRecorder
from http_server import Reply, ScriptedServer, envelope


def test_custom_transport_keeps_auth_unwrapping_retries_and_limiter(sleeps: SleepRecorder) -> None:
    seen: list[httpx.Request] = []
    answers = iter([httpx.Response(503), httpx.Response(200, json=envelope([{"id": 3, "title": "Card"}]))])

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return next(answers)

    hooked: list[str] = []
    limiter = RateLimiter(Rate(10, 1.0))
    client = AltegioClient(
        PARTNER_TOKEN,
        USER_TOKEN,
        httpx_client=httpx.Client(
            transport=httpx.MockTransport(handler), event_hooks={"request": [lambda r: hooked.append(r.url.path)]}
        ),
        rate_limiter=limiter,
        sleep=sleeps,
    )
    accounts = get_account_list.sync(1, client=client)
    assert [a.id for a in accounts or []] == [3]
    assert len(seen) == 2 and len(sleeps.calls) == 1
    assert seen[0].headers["authorization"] == f"Bearer {PARTNER_TOKEN}, User {USER_TOKEN}"
    assert str(seen[0].url) == "https://api.alteg.io/api/v1/accounts/1"
    assert hooked == ["/api/v1/accounts/1"] * 2
    client.close()  # a user-supplied client is the user's to close
    assert not client.get_httpx_client().is_closed


def test_connections_are_reused(server: ScriptedServer, client: AltegioClient) -> None:
    server.default = lambda request: Reply(200, envelope([]))
    for _ in range(5):
        get_account_list.sync(1, client=client)
    assert len(server.requests) == 5
    assert server.connections == 1  # one keep-alive connection served all five


@pytest.mark.parametrize("level", ["debug", "info"])
def test_altegio_log_env_var(server: ScriptedServer, level: str) -> None:
    server.default = lambda request: Reply(200, envelope([]))
    code = (
        "from altegio_b2b import AltegioClient\n"
        "from altegio_b2b.api.payments import get_account_list\n"
        f"c = AltegioClient({PARTNER_TOKEN!r}, {USER_TOKEN!r}, base_url={server.url!r}, rate_limiter=None)\n"
        "get_account_list.sync(12, client=c)\n"
    )
    env = {**os.environ, "ALTEGIO_LOG": level}
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert "altegio_b2b INFO GET /api/v1/accounts/12 -> HTTP 200 in" in result.stderr
    assert "(attempt 1)" in result.stderr
    assert PARTNER_TOKEN not in result.stderr and USER_TOKEN not in result.stderr
