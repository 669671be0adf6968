"""Fault injection on a real loopback server: which calls are retried, how often, how long we
wait, what is raised when retries run out, and that no write is ever sent twice."""

from __future__ import annotations

import asyncio
import email.utils
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

import altegio_b2b
from altegio_b2b import AltegioClient, RequestOptions, RetryPolicy
from altegio_b2b.api.chain_loyalty_programs import chain_loyalty_certificate_types_delete
from altegio_b2b.api.clients import create_client_comment
from altegio_b2b.api.payments import get_account_list
from altegio_b2b.models import CreateClientCommentBody
from conftest import PARTNER_TOKEN, USER_TOKEN, SleepRecorder
from http_server import Reply, ScriptedServer, envelope, error_envelope
from report import Report

OK_LIST = Reply(200, envelope([{"id": 1, "title": "Cash"}]))
OK_COMMENT = Reply(201, envelope({"id": 9, "text": "Prefers mornings"}))


def _comment() -> CreateClientCommentBody:
    return CreateClientCommentBody(text="Prefers mornings")


@dataclass
class Case:
    name: str
    method: str  # GET (idempotent) or POST (not)
    replies: list[Reply]
    attempts: int  # requests the server should see
    outcome: type[Exception] | None  # None: success
    wait: tuple[float, float]  # bounds of the total time slept


HTML_503 = Reply(503, "<html>busy</html>", {"Content-Type": "text/html"})
CASES = [
    Case("429 with Retry-After, GET", "GET", [Reply(429, error_envelope("slow"), {"Retry-After": "3"}), OK_LIST],
         2, None, (3.0, 3.0)),
    Case("429 without Retry-After, GET", "GET", [Reply(429, error_envelope("slow")), OK_LIST],
         2, None, (0.375, 0.625)),
    Case("429 with Retry-After, POST", "POST", [Reply(429, error_envelope("slow"), {"Retry-After": "2"}), OK_COMMENT],
         2, None, (2.0, 2.0)),
    Case("502/503/504 burst, GET", "GET", [Reply(502, b""), HTML_503, OK_LIST], 3, None, (1.125, 1.875)),
    Case("504 burst exhausts retries, GET", "GET", [Reply(504, b"")] * 3, 3, altegio_b2b.ServerError, (1.125, 1.875)),
    Case("503 on POST is not retried", "POST", [HTML_503], 1, altegio_b2b.ServerError, (0.0, 0.0)),
    Case("502 on POST is not retried", "POST", [Reply(502, b"")], 1, altegio_b2b.ServerError, (0.0, 0.0)),
    Case("reset before body read, GET", "GET", [Reply(reset_before_body=True), OK_LIST], 1, None, (0.375, 0.625)),
    Case("reset after body read, GET", "GET", [Reply(reset_after_body=True), OK_LIST], 2, None, (0.375, 0.625)),
    Case("reset before body read, POST", "POST", [Reply(reset_before_body=True)], 0, altegio_b2b.TransportError,
         (0.0, 0.0)),
    Case("reset after body read, POST", "POST", [Reply(reset_after_body=True)], 1, altegio_b2b.TransportError,
         (0.0, 0.0)),
    Case("read timeout, GET", "GET", [Reply(delay=1.2), OK_LIST], 2, None, (0.375, 0.625)),
    Case("read timeout, POST", "POST", [Reply(delay=1.2)], 1, altegio_b2b.APITimeoutError, (0.0, 0.0)),
    Case("truncated JSON, GET", "GET", [Reply(200, envelope([{"id": 1}]), truncate_to=20), OK_LIST], 2, None,
         (0.375, 0.625)),
    Case("HTML error page 500, GET", "GET", [Reply(500, "<html>oops</html>", {"Content-Type": "text/html"})], 1,
         altegio_b2b.ServerError, (0.0, 0.0)),
    Case("success:false with 200, POST", "POST", [Reply(200, error_envelope("Client archived"))], 1,
         altegio_b2b.AltegioApiError, (0.0, 0.0)),
]  # fmt: skip


def _client(server: ScriptedServer, sleeps: SleepRecorder, **kwargs: Any) -> AltegioClient:
    kwargs.setdefault("retry_policy", RetryPolicy(max_retries=2, backoff_initial=0.5, jitter=0.25))
    return AltegioClient(
        PARTNER_TOKEN, USER_TOKEN, base_url=server.url, rate_limiter=None, timeout=0.6,
        sleep=sleeps, async_sleep=sleeps.async_sleep, **kwargs,
    )  # fmt: skip


def _operation(method: str) -> Callable[[AltegioClient], Any]:
    if method == "GET":
        return lambda client: get_account_list.sync(1, client=client)
    return lambda client: create_client_comment.sync(1, 2, client=client, body=_comment())


def _async_operation(method: str) -> Callable[[AltegioClient], Any]:
    async def call(client: AltegioClient) -> Any:
        try:
            if method == "GET":
                return await get_account_list.asyncio(1, client=client)
            return await create_client_comment.asyncio(1, 2, client=client, body=_comment())
        finally:
            await client.aclose()

    return lambda client: asyncio.run(call(client))


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_fault(server: ScriptedServer, sleeps: SleepRecorder, report: Report, case: Case, mode: str) -> None:
    server.queue(*case.replies)
    call = (_operation if mode == "sync" else _async_operation)(case.method)
    client = _client(server, sleeps)
    if case.outcome is None:
        assert call(client) is not None
    else:
        with pytest.raises(case.outcome):
            call(client)
    seen = [r for r in server.requests if r.method == case.method]
    assert len(seen) == case.attempts
    # A 429 is refused unprocessed; every other POST the server saw may have written something.
    refused = sum(1 for reply in case.replies[: len(seen)] if reply.status == 429)
    duplicated_writes = max(0, len(seen) - refused - 1) if case.method == "POST" else 0
    assert duplicated_writes == 0
    low, high = case.wait
    assert low <= sum(sleeps.calls) <= high, sleeps.calls
    outcome = "ok" if case.outcome is None else case.outcome.__name__
    row = f"{mode:5} | {case.name:34} | seen by server {len(seen)} | slept {sum(sleeps.calls):.2f} s | {outcome}"
    report.fault_rows.append((row, duplicated_writes))


def test_connect_error_is_retried_even_for_post(sleeps: SleepRecorder) -> None:
    client = AltegioClient(PARTNER_TOKEN, USER_TOKEN, base_url="http://127.0.0.1:9/api/v1", rate_limiter=None,
                           sleep=sleeps, retry_policy=RetryPolicy(max_retries=3))  # fmt: skip
    with pytest.raises(altegio_b2b.TransportError) as caught:
        create_client_comment.sync(1, 2, client=client, body=_comment())
    assert caught.value.attempts == 4
    assert len(sleeps.calls) == 3
    assert "ConnectError" in str(caught.value)


def test_retry_after_http_date(server: ScriptedServer, sleeps: SleepRecorder) -> None:
    when = email.utils.formatdate(time.time() + 30, usegmt=True)
    server.queue(Reply(503, error_envelope("maintenance"), {"Retry-After": when}), OK_LIST)
    get_account_list.sync(1, client=_client(server, sleeps))
    assert 28.0 <= sleeps.calls[0] <= 30.0


def test_retry_after_beyond_the_cap_raises_at_once(server: ScriptedServer, sleeps: SleepRecorder) -> None:
    server.queue(Reply(429, error_envelope("slow"), {"Retry-After": "3600"}))
    with pytest.raises(altegio_b2b.RateLimitError) as caught:
        get_account_list.sync(1, client=_client(server, sleeps))
    assert caught.value.retry_after == 3600.0
    assert sleeps.calls == []


def test_per_call_override_and_disable(server: ScriptedServer, sleeps: SleepRecorder) -> None:
    client = _client(server, sleeps)
    server.queue(Reply(503, b""), OK_LIST)
    with pytest.raises(altegio_b2b.ServerError):
        get_account_list.sync(1, client=client, options=RequestOptions(max_retries=0))
    assert len(server.requests) == 1
    server.queue(*[Reply(503, b"")] * 5, OK_LIST)
    assert get_account_list.sync(1, client=client, options=RequestOptions(max_retries=5)) is not None
    disabled = _client(server, sleeps, max_retries=0)
    server.queue(Reply(503, b""))
    with pytest.raises(altegio_b2b.ServerError):
        get_account_list.sync(1, client=disabled)


def test_per_call_timeout(server: ScriptedServer, sleeps: SleepRecorder) -> None:
    client = _client(server, sleeps, max_retries=0)
    server.queue(Reply(200, envelope([]), delay=0.5))
    assert get_account_list.sync(1, client=client, options=RequestOptions(timeout=2.0)) == []
    server.queue(Reply(200, envelope([]), delay=0.5))
    with pytest.raises(altegio_b2b.APITimeoutError):
        get_account_list.sync(1, client=client, options=RequestOptions(timeout=0.1))


def test_delete_is_retried_as_idempotent(server: ScriptedServer, sleeps: SleepRecorder) -> None:
    server.queue(Reply(502, b""), Reply(200, envelope(None)))
    chain_loyalty_certificate_types_delete.sync(1, 2, client=_client(server, sleeps))
    assert [r.method for r in server.requests] == ["DELETE", "DELETE"]


def test_backoff_is_exponential_capped_and_jittered() -> None:
    policy = RetryPolicy(backoff_initial=0.5, backoff_max=4.0, jitter=0.25)
    for attempt, base in [(1, 0.5), (2, 1.0), (3, 2.0), (4, 4.0), (5, 4.0), (9, 4.0)]:
        delays = [policy.backoff(attempt) for _ in range(200)]
        assert all(base * 0.75 <= d <= base * 1.25 for d in delays)
        assert len(set(delays)) > 1  # jitter spreads retries of many clients
