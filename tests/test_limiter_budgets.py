"""The in-process limiter against a real loopback server: cancelled waiters give their slot back,
both of Altegio's limits hold at once, each host has its own budget, and a 429 pauses every
client sharing the limiter."""

from __future__ import annotations

import asyncio
import threading
import time

import pytest

from altegio_b2b import AltegioClient, Rate, RateLimiter
from altegio_b2b.api.payments import get_account_list
from conftest import PARTNER_TOKEN, USER_TOKEN
from http_server import Recorded, Reply, ScriptedServer, envelope, error_envelope, running_server
from rate_windows import max_in_window
from report import Report

# They wait out real timeouts and rate windows, whatever the spec: not among update-spec's fast tests.
pytestmark = pytest.mark.slow

KEY = "127.0.0.1:1"


class ArrivalClock:
    """The server's handler: notes when each request arrived, answers 200 (or a scripted reply)."""

    def __init__(self, server: ScriptedServer) -> None:
        self.times: list[float] = []
        self._lock = threading.Lock()
        server.default = self

    def __call__(self, request: Recorded) -> Reply:
        with self._lock:
            self.times.append(time.monotonic())
        return Reply(200, envelope([]))


def _client(server: ScriptedServer, limiter: RateLimiter) -> AltegioClient:
    return AltegioClient(PARTNER_TOKEN, USER_TOKEN, base_url=server.url, rate_limiter=limiter)


def test_cancelled_waiters_give_their_slots_back(server: ScriptedServer, report: Report) -> None:
    """Issue #12: 20 cancelled waiters used to hold their slots and the next call waited 5.4 s."""
    limiter = RateLimiter(Rate(2, 1.0), guard=0.0)
    arrivals = ArrivalClock(server)
    client = _client(server, limiter)

    async def main() -> float:
        await asyncio.gather(*(get_account_list.asyncio(1, client=client) for _ in range(2)))  # the budget is spent
        spent_at = time.monotonic()
        waiters = [asyncio.ensure_future(get_account_list.asyncio(1, client=client)) for _ in range(20)]
        await asyncio.sleep(0.1)
        for waiter in waiters:
            waiter.cancel()
        await asyncio.gather(*waiters, return_exceptions=True)
        await get_account_list.asyncio(1, client=client)  # gets the first freed slot
        await client.aclose()
        return time.monotonic() - spent_at

    waited = asyncio.run(main())
    assert len(arrivals.times) == 3  # no cancelled waiter ever sent anything
    assert 0.8 <= waited <= 1.4  # one window, not 10 (20 phantom bookings at 2 per second)
    report.lines.append(f"limiter: after 20 cancelled waiters the next call waited {waited:.2f} s (window 1 s)")


def test_an_interrupted_blocking_wait_gives_its_slot_back() -> None:
    """Threads cannot be cancelled, but KeyboardInterrupt can land in the sleep."""
    now = [0.0]
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        if now[0] < 1.0:
            raise KeyboardInterrupt
        slept.append(seconds)

    limiter = RateLimiter(Rate(1, 1.0), guard=0.0, clock=lambda: now[0], sleep=sleep)
    limiter.acquire(KEY)  # the only slot of this second
    for _ in range(5):
        with pytest.raises(KeyboardInterrupt):
            limiter.acquire(KEY)
    now[0] = 1.0
    limiter.acquire(KEY)
    assert slept == []  # the slot freed at 1.0 is free: no queue of five interrupted ghosts


def test_both_altegio_limits_hold_in_every_window() -> None:
    """200 per 60 s and 5 per 1 s, over 30 simulated minutes of callers that never let up."""
    now = [0.0]

    def sleep(seconds: float) -> None:
        now[0] += seconds

    limiter = RateLimiter(clock=lambda: now[0], sleep=sleep)
    grants = []
    while now[0] < 1800:
        limiter.acquire(KEY)
        grants.append(now[0])
        now[0] += 0.001
    assert max_in_window(grants, 60.0) == 200
    assert max_in_window(grants, 1.0) == 5
    assert len(grants) >= 0.99 * 200 * 30  # the per-minute budget is used, not wasted


def test_both_limits_on_a_real_server_with_threads(server: ScriptedServer) -> None:
    """Scaled down (10 per 1 s and 3 per 0.2 s), 6 threads racing, arrivals timed by the server."""
    arrivals = ArrivalClock(server)
    limiter = RateLimiter(Rate(10, 1.0), Rate(3, 0.2))
    client = _client(server, limiter)

    def worker() -> None:
        for _ in range(5):
            get_account_list.sync(1, client=client)

    threads = [threading.Thread(target=worker) for _ in range(6)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started
    assert len(arrivals.times) == 30
    assert max_in_window(arrivals.times, 1.0) <= 10
    assert max_in_window(arrivals.times, 0.2) <= 3
    assert elapsed >= 2.0  # 30 calls at 10 per second: two more windows after the first


def test_each_host_has_its_own_budget(server: ScriptedServer) -> None:
    """Issue #12: clients aimed at unrelated hosts shared one budget."""
    limiter = RateLimiter(Rate(3, 1.0))
    with running_server() as other:
        ArrivalClock(server)
        ArrivalClock(other)
        here, there = _client(server, limiter), _client(other, limiter)
        started = time.monotonic()
        for _ in range(3):
            get_account_list.sync(1, client=here)
            get_account_list.sync(1, client=there)
        both = time.monotonic() - started
        get_account_list.sync(1, client=here)  # the fourth on one host waits for its window
        fourth = time.monotonic() - started
    assert both < 0.5
    assert fourth >= 1.0


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_429_pauses_every_client_sharing_the_limiter(server: ScriptedServer, mode: str) -> None:
    limiter = RateLimiter(Rate(100, 1.0), resume_spread=0.3)
    arrivals = ArrivalClock(server)
    refused_at: list[float] = []

    def answer(request: Recorded) -> Reply:
        arrivals(request)
        if len(arrivals.times) == 5:
            refused_at.append(arrivals.times[-1])
            return Reply(429, error_envelope("Too many requests"), {"Retry-After": "1"})
        return Reply(200, envelope([]))

    server.default = answer
    clients = [_client(server, limiter) for _ in range(4)]

    if mode == "sync":

        def worker(client: AltegioClient) -> None:
            for _ in range(4):
                get_account_list.sync(1, client=client)
                time.sleep(0.05)

        threads = [threading.Thread(target=worker, args=(c,)) for c in clients]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    else:

        async def one(client: AltegioClient) -> None:
            for _ in range(4):
                await get_account_list.asyncio(1, client=client)
                await asyncio.sleep(0.05)
            await client.aclose()

        async def main() -> None:
            await asyncio.gather(*(one(c) for c in clients))

        asyncio.run(main())

    assert len(arrivals.times) == 17  # 16 calls, one of them retried after the 429
    (refused,) = refused_at
    # Requests already let through when the 429 arrived may land a moment later; none after that.
    during = [t - refused for t in arrivals.times if refused + 0.05 < t < refused + 1.0]
    assert during == []
    resumed = sorted(t - refused for t in arrivals.times if t > refused + 0.05)
    assert resumed[0] >= 1.0
    assert resumed[3] - resumed[0] > 0.01  # the four clients resumed at different moments (jitter)
