"""Issue #17: RedisRateLimiter shares one budget between processes, against a real redis-server
(started here on a free loopback port) and a real loopback HTTP server counting arrivals."""

from __future__ import annotations

import asyncio
import logging
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis

import altegio_b2b
from altegio_b2b import AltegioClient, Rate, RateLimiterUnavailableError, RedisRateLimiter
from altegio_b2b.api.payments import get_account_list
from altegio_dev.redis_server import MISSING, RedisServer, free_port
from conftest import PARTNER_TOKEN, USER_TOKEN
from http_server import Recorded, Reply, ScriptedServer, envelope, error_envelope
from rate_windows import max_in_window
from report import Report

# A real redis-server, real rate windows: not among update-spec's fast tests.
pytestmark = [pytest.mark.skipif(MISSING is not None, reason=MISSING or ""), pytest.mark.slow]

WORKER = Path(__file__).with_name("limiter_worker.py")


@pytest.fixture(scope="module")
def redis_url() -> Iterator[str]:
    server = RedisServer().start()
    yield server.url
    server.close()


@pytest.fixture
def redis_down() -> Iterator[RedisServer]:
    """A server of this test's own, to kill and restart."""
    server = RedisServer().start()
    yield server
    server.close()


class Arrivals:
    """Server handler noting (time, worker) of each request; ``refuse_at`` answers that request 429."""

    def __init__(self, server: ScriptedServer, refuse_at: int | None = None, retry_after: str = "2") -> None:
        self.seen: list[tuple[float, str]] = []
        self.refused: list[float] = []
        self._refuse_at = refuse_at
        self._retry_after = retry_after
        self._lock = threading.Lock()
        server.default = self

    def __call__(self, request: Recorded) -> Reply:
        if request.headers.get("x-worker") == "warm-up":
            return Reply(200, envelope([]))
        with self._lock:
            self.seen.append((time.monotonic(), request.headers.get("x-worker", "")))
            if len(self.seen) == self._refuse_at:
                self.refused.append(self.seen[-1][0])
                return Reply(429, error_envelope("Too many requests"), {"Retry-After": self._retry_after})
        return Reply(200, envelope([]))

    @property
    def times(self) -> list[float]:
        return [t for t, _ in self.seen]


def run_workers(server: ScriptedServer, redis_url: str, namespace: str, rate: Rate, calls: int) -> list[int]:
    """8 processes, half sync and half asyncio, started together; returns each one's successes."""
    workers = [
        subprocess.Popen(
            [
                sys.executable,
                str(WORKER),
                server.url,
                redis_url,
                namespace,
                str(rate.requests),
                str(rate.per),
                "sync" if index % 2 else "async",
                str(calls),
                f"w{index}",
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for index in range(8)
    ]
    for worker in workers:
        assert worker.stdout is not None and worker.stdout.readline().strip() == "ready"
    for worker in workers:
        assert worker.stdin is not None
        worker.stdin.write("go\n")
        worker.stdin.flush()
    done = []
    for worker in workers:
        out, _ = worker.communicate(timeout=120)
        assert worker.returncode == 0
        done.append(int(out.split()[-1]))
    return done


@pytest.mark.slow
def test_eight_processes_share_one_budget(server: ScriptedServer, redis_url: str, report: Report) -> None:
    budget = Rate(50, 2.0)
    arrivals = Arrivals(server)
    done = run_workers(server, redis_url, "share", budget, calls=25)
    assert done == [25] * 8
    times = arrivals.times
    assert len(times) == 200
    busiest = max_in_window(times, budget.per)
    assert busiest <= budget.requests
    # Throughput: arrivals in the first three whole windows against the 150 the budget allows
    # there (the fourth, last burst only measures how fast 8 processes can send 50 calls).
    start = min(times)
    used = sum(1 for t in times if t < start + 3 * budget.per) / (3 * budget.requests)
    assert used >= 0.9
    took = max(times) - start
    report.lines.append(
        f"redis limiter, 8 processes x 25 calls, budget 50 per 2 s: max {busiest} arrivals in any 2 s window, "
        f"{used:.0%} of the budget used in the first 3 windows, 200 calls in {took:.2f} s (ideal 6.0 s)"
    )


@pytest.mark.slow
def test_a_429_to_one_process_pauses_them_all(server: ScriptedServer, redis_url: str, report: Report) -> None:
    arrivals = Arrivals(server, refuse_at=30, retry_after="2")
    done = run_workers(server, redis_url, "pause", Rate(50, 2.0), calls=8)
    assert done == [8] * 8  # the refused call was retried after the pause
    (refused,) = arrivals.refused
    # The pause starts when the 429 has travelled back and been written to Redis: requests let
    # through before that may still land. Half a second covers it even on a loaded machine;
    # after that nothing arrives until the 2 s are over.
    grace = 0.5
    during = [(round(t - refused, 3), who) for t, who in arrivals.seen if refused + grace < t < refused + 2.0]
    assert during == []
    late = sorted(t - refused for t, _ in arrivals.seen if t > refused + grace)
    assert late[0] >= 2.0
    workers_after = {who for t, who in arrivals.seen if t > refused + 2.0}
    report.lines.append(
        f"redis limiter, 429 with Retry-After: 2 to one of 8 processes: 0 arrivals from {grace} s to 2 s after it, "
        f"first one after {late[0]:.2f} s; {len(workers_after)} processes sent after the pause"
    )


def test_clients_with_redis_share_the_budget_across_loops_and_threads(server: ScriptedServer, redis_url: str) -> None:
    arrivals = Arrivals(server)
    limiter = RedisRateLimiter(redis_url, Rate(6, 1.0), namespace="mixed")
    client = AltegioClient(PARTNER_TOKEN, USER_TOKEN, base_url=server.url, rate_limiter=limiter)

    async def three_async() -> None:
        await asyncio.gather(*(get_account_list.asyncio(1, client=client) for _ in range(3)))
        await client.aclose()

    started = time.monotonic()
    threads = [threading.Thread(target=lambda: get_account_list.sync(1, client=client)) for _ in range(6)]
    for thread in threads:
        thread.start()
    asyncio.run(three_async())  # a second event loop, its own redis.asyncio connection
    asyncio.run(three_async())
    for thread in threads:
        thread.join()
    assert len(arrivals.times) == 12
    assert max_in_window(arrivals.times, 1.0) <= 6
    assert time.monotonic() - started >= 1.0  # 12 calls at 6 per second


def test_namespaces_keep_budgets_apart(server: ScriptedServer, redis_url: str) -> None:
    Arrivals(server)
    egress_a = RedisRateLimiter(redis_url, Rate(2, 1.0), namespace="egress-a")
    egress_b = RedisRateLimiter(redis_url, Rate(2, 1.0), namespace="egress-b")
    key = "api.example:443"
    started = time.monotonic()
    for limiter in (egress_a, egress_a, egress_b, egress_b):
        limiter.acquire(key)
    both = time.monotonic() - started
    egress_a.acquire(key)
    third = time.monotonic() - started
    assert both < 0.5
    assert third >= 0.95


def test_from_env_and_the_default(redis_url: str, monkeypatch: pytest.MonkeyPatch, server: ScriptedServer) -> None:
    Arrivals(server)
    env = {
        "ALTEGIO_PARTNER_TOKEN": PARTNER_TOKEN,
        "ALTEGIO_USER_TOKEN": USER_TOKEN,
        "ALTEGIO_BASE_URL": server.url,
        "ALTEGIO_RATE_LIMIT_URL": redis_url,
        "ALTEGIO_RATE_LIMIT_NAMESPACE": "partner-7",
        "ALTEGIO_RATE_LIMIT_ON_ERROR": "closed",
    }
    client = AltegioClient.from_env(env)
    limiter = client.rate_limiter
    assert isinstance(limiter, RedisRateLimiter)
    assert (limiter.namespace, limiter.on_error) == ("partner-7", "closed")
    get_account_list.sync(1, client=client)
    host = server.url.split("/")[2]
    store = redis.Redis.from_url(redis_url)
    assert store.zcard(f"{{partner-7:{host}}}:log") == 1
    assert AltegioClient.from_env(env).rate_limiter is limiter  # one per process, shared
    monkeypatch.setenv("ALTEGIO_RATE_LIMIT_URL", redis_url)
    assert isinstance(AltegioClient("p").rate_limiter, RedisRateLimiter)  # the default follows the env
    assert AltegioClient("p", rate_limiter=None).rate_limiter is None
    with pytest.raises(altegio_b2b.ArgumentError, match="ALTEGIO_RATE_LIMIT_ON_ERROR"):
        AltegioClient.from_env({**env, "ALTEGIO_RATE_LIMIT_ON_ERROR": "maybe"})


class WarningCounter(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@pytest.fixture
def warnings_logged() -> Iterator[WarningCounter]:
    counter = WarningCounter()
    logger = logging.getLogger("altegio_b2b")
    logger.addHandler(counter)
    yield counter
    logger.removeHandler(counter)


def _outages(redis_down: RedisServer) -> None:
    """Two outages mid-run: Redis killed (SIGKILL) and restarted on the same port, twice."""
    for _ in range(2):
        time.sleep(0.3)
        redis_down.kill()
        time.sleep(0.4)
        redis_down.start()


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_fail_open_survives_redis_crashes(
    server: ScriptedServer, redis_down: RedisServer, warnings_logged: WarningCounter, mode: str, report: Report
) -> None:
    arrivals = Arrivals(server)
    limiter = RedisRateLimiter(redis_down.url, Rate(1000, 1.0), namespace="open", retry_interval=0.1)
    client = AltegioClient(PARTNER_TOKEN, USER_TOKEN, base_url=server.url, rate_limiter=limiter)
    calls_each, workers = 60, 4
    outages = threading.Thread(target=_outages, args=(redis_down,))
    outages.start()
    if mode == "sync":

        def worker() -> None:
            for _ in range(calls_each):
                get_account_list.sync(1, client=client)
                time.sleep(0.03)

        threads = [threading.Thread(target=worker) for _ in range(workers)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    else:

        async def worker_async() -> None:
            for _ in range(calls_each):
                await get_account_list.asyncio(1, client=client)
                await asyncio.sleep(0.03)

        async def main() -> None:
            await asyncio.gather(*(worker_async() for _ in range(workers)))
            await client.aclose()
            await limiter.aclose()

        asyncio.run(main())
    outages.join()
    time.sleep(limiter.retry_interval)
    get_account_list.sync(1, client=client)  # Redis is back: the budget there is used again
    assert len(arrivals.times) == calls_each * workers + 1  # no call lost, none failed
    assert limiter.outages == 2
    unreachable = [m for m in warnings_logged.messages if "unreachable" in m]
    assert len(unreachable) == 2  # one warning per outage, not one per call
    host = server.url.split("/")[2]
    assert redis_down.client().zcard(f"{{open:{host}}}:log") >= 1
    report.lines.append(
        f"redis limiter fail-open ({mode}): Redis killed twice during {calls_each * workers} calls: 0 lost, "
        f"{len(unreachable)} warnings for 2 outages"
    )


def test_fail_closed_raises_a_typed_error_and_recovers(
    server: ScriptedServer, redis_down: RedisServer, warnings_logged: WarningCounter, report: Report
) -> None:
    arrivals = Arrivals(server)
    limiter = RedisRateLimiter(
        redis_down.url, Rate(1000, 1.0), namespace="closed", on_error="closed", retry_interval=0.1
    )
    client = AltegioClient(PARTNER_TOKEN, USER_TOKEN, base_url=server.url, rate_limiter=limiter)
    outcomes: list[str] = []
    outages = threading.Thread(target=_outages, args=(redis_down,))
    outages.start()
    while outages.is_alive():
        try:
            get_account_list.sync(1, client=client)
            outcomes.append("ok")
        except RateLimiterUnavailableError as exc:
            assert isinstance(exc, altegio_b2b.AltegioError)
            outcomes.append("refused")
        time.sleep(0.02)
    outages.join()
    time.sleep(limiter.retry_interval)  # Redis is tried again within retry_interval of its return
    get_account_list.sync(1, client=client)
    outcomes.append("ok")
    refused = outcomes.count("refused")
    assert refused >= 2
    assert len(arrivals.times) == outcomes.count("ok")  # a refused call sent nothing
    assert outcomes[-1] == "ok" and limiter.outages == 2
    assert len([m for m in warnings_logged.messages if "unreachable" in m]) == 2
    report.lines.append(
        f"redis limiter fail-closed: 2 outages -> {refused} calls refused with RateLimiterUnavailableError, "
        f"{outcomes.count('ok')} sent"
    )


def test_an_unreachable_redis_never_shows_its_password(warnings_logged: WarningCounter) -> None:
    url = f"redis://:hunter2-SECRET@127.0.0.1:{free_port()}/0"
    limiter = RedisRateLimiter(url, namespace="pw", on_error="closed")
    with pytest.raises(RateLimiterUnavailableError) as caught:
        limiter.acquire("api.example:443")
    shown = [repr(limiter), str(caught.value), *warnings_logged.messages]
    assert all("hunter2" not in text for text in shown)
    assert "***@127.0.0.1" in repr(limiter)


@pytest.mark.parametrize(
    ("kwargs", "argument"),
    [
        ({"url": "http://localhost"}, "url"),
        ({"namespace": ""}, "namespace"),
        ({"on_error": "ignore"}, "on_error"),
        ({"timeout": 0}, "timeout"),
    ],
)
def test_redis_limiter_arguments(kwargs: dict[str, object], argument: str) -> None:
    arguments: dict[str, object] = {"url": "redis://127.0.0.1:1/0", **kwargs}
    with pytest.raises(altegio_b2b.ArgumentError, match=argument):
        RedisRateLimiter(**arguments)  # type: ignore[arg-type]


def test_redis_stays_unimported_and_a_missing_extra_is_named() -> None:
    lazy = "import sys; from altegio_b2b import AltegioClient; AltegioClient('p'); print('redis' in sys.modules)"
    assert (
        subprocess.run([sys.executable, "-c", lazy], capture_output=True, text=True, check=True).stdout.strip()
        == "False"
    )
    missing = (
        "import sys; sys.modules['redis'] = None\n"
        "from altegio_b2b import RedisRateLimiter\n"
        "try:\n    RedisRateLimiter('redis://127.0.0.1:1/0')\nexcept ImportError as exc:\n    print(exc)"
    )
    out = subprocess.run([sys.executable, "-c", missing], capture_output=True, text=True, check=True).stdout
    assert "pip install 'altegio-b2b[redis]'" in out
