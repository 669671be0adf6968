"""`make bench`: import cost, per-call overhead, parse throughput and regeneration time.

Every figure is a ratio against a baseline measured in the same run on this machine:
  1. import cost in a fresh interpreter (min of N) vs `import httpx`;
  2. N sequential GETs through a generated endpoint vs the same request with a bare
     httpx.Client, against one loopback server; the same with asyncio and concurrency;
  3. unwrap + parse of a 10,000-item appointment list vs json.loads alone (items/s);
  4. the Redis rate limiter's per-call cost vs the in-process limiter (median, loopback);
  5. full regeneration (make generate) vs the 30 s target;
  6. start-up of the `altegio` command line (min of N wall-clock runs) vs `python -c pass`.
"""

from __future__ import annotations

import asyncio
import compileall
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

import altegio_b2b
import altegio_b2b.models
from altegio_b2b import AltegioClient, Rate, RateLimiter, RedisRateLimiter
from altegio_b2b._runtime.envelope import finish
from altegio_b2b.api.appointments import get_appointment_list
from altegio_b2b.api.payments import get_account_list
from altegio_dev.constants import GENERATED, PINNED_SPEC, ROOT
from altegio_dev.normalizer import normalize
from altegio_dev.redis_server import MISSING as REDIS_MISSING
from altegio_dev.redis_server import RedisServer
from altegio_dev.spec_io import load_spec

IMPORT_RUNS = 9
STARTUP_RUNS = 15
CALLS = 200
ASYNC_CALLS = 200
CONCURRENCY = 16
ITEMS = 10_000
ROWS: list[tuple[str, str, str]] = []


def row(name: str, value: str, ratio: str) -> None:
    ROWS.append((name, value, ratio))
    print(f"  {name:58} {value:>14} {ratio:>10}", flush=True)


def import_seconds(statement: str) -> float:
    code = f"import time; t = time.perf_counter(); {statement}; print(time.perf_counter() - t)"
    runs = [
        float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)
        for _ in range(IMPORT_RUNS)
    ]
    return min(runs)


def bench_imports() -> None:
    # pip compiles bytecode at install time; this checkout may run with PYTHONDONTWRITEBYTECODE.
    compileall.compile_dir(str(GENERATED), quiet=2)
    baseline = import_seconds("import httpx")
    row("import httpx (baseline)", f"{baseline * 1000:.1f} ms", "1.00x")
    for label, statement in (
        ("import altegio_b2b", "import altegio_b2b"),
        ("from altegio_b2b import AltegioClient", "from altegio_b2b import AltegioClient"),
        ("one endpoint module (create_chain_loyalty_program)",
         "import altegio_b2b.api.chain_loyalty_programs.create_chain_loyalty_program"),
        ("import altegio_b2b.models (lazy)", "import altegio_b2b.models"),
        (f"altegio_b2b.models, all {len(altegio_b2b.models.__all__):,} models loaded",
         "import altegio_b2b.models as m; [getattr(m, n) for n in m.__all__]"),
    ):  # fmt: skip
        seconds = import_seconds(statement)
        row(label, f"{seconds * 1000:.1f} ms", f"{seconds / baseline:.2f}x")


def timed(function: Callable[[], Any], repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        best = min(best, time.perf_counter() - started)
    return best


def interleaved(baseline: Callable[[], float], candidate: Callable[[], float], rounds: int = 9) -> tuple[float, float]:
    """Best round of each (each round times itself), alternating so machine noise hits both alike."""
    best = [float("inf"), float("inf")]
    for _ in range(rounds):
        for index, function in enumerate((baseline, candidate)):
            best[index] = min(best[index], function())
    return best[0], best[1]


def stopwatch(function: Callable[[], Any]) -> Callable[[], float]:
    def run() -> float:
        started = time.perf_counter()
        function()
        return time.perf_counter() - started

    return run


# The loopback server runs in its own process, so its work does not compete with the client
# under one GIL and the client's own cost shows in the ratio. It runs in tests/ (`python -c`
# imports from the working directory), where the tests' server lives.
SERVER_CODE = """
import json, sys
from http_server import Reply, ScriptedServer
body = json.dumps({"success": True, "data": [{"id": 1, "title": "Cash", "type": 0}], "meta": []}).encode()
server = ScriptedServer()
server.default = lambda request: Reply(200, body)
server.start()
print(server.url, flush=True)
sys.stdin.read()
server.stop()
"""


class ServerProcess:
    def __enter__(self) -> str:
        self.process = subprocess.Popen(
            [sys.executable, "-c", SERVER_CODE], cwd=ROOT / "tests", stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            text=True,
        )  # fmt: skip
        assert self.process.stdout is not None
        return self.process.stdout.readline().strip()

    def __exit__(self, *exc: object) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(timeout=10)


def bench_calls() -> None:
    with ServerProcess() as url:
        headers = {
            "Accept": "application/vnd.api.v2+json",
            "Authorization": "Bearer partner, User user",
        }
        bare = httpx.Client(base_url=url + "/")
        client = AltegioClient("partner", "user", base_url=url, rate_limiter=None)

        def with_httpx() -> None:
            for _ in range(CALLS):
                bare.get("accounts/1", headers=headers).json()

        def with_client() -> None:
            for _ in range(CALLS):
                get_account_list.sync(1, client=client)

        with_httpx()  # warm both connections
        with_client()
        base, ours = interleaved(stopwatch(with_httpx), stopwatch(with_client))
        row(f"{CALLS} sequential GETs, bare httpx (baseline)", f"{base / CALLS * 1e6:.0f} us/call", "1.00x")
        row(f"{CALLS} sequential GETs, generated endpoint", f"{ours / CALLS * 1e6:.0f} us/call", f"{ours / base:.2f}x")

        async def async_round(use_client: bool) -> float:
            semaphore = asyncio.Semaphore(CONCURRENCY)
            abare = httpx.AsyncClient(base_url=url + "/")
            aclient = AltegioClient("partner", "user", base_url=url, rate_limiter=None)

            async def one() -> None:
                async with semaphore:
                    if use_client:
                        await get_account_list.asyncio(1, client=aclient)
                    else:
                        (await abare.get("accounts/1", headers=headers)).json()

            await asyncio.gather(*(one() for _ in range(CONCURRENCY)))  # warm-up
            started = time.perf_counter()
            await asyncio.gather(*(one() for _ in range(ASYNC_CALLS)))
            elapsed = time.perf_counter() - started
            await abare.aclose()
            await aclient.aclose()
            return elapsed

        abase, aours = interleaved(lambda: asyncio.run(async_round(False)), lambda: asyncio.run(async_round(True)), 5)
        label = f"{ASYNC_CALLS} async GETs x{CONCURRENCY} concurrent"
        row(f"{label}, bare httpx (baseline)", f"{abase / ASYNC_CALLS * 1e6:.0f} us/call", "1.00x")
        row(f"{label}, generated endpoint", f"{aours / ASYNC_CALLS * 1e6:.0f} us/call", f"{aours / abase:.2f}x")
        bare.close()
        client.close()


def bench_client_cpu() -> None:
    """The client's own work per call, with an in-process transport (no network, no server)."""
    body = json.dumps({"success": True, "data": [{"id": 1, "title": "Cash", "type": 0}], "meta": []}).encode()
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=body))
    headers = {"Accept": "application/vnd.api.v2+json", "Authorization": "Bearer partner, User user"}
    bare = httpx.Client(transport=transport, base_url="https://api.alteg.io/api/v1/")
    client = AltegioClient("partner", "user", rate_limiter=None, httpx_client=httpx.Client(transport=transport))
    calls = 2000

    def with_httpx() -> None:
        for _ in range(calls):
            bare.get("accounts/1", headers=headers).json()

    def with_client() -> None:
        for _ in range(calls):
            get_account_list.sync(1, client=client)

    base, ours = interleaved(stopwatch(with_httpx), stopwatch(with_client), 5)
    row("in-process transport, bare httpx (baseline)", f"{base / calls * 1e6:.0f} us/call", "1.00x")
    row("in-process transport, generated endpoint", f"{ours / calls * 1e6:.0f} us/call", f"{ours / base:.2f}x")


def full_value(schema: dict[str, Any], index: int, depth: int = 0) -> Any:
    """A realistic instance: every property filled, arrays of two, strings by format."""
    kind = schema.get("type")
    kind = next((t for t in kind if t != "null"), "null") if isinstance(kind, list) else kind
    if schema.get("enum"):
        return schema["enum"][0]
    if kind == "object" or "properties" in schema:
        if depth > 3:
            return {}
        return {k: full_value(v, index, depth + 1) for k, v in (schema.get("properties") or {}).items()}
    if kind == "array":
        return [full_value(schema.get("items") or {}, index, depth + 1) for _ in range(2)] if depth < 4 else []
    if kind == "integer":
        return index
    if kind == "number":
        return index * 1.5
    if kind == "boolean":
        return index % 2 == 0
    return {"date": "2026-09-21", "date-time": "2026-09-21T10:00:00+00:00"}.get(schema.get("format", ""), f"v{index}")


def bench_redis_limiter() -> None:
    """Median time of one sequential GET with each limiter (a budget never reached: no waiting)."""
    if REDIS_MISSING:
        print(f"  skipped: {REDIS_MISSING}")
        return
    redis_server = RedisServer().start()
    try:
        with ServerProcess() as url:
            unlimited = Rate(10**9, 1.0)
            limiters = {
                "in-process": RateLimiter(unlimited),
                "redis": RedisRateLimiter(redis_server.url, unlimited, namespace="bench"),
            }
            clients = {name: AltegioClient("p", "u", base_url=url, rate_limiter=lim) for name, lim in limiters.items()}
            samples: dict[str, list[float]] = {name: [] for name in clients}
            for _ in range(5):  # interleaved rounds, so machine noise hits both alike
                for name, client in clients.items():
                    for _ in range(CALLS):
                        started = time.perf_counter()
                        get_account_list.sync(1, client=client)
                        samples[name].append(time.perf_counter() - started)
            # The first round only warms up (connections, the script cached in Redis).
            base, redis_median = (statistics.median(samples[name][CALLS:]) for name in clients)
            row("GET with the in-process limiter, median (baseline)", f"{base * 1e6:.0f} us/call", "1.00x")
            row(
                f"GET with the Redis limiter, median (+{(redis_median - base) * 1000:.2f} ms)",
                f"{redis_median * 1e6:.0f} us/call",
                f"{redis_median / base:.2f}x",
            )
    finally:
        redis_server.close()


def bench_parse() -> None:
    spec, _ = normalize(load_spec(PINNED_SPEC), "generate")
    media = spec["paths"]["/records/{location_id}"]["get"]["responses"]["200"]["content"]["application/json"]
    item_schema = media["schema"]["items"]
    items = [full_value(item_schema, i) for i in range(ITEMS)]
    content = json.dumps({"success": True, "data": items, "meta": {"count": ITEMS}}).encode()
    request = httpx.Request("GET", "https://api.alteg.io/api/v1/records/1")
    response = httpx.Response(200, content=content, request=request)
    operation = get_appointment_list._OPERATION

    def parse() -> None:
        result = finish(operation, request, response, get_appointment_list._parse_data)
        assert result.parsed is not None and len(result.parsed) == ITEMS

    base = timed(lambda: json.loads(content))
    ours = timed(parse)
    size = f"{len(content) / 1e6:.1f} MB"
    row(f"json.loads of {ITEMS:,} appointments ({size}) (baseline)", f"{ITEMS / base:,.0f} items/s", "1.00x")
    row(f"unwrap + parse into models, {ITEMS:,} appointments", f"{ITEMS / ours:,.0f} items/s", f"{ours / base:.2f}x")


def bench_regeneration() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "altegio_dev", "generate", "--out", tmp, "--quiet"],
            check=True,
            capture_output=True,
        )
        seconds = time.perf_counter() - started
    row("full regeneration (spec -> generated/), target 30 s", f"{seconds:.1f} s", f"{seconds / 30:.2f}x")


def startup_seconds(command: list[str]) -> float:
    """Wall-clock time of a whole process, min of STARTUP_RUNS (the least disturbed run)."""
    best = float("inf")
    for _ in range(STARTUP_RUNS):
        start = time.perf_counter()
        subprocess.run(command, capture_output=True, check=True)
        best = min(best, time.perf_counter() - start)
    return best


def bench_cli_startup() -> None:
    altegio = str(Path(sys.executable).with_name("altegio"))
    baseline = startup_seconds([sys.executable, "-c", "pass"])
    row("python -c pass (baseline)", f"{baseline * 1000:.1f} ms", "1.00x")
    for label, command in (
        ("python -c 'import click' (Click alone, for scale)", [sys.executable, "-c", "import click"]),
        ("altegio --help (target <= 3x)", [altegio, "--help"]),
        ("altegio call get_appointment_list --help", [altegio, "call", "get_appointment_list", "--help"]),
        ("altegio ops book times (Rich table)", [altegio, "ops", "book", "times"]),
    ):
        seconds = startup_seconds(command)
        row(label, f"{seconds * 1000:.1f} ms", f"{seconds / baseline:.2f}x")


def main() -> int:
    print(f"altegio-b2b {altegio_b2b.__version__} benchmarks, Python {sys.version.split()[0]}")
    print(f"  {'measure':58} {'value':>14} {'ratio':>10}")
    for name, bench in (
        ("import cost", bench_imports),
        ("per-call overhead", bench_calls),
        ("client CPU per call (no network)", bench_client_cpu),
        ("parse throughput", bench_parse),
        ("rate limiter backends (loopback)", bench_redis_limiter),
        ("regeneration", bench_regeneration),
        ("command line start-up", bench_cli_startup),
    ):
        print(f"{name}:")
        bench()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
