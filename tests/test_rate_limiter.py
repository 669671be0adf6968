"""One limiter shared by 20 threads and 200 asyncio tasks never lets more than its budget through."""

from __future__ import annotations

import asyncio
import bisect
import threading
import time
from typing import Any

import pytest

import altegio_b2b
from altegio_b2b import AltegioClient, RateLimiter
from altegio_b2b.api.payments import get_account_list
from conftest import PARTNER_TOKEN, USER_TOKEN
from http_server import Reply, ScriptedServer, envelope
from report import Report


def max_in_window(times: list[float], window: float) -> int:
    times = sorted(times)
    return max((bisect.bisect_left(times, t + window) - i for i, t in enumerate(times)), default=0)


class RecordingLimiter(RateLimiter):
    """Records the time each booked request may go out (reservation time + wait)."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.send_times: list[float] = []
        self._record_lock = threading.Lock()

    def reserve(self) -> float:
        wait = super().reserve()
        with self._record_lock:
            self.send_times.append(time.monotonic() + wait)
        return wait


def test_threads_share_one_budget(server: ScriptedServer, report: Report) -> None:
    limiter = RecordingLimiter(requests=20, per=0.25, burst=4)
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
    assert len(server.requests) == 60
    booked = max_in_window(limiter.send_times, 0.25)
    assert booked <= 20
    report.lines.append(
        f"limiter (20 threads, 60 calls): max {booked} booked per 0.25 s window, budget 20, {elapsed:.2f} s"
    )


def test_asyncio_tasks_share_one_budget(server: ScriptedServer, report: Report) -> None:
    limiter = RecordingLimiter(requests=50, per=0.25, burst=5)
    server.default = lambda request: Reply(200, envelope([]))
    client = AltegioClient(PARTNER_TOKEN, USER_TOKEN, base_url=server.url, rate_limiter=limiter)

    async def main() -> float:
        started = time.monotonic()
        await asyncio.gather(*(get_account_list.asyncio(1, client=client) for _ in range(200)))
        await client.aclose()
        return time.monotonic() - started

    elapsed = asyncio.run(main())
    assert len(server.requests) == 200
    booked = max_in_window(limiter.send_times, 0.25)
    assert booked <= 50
    # The requests really were spread: 200 at 45 per 0.25 s after the burst take about a second.
    assert elapsed >= (200 - 50) / (45 / 0.25) * 0.9
    report.lines.append(
        f"limiter (200 asyncio tasks): max {booked} booked per 0.25 s window, budget 50, {elapsed:.2f} s"
    )


def test_window_guarantee_with_a_fake_clock() -> None:
    now = [0.0]
    limiter = RateLimiter(requests=200, per=60.0, burst=5, clock=lambda: now[0])
    send_times, waits = [], []
    for _ in range(1000):
        waits.append(limiter.reserve())
        send_times.append(now[0] + waits[-1])
        now[0] += 0.01  # callers arrive far faster than the budget
    assert 195 <= max_in_window(send_times, 60.0) <= 200  # uses the budget, never more
    assert waits[:5] == [0.0] * 5 < waits[5:6]  # the burst goes out at once, then the queue forms


def test_default_limiter_is_shared_and_documented_rate() -> None:
    a = AltegioClient("p")
    b = AltegioClient("q")
    assert a.rate_limiter is b.rate_limiter is altegio_b2b.DEFAULT_LIMITER
    assert (a.rate_limiter.requests, a.rate_limiter.per) == (200, 60.0)


@pytest.mark.parametrize(("kwargs", "argument"), [({"requests": 0}, "requests"), ({"burst": 500}, "burst")])
def test_limiter_arguments(kwargs: dict[str, Any], argument: str) -> None:
    with pytest.raises(altegio_b2b.ArgumentError, match=argument):
        RateLimiter(**kwargs)
