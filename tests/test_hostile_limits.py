"""Hostile input, sizes and time: a body dripped a byte at a time, headers that never come, an
endless chunked body, an announced 10 GB body, a gzip bomb, encodings nobody asked for."""

from __future__ import annotations

import json
import tracemalloc
import zlib
from collections.abc import Callable
from typing import Any

import httpx
import pytest

import altegio_b2b
from altegio_b2b import AltegioClient, RequestOptions, RetryPolicy
from altegio_b2b.api.clients import create_client_comment
from altegio_b2b.api.payments import get_account_list
from altegio_b2b.models import CreateClientCommentBody
from conftest import PARTNER_TOKEN, USER_TOKEN, SleepRecorder
from hostile import MODES, answer, bomb, catch, drip, endless_chunked, head, legit, run, scanned_logs, timed
from http_server import Output, Recorded, Reply, ScriptedServer, envelope

# They wait out real timeouts and rate windows, whatever the spec: not among update-spec's fast tests.
pytestmark = pytest.mark.slow

__all__ = ["scanned_logs"]

# Generous upper margins: CI machines are loaded; what matters is seconds, not the 10 s+ of before.
SLACK = 1.0
OK = Reply(200, envelope([{"id": 1, "title": "Cash"}]))
MiB = 2**20


def _client(server: ScriptedServer, sleeps: SleepRecorder | None = None, **kwargs: Any) -> AltegioClient:
    if "retry_policy" not in kwargs:
        kwargs.setdefault("max_retries", 0)
    if sleeps is not None:
        kwargs.update(sleep=sleeps, async_sleep=sleeps.async_sleep)
    return AltegioClient(PARTNER_TOKEN, USER_TOKEN, base_url=server.url, rate_limiter=None, **kwargs)


def _get(mode: str, client: AltegioClient, options: RequestOptions | None = None) -> Any:
    return (lambda: get_account_list.sync(1, client=client, options=options),
            lambda: get_account_list.asyncio(1, client=client, options=options))  # fmt: skip


def _post(mode: str, client: AltegioClient) -> Any:
    body = CreateClientCommentBody(text="x")
    return (lambda: create_client_comment.sync(1, 2, client=client, body=body),
            lambda: create_client_comment.asyncio(1, 2, client=client, body=body))  # fmt: skip


# -- time --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("method", ["GET", "POST"])
def test_a_dripped_body_is_cut_at_the_timeout(server: ScriptedServer, method: str, mode: str) -> None:
    server.default = lambda request: Reply(raw=drip(every=0.25))
    client = _client(server, timeout=1)
    error, seconds = timed(lambda: catch(mode, client, *(_get if method == "GET" else _post)(mode, client)))
    assert type(error) is altegio_b2b.APITimeoutError, error
    assert "took longer than timeout=1 s" in str(error)
    assert 0.9 <= seconds <= 1 + SLACK
    assert len(server.requests) == 1


@pytest.mark.parametrize("mode", MODES)
def test_each_retried_attempt_is_cut_at_the_timeout(server: ScriptedServer, sleeps: SleepRecorder, mode: str) -> None:
    server.default = lambda request: Reply(raw=drip(every=0.1))
    client = _client(server, sleeps, timeout=0.5, retry_policy=RetryPolicy(max_retries=2))
    error, seconds = timed(lambda: catch(mode, client, *_get(mode, client)))
    assert type(error) is altegio_b2b.APITimeoutError
    assert error.attempts == 3 and len(server.requests) == 3 and len(sleeps.calls) == 2
    assert 1.4 <= seconds <= 1.5 + SLACK


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("fault", ["dripped body", "headers never come"])
def test_the_total_timeout_ends_the_call(server: ScriptedServer, sleeps: SleepRecorder, fault: str, mode: str) -> None:
    stall = Reply(raw=drip(every=0.2)) if fault == "dripped body" else Reply(200, envelope([]), delay=5)
    server.default = lambda request: stall
    client = _client(server, sleeps, total_timeout=1.2, retry_policy=RetryPolicy(max_retries=5))
    error, seconds = timed(lambda: catch(mode, client, *_get(mode, client)))
    assert type(error) is altegio_b2b.DeadlineExceededError, error
    assert error.total_timeout == 1.2 and "total timeout of 1.2 s" in str(error)
    assert 1.1 <= seconds <= 1.2 + SLACK
    assert len(server.requests) == 1  # the deadline is not retried


@pytest.mark.parametrize("mode", MODES)
def test_no_retry_waits_past_the_total_timeout(server: ScriptedServer, sleeps: SleepRecorder, mode: str) -> None:
    server.queue(Reply(503, envelope(None), {"Retry-After": "5"}))
    client = _client(server, sleeps, retry_policy=RetryPolicy(max_retries=2))
    options = RequestOptions(total_timeout=3)
    error, seconds = timed(lambda: catch(mode, client, *_get(mode, client, options)))
    assert type(error) is altegio_b2b.ServerError  # the last answer stands
    assert sleeps.calls == [] and len(server.requests) == 1
    assert seconds < SLACK
    # With time enough, the same answer is waited for and retried.
    server.queue(Reply(503, envelope(None), {"Retry-After": "5"}), OK)
    assert run(mode, client, *_get(mode, client, RequestOptions(total_timeout=30))) is not None
    assert sleeps.calls == [5.0]


# -- sizes -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("limit", [MiB, None], ids=["1 MiB", "default 32 MiB"])
def test_an_endless_chunked_body_stops_at_the_limit(server: ScriptedServer, limit: int | None, mode: str) -> None:
    server.queue(Reply(raw=endless_chunked), OK)
    client = _client(server, max_response_size=limit)
    error = catch(mode, client, *_get(mode, client))
    assert type(error) is altegio_b2b.ResponseTooLargeError, error
    assert error.limit == (limit or 32 * MiB) and error.status_code == 200
    assert "max_response_size" in str(error)
    assert run(mode, client, *_get(mode, client)) is not None  # the next call is unharmed


@pytest.mark.parametrize("mode", MODES)
def test_an_announced_huge_body_is_refused_unread(server: ScriptedServer, mode: str) -> None:
    def huge(request: Recorded, out: Output) -> None:
        out.write(head("200 OK", {"Content-Type": "application/json", "Content-Length": str(10 * 2**30)}))
        out.write(b"[" * 1000)

    server.queue(Reply(raw=huge))
    client = _client(server)
    error, seconds = timed(lambda: catch(mode, client, *_get(mode, client)))
    assert type(error) is altegio_b2b.ResponseTooLargeError
    assert seconds < SLACK


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("limit", [MiB, None], ids=["1 MiB", "default 64 MiB"])
def test_a_gzip_bomb_stops_inflating_at_the_limit(server: ScriptedServer, limit: int | None, mode: str) -> None:
    server.queue(Reply(raw=bomb), OK)
    client = _client(server, max_decompressed_size=limit)
    tracemalloc.start()
    try:
        error = catch(mode, client, *_get(mode, client))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert type(error) is altegio_b2b.DecompressedTooLargeError, error
    assert isinstance(error, altegio_b2b.ResponseTooLargeError)
    assert error.limit == (limit or 64 * MiB) and "max_decompressed_size" in str(error)
    # At most the limit (plus what was kept of it), never the 100 MB the bomb holds.
    assert peak <= 2 * error.limit + 4 * MiB, peak
    assert run(mode, client, *_get(mode, client)) is not None


@pytest.mark.parametrize("mode", MODES)
def test_per_call_size_limits(server: ScriptedServer, mode: str) -> None:
    big = Reply(200, envelope([{"id": i, "title": "x" * 100} for i in range(40)]))
    server.queue(big, big)
    client = _client(server)
    small = RequestOptions(max_response_size=1000)
    error = catch(mode, client, *_get(mode, client, small))
    assert type(error) is altegio_b2b.ResponseTooLargeError and error.limit == 1000
    assert len(run(mode, client, *_get(mode, client))) == 40


def _writing(data: bytes) -> Callable[[Recorded, Output], None]:
    def write(request: Recorded, out: Output) -> None:
        out.write(data)

    return write


def _encoded(coding: str, payload: bytes) -> bytes:
    if coding == "gzip":
        packer = zlib.compressobj(6, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    elif coding == "deflate":
        packer = zlib.compressobj(6, zlib.DEFLATED, zlib.MAX_WBITS)
    else:  # raw deflate, which some servers send as "deflate"
        packer = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
    return packer.compress(payload) + packer.flush()


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("coding", ["gzip", "deflate", "raw deflate"])
def test_compressed_answers_decode(server: ScriptedServer, coding: str, mode: str) -> None:
    items = [{"id": i, "title": f"account {i}"} for i in range(300)]
    encoded = _encoded(coding, legit(items))
    name = "deflate" if coding == "raw deflate" else coding
    server.queue(Reply(raw=_writing(answer("200 OK", encoded, **{"Content-Encoding": name}))))
    client = _client(server)
    accounts = run(mode, client, *_get(mode, client))
    assert [a.title for a in accounts] == [i["title"] for i in items]
    assert server.requests[0].headers["accept-encoding"] == "gzip, deflate"


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("coding", "content", "expected"),
    [("gzip", b"\x1f\x8b not gzip at all", "corrupt"), ("br", b"\x0b\x02\x80", "not asked for"),
     ("gzip, zstd", b"x", "not asked for")],
)  # fmt: skip
def test_unreadable_encodings(server: ScriptedServer, coding: str, content: bytes, expected: str, mode: str) -> None:
    server.queue(Reply(raw=_writing(answer("200 OK", content, **{"Content-Encoding": coding}))))
    client = _client(server)
    error = catch(mode, client, *_get(mode, client))
    assert type(error) is altegio_b2b.ResponseFormatError, error
    assert expected in str(error)


@pytest.mark.parametrize(
    ("setting", "value"),
    [("max_response_size", 0), ("max_decompressed_size", -1), ("max_response_size", 1.5), ("total_timeout", 0),
     ("total_timeout", float("inf")), ("timeout", float("nan")), ("max_decompressed_size", True)],
)  # fmt: skip
def test_limit_settings_are_checked(setting: str, value: Any) -> None:
    with pytest.raises(altegio_b2b.ArgumentError) as on_client:
        AltegioClient(PARTNER_TOKEN, **{setting: value})
    with pytest.raises(altegio_b2b.ArgumentError) as on_call:
        RequestOptions(**{setting: value})
    assert on_client.value.argument == on_call.value.argument == setting


def test_the_body_is_kept_as_sent(server: ScriptedServer, client: AltegioClient) -> None:
    body = json.dumps(envelope([{"id": 1, "title": "Cash"}])).encode()
    server.queue(Reply(200, body))
    assert get_account_list.sync_detailed(1, client=client).content == body


@pytest.mark.parametrize("mode", MODES)
def test_a_custom_transport_answer_is_size_checked_too(mode: str) -> None:
    big = legit([{"id": i, "title": "x" * 100} for i in range(40)])
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=big))
    client = AltegioClient(
        PARTNER_TOKEN, USER_TOKEN, rate_limiter=None, max_response_size=1000,
        httpx_client=httpx.Client(transport=transport), async_httpx_client=httpx.AsyncClient(transport=transport),
    )  # fmt: skip
    error = catch(mode, client, *_get(mode, client))
    assert type(error) is altegio_b2b.ResponseTooLargeError and error.limit == 1000
    assert len(run(mode, client, *_get(mode, client, RequestOptions(max_response_size=len(big))))) == 40


@pytest.mark.parametrize("mode", MODES)
def test_a_users_client_offering_more_codings_is_overridden(server: ScriptedServer, mode: str) -> None:
    server.default = lambda request: OK
    client = AltegioClient(
        PARTNER_TOKEN, USER_TOKEN, base_url=server.url, rate_limiter=None,
        httpx_client=httpx.Client(headers={"Accept-Encoding": "br, gzip"}),
        async_httpx_client=httpx.AsyncClient(headers={"Accept-Encoding": "br, gzip"}),
    )  # fmt: skip
    run(mode, client, *_get(mode, client))
    assert server.requests[0].headers["accept-encoding"] == "gzip, deflate"
