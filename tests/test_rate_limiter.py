"""One limiter shared by 20 threads and 200 asyncio tasks never lets more than its budget through."""

from __future__ import annotations

import asyncio
import threading
import time
from typing import Any

import pytest

import altegio_b2b
from altegio_b2b import AltegioClient, Rate, RateLimiter
from altegio_b2b.api.payments import get_account_list
from conftest import PARTNER_TOKEN, USER_TOKEN
from http_server import Reply, ScriptedServer, envelope
from rate_windows import max_in_window
from report import Report


class RecordingLimiter(RateLimiter):
    """A real RateLimiter that notes when each request got the go-ahead. (Arrival times at a
    server in this process would mostly measure GIL contention between server and client.)"""

    def __init__(self, *rates: Rate) -> None:
        super().__init__(*rates)
        self.grants: list[float] = []

    def acquire(self, key: str) -> None:
        super().acquire(key)
        self.grants.append(time.monotonic())  # list.append is atomic under the GIL

    async def aacquire(self, key: str) -> None:
        await super().aacquire(key)
        self.grants.append(time.monotonic())


def test_threads_share_one_budget(server: ScriptedServer, report: Report) -> None:
    limiter = RecordingLimiter(Rate(20, 0.25))
    server.default = lambda request: Reply(200, envelope([]))
    clients = [AltegioClient(PARTNER_TOKEN, USER_TOKEN, base_url=server.url, rate_limiter=limiter) for _ in range(2)]

    def worker(index: int) -> None:
        for _ in range(3):
            get_account_list.sync(1, client=clients[index % 2])

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(20)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started
    assert len(server.requests) == len(limiter.grants) == 60
    seen = max_in_window(limiter.grants, 0.25)
    assert seen <= 20
    assert elapsed >= 2 * 0.25  # 60 calls at 20 per 0.25 s need at least two more windows
    report.lines.append(
        f"limiter (20 threads, 60 calls): max {seen} granted per 0.25 s window, budget 20, {elapsed:.2f} s"
    )


def test_asyncio_tasks_share_one_budget(server: ScriptedServer, report: Report) -> None:
    limiter = RecordingLimiter(Rate(50, 0.25))
    server.default = lambda request: Reply(200, envelope([]))
    client = AltegioClient(PARTNER_TOKEN, USER_TOKEN, base_url=server.url, rate_limiter=limiter)

    async def main() -> float:
        started = time.monotonic()
        await asyncio.gather(*(get_account_list.asyncio(1, client=client) for _ in range(200)))
        await client.aclose()
        return time.monotonic() - started

    elapsed = asyncio.run(main())
    assert len(server.requests) == len(limiter.grants) == 200
    seen = max_in_window(limiter.grants, 0.25)
    assert seen <= 50
    # The requests really were spread: 200 at 50 per 0.3 s (window + guard) need three more windows.
    assert elapsed >= 3 * 0.25
    report.lines.append(
        f"limiter (200 asyncio tasks): max {seen} granted per 0.25 s window, budget 50, {elapsed:.2f} s"
    )


def test_window_guarantee_with_a_fake_clock() -> None:
    now = [0.0]

    def sleep(seconds: float) -> None:
        now[0] += seconds

    limiter = RateLimiter(clock=lambda: now[0], sleep=sleep)  # Altegio's: 200 per 60 s and 5 per 1 s
    send_times = []
    for _ in range(1000):
        limiter.acquire("api.alteg.io:443")
        send_times.append(now[0])
        now[0] += 0.01  # callers arrive far faster than the budget
    assert 195 <= max_in_window(send_times, 60.0) <= 200  # uses the budget, never more
    assert max_in_window(send_times, 1.0) == 5
    assert send_times[:5] == [0.0, 0.01, 0.02, 0.03, 0.04]  # the first five go out at once


def test_default_limiter_is_shared_and_documented_rate() -> None:
    a = AltegioClient("p")
    b = AltegioClient("q")
    assert a.rate_limiter is b.rate_limiter is altegio_b2b.DEFAULT_LIMITER
    assert altegio_b2b.DEFAULT_LIMITER.rates == (Rate(200, 60.0), Rate(5, 1.0)) == altegio_b2b.ALTEGIO_RATES


@pytest.mark.parametrize(
    ("make", "argument"),
    [
        (lambda: Rate(0, 1.0), "requests"),
        (lambda: Rate(5, -1.0), "per"),
        (lambda: Rate(5, float("nan")), "per"),
        (lambda: RateLimiter(guard=-1), "guard"),
        (lambda: RateLimiter((5, 1.0)), "rates"),  # type: ignore[arg-type]
    ],
)
def test_limiter_arguments(make: Any, argument: str) -> None:
    with pytest.raises(altegio_b2b.ArgumentError, match=argument):
        make()
