"""Issue #12: the total time one call waits on retries is capped, and a Retry-After that makes no
sense (negative, a past date, infinite, words) falls back to the normal backoff."""

from __future__ import annotations

import email.utils
import time

import pytest

import altegio_b2b
from altegio_b2b import AltegioClient, RetryPolicy
from altegio_b2b._runtime.retry import parse_retry_after
from altegio_b2b.api.payments import get_account_list
from conftest import PARTNER_TOKEN, USER_TOKEN, SleepRecorder
from http_server import Reply, ScriptedServer, envelope, error_envelope

OK_LIST = Reply(200, envelope([{"id": 1, "title": "Cash"}]))


def _client(server: ScriptedServer, sleeps: SleepRecorder, **policy: float) -> AltegioClient:
    return AltegioClient(
        PARTNER_TOKEN, USER_TOKEN, base_url=server.url, rate_limiter=None, sleep=sleeps,
        retry_policy=RetryPolicy(max_retries=3, backoff_initial=0.5, jitter=0.25, **policy),  # type: ignore[arg-type]
    )  # fmt: skip


def test_two_long_retry_afters_do_not_add_up(server: ScriptedServer, sleeps: SleepRecorder) -> None:
    """Issue #12: one call slept 59 s + 59 s. Now the second would pass the 60 s total: raised at once."""
    slow = Reply(429, error_envelope("slow down"), {"Retry-After": "59"})
    server.queue(slow, slow, OK_LIST)
    with pytest.raises(altegio_b2b.RateLimitError) as caught:
        get_account_list.sync(1, client=_client(server, sleeps))
    assert sleeps.calls == [59.0]
    assert len(server.requests) == 2
    assert caught.value.retry_after == 59.0


def test_backoffs_stop_at_the_total_cap(server: ScriptedServer, sleeps: SleepRecorder) -> None:
    server.queue(*[Reply(503, b"")] * 4)
    with pytest.raises(altegio_b2b.ServerError):
        get_account_list.sync(1, client=_client(server, sleeps, total_wait_max=1.0))
    # 0.5 +/- 25 % fits, the next (1.0 +/- 25 %) would pass 1 s in all.
    assert len(sleeps.calls) == 1 and 0.375 <= sleeps.calls[0] <= 0.625
    assert len(server.requests) == 2


@pytest.mark.parametrize(
    "header",
    ["-5", "-0.5", "inf", "nan", "soon", email.utils.formatdate(time.time() - 3600, usegmt=True)],
)
def test_nonsensical_retry_after_uses_the_backoff(server: ScriptedServer, sleeps: SleepRecorder, header: str) -> None:
    server.queue(Reply(429, error_envelope("slow down"), {"Retry-After": header}), OK_LIST)
    assert get_account_list.sync(1, client=_client(server, sleeps)) is not None
    assert len(sleeps.calls) == 1
    assert 0.375 <= sleeps.calls[0] <= 0.625  # the first backoff, never 0


def test_parse_retry_after_keeps_sane_values() -> None:
    assert parse_retry_after("0") == 0.0
    assert parse_retry_after(" 2.5 ") == 2.5
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412470.0) == 10.0
    assert parse_retry_after("-1") is None


@pytest.mark.parametrize(("field", "value"), [("total_wait_max", -1.0), ("retry_after_max", float("inf"))])
def test_policy_arguments(field: str, value: float) -> None:
    with pytest.raises(altegio_b2b.ArgumentError, match=field):
        RetryPolicy(**{field: value})  # type: ignore[arg-type]
