"""`make bench`: import cost, per-call overhead, parse throughput and regeneration time.

Every figure is a ratio against a baseline measured in the same run on this machine:
  1. import cost in a fresh interpreter (min of N) vs `import httpx`;
  2. N sequential GETs through a generated endpoint vs the same request with a bare
     httpx.Client, against one loopback server; the same with asyncio and concurrency;
  3. the client's CPU per call with an in-process transport (sync and async) vs raw httpx +
     json.loads, and vs raw httpx + the same models;
  4. decode + unwrap + strict parse of 10,000-item lists (transactions: nested and date-heavy;
     appointments: wide) vs json.loads, pydantic v2 validate_json and msgspec's typed decode of
     equivalent models (equivalents.py), with the json module and with the installed decoder;
  5. the Redis rate limiter's per-call cost vs the in-process limiter (median, loopback);
  6. full regeneration (make generate) vs the 15 s target;
  7. start-up of the `altegio` command line (min of N wall-clock runs) vs `python -c pass`.
"""

from __future__ import annotations

import asyncio
import compileall
import contextlib
import gc
import json
import statistics
import subprocess
import sys
import tempfile
import time
import typing
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from typing import Any

import httpx
from equivalents import msgspec_envelope, pydantic_envelope

import altegio_b2b
import altegio_b2b.models
from altegio_b2b import AltegioClient, Rate, RateLimiter, RedisRateLimiter
from altegio_b2b._runtime import envelope
from altegio_b2b._runtime.envelope import finish
from altegio_b2b.api.appointments import get_appointment_list
from altegio_b2b.api.payments import get_account_list, get_transactions
from altegio_dev.constants import GENERATED, PINNED_SPEC, ROOT
from altegio_dev.normalizer import normalize
from altegio_dev.redis_server import MISSING as REDIS_MISSING
from altegio_dev.redis_server import RedisServer
from altegio_dev.spec_io import load_spec

IMPORT_RUNS = 9
STARTUP_RUNS = 15
# getattr: the same file also measures a checkout from before the `fast` extra.
_FAST = getattr(envelope, "_find_fast_decoder", lambda: None)()
DECODER = "msgspec" if _FAST is not None else "the json module"
CALLS = 200
ASYNC_CALLS = 200
CONCURRENCY = 16
ITEMS = 10_000
ROWS: list[tuple[str, str, str]] = []


def row(name: str, value: str, ratio: str) -> None:
    ROWS.append((name, value, ratio))
    print(f"  {name:58} {value:>14} {ratio:>10}", flush=True)


# httpx imports its own command line (Click, Rich, Pygments) whenever they are installed, as they
# are here for the `cli` extra: hidden, the imports measure what a base install costs.
WITHOUT_CLI_EXTRA = "import sys; sys.modules.update(dict.fromkeys(('click', 'rich', 'pygments')))"


def import_seconds(statement: str, *, base_install: bool = True) -> float:
    setup = WITHOUT_CLI_EXTRA if base_install else "pass"
    code = f"{setup}; import time; t = time.perf_counter(); {statement}; print(time.perf_counter() - t)"
    return float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)


def bench_imports() -> None:
    # pip compiles bytecode at install time; this checkout may run with PYTHONDONTWRITEBYTECODE.
    compileall.compile_dir(str(GENERATED), quiet=2)
    measures = (
        ("import httpx (baseline)", "import httpx"),
        ("import altegio_b2b", "import altegio_b2b"),
        ("from altegio_b2b import AltegioClient", "from altegio_b2b import AltegioClient"),
        ("one endpoint module (create_chain_loyalty_program)",
         "import altegio_b2b.api.chain_loyalty_programs.create_chain_loyalty_program"),
        ("import altegio_b2b.models (lazy)", "import altegio_b2b.models"),
        (f"altegio_b2b.models, all {len(altegio_b2b.models.__all__):,} models loaded",
         "import altegio_b2b.models as m; [getattr(m, n) for n in m.__all__]"),
    )  # fmt: skip
    best = {label: float("inf") for label, _ in measures}
    for _ in range(IMPORT_RUNS):  # interleaved rounds: machine noise hits all alike
        for label, statement in measures:
            best[label] = min(best[label], import_seconds(statement))
    baseline = best[measures[0][0]]
    for label, _ in measures:
        row(label, f"{best[label] * 1000:.1f} ms", f"{best[label] / baseline:.2f}x")
    with_extra = min(import_seconds("import httpx", base_install=False) for _ in range(IMPORT_RUNS))
    row("import httpx with the cli extra installed (httpx loads Click, Rich)", f"{with_extra * 1000:.1f} ms",
        f"{with_extra / baseline:.2f}x")  # fmt: skip


def timed(function: Callable[[], Any], repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        gc.collect()  # each run starts from the same heap: earlier runs' garbage is not its cost
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
    """The client's own work per call, with an in-process transport (no network, no server): a
    generated endpoint against raw httpx + json.loads, and against raw httpx + the same models."""
    body = json.dumps({"success": True, "data": [{"id": 1, "title": "Cash", "type": 0}], "meta": []}).encode()
    headers = {"Accept": "application/vnd.api.v2+json", "Authorization": "Bearer partner, User user"}
    base_url = "https://api.alteg.io/api/v1/"
    calls = 2000

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body)

    transport = httpx.MockTransport(answer)
    bare = httpx.Client(transport=transport, base_url=base_url)
    client = AltegioClient("partner", "user", rate_limiter=None, httpx_client=httpx.Client(transport=transport))

    def with_httpx() -> None:
        for _ in range(calls):
            bare.get("accounts/1", headers=headers).json()

    def with_httpx_and_models() -> None:
        for _ in range(calls):
            get_account_list._parse_data(bare.get("accounts/1", headers=headers).json()["data"])

    def with_client() -> None:
        for _ in range(calls):
            get_account_list.sync(1, client=client)

    sync = {"raw": with_httpx, "models": with_httpx_and_models, "ours": with_client}
    _per_call_rows("sync", calls, {name: stopwatch(function) for name, function in sync.items()})

    async def async_rounds() -> dict[str, float]:
        abare = httpx.AsyncClient(transport=transport, base_url=base_url)
        aclient = AltegioClient(
            "partner", "user", rate_limiter=None, async_httpx_client=httpx.AsyncClient(transport=transport)
        )

        async def with_httpx() -> None:
            for _ in range(calls):
                (await abare.get("accounts/1", headers=headers)).json()

        async def with_httpx_and_models() -> None:
            for _ in range(calls):
                get_account_list._parse_data((await abare.get("accounts/1", headers=headers)).json()["data"])

        async def with_client() -> None:
            for _ in range(calls):
                await get_account_list.asyncio(1, client=aclient)

        functions = {"raw": with_httpx, "models": with_httpx_and_models, "ours": with_client}
        best = dict.fromkeys(functions, float("inf"))
        for _ in range(5):  # interleaved rounds
            for name, function in functions.items():
                started = time.perf_counter()
                await function()
                best[name] = min(best[name], time.perf_counter() - started)
        await abare.aclose()
        await aclient.aclose()
        return best

    _per_call_rows("async", calls, asyncio.run(async_rounds()))


def _per_call_rows(mode: str, calls: int, timings: dict[str, Callable[[], float]] | dict[str, float]) -> None:
    if all(callable(timing) for timing in timings.values()):
        best = dict.fromkeys(timings, float("inf"))
        for _ in range(5):  # interleaved rounds
            for name, timing in timings.items():
                assert callable(timing)
                best[name] = min(best[name], timing())
    else:
        best = {name: float(timing) for name, timing in timings.items()}  # type: ignore[arg-type]
    raw, models, ours = best["raw"], best["models"], best["ours"]
    row(f"in-process {mode}: raw httpx + json.loads (baseline)", f"{raw / calls * 1e6:.0f} us/call", "1.00x")
    row(
        f"in-process {mode}: raw httpx + the same models", f"{models / calls * 1e6:.0f} us/call", f"{models / raw:.2f}x"
    )
    row(f"in-process {mode}: generated endpoint", f"{ours / calls * 1e6:.0f} us/call", f"{ours / raw:.2f}x")
    row(f"in-process {mode}:   the same against raw httpx + the same models", "", f"{ours / models:.2f}x")


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


PAYLOADS = (
    # (label, path of the list operation, its endpoint module): date-heavy nested, then wide flat.
    ("transactions", "/transactions/{location_id}", get_transactions),
    ("appointments", "/records/{location_id}", get_appointment_list),
)


@contextlib.contextmanager
def standard_json_decoder() -> Iterator[None]:
    """The envelope's decoding as without the `fast` extra (msgspec)."""
    fast, envelope._fast_decode = _FAST, None
    try:
        yield
    finally:
        envelope._fast_decode = fast


def bench_parse() -> None:
    """Decode + unwrap + parse of a 10,000-item list answer, against json.loads of the same bytes,
    pydantic v2 validate_json and msgspec's typed decode of equivalent models (equivalents.py)."""
    spec, _ = normalize(load_spec(PINNED_SPEC), "generate")
    for label, path, module in PAYLOADS:
        media = spec["paths"][path]["get"]["responses"]["200"]["content"]["application/json"]
        items = [full_value(media["schema"]["items"], i) for i in range(ITEMS)]
        content = json.dumps({"success": True, "data": items, "meta": {"count": ITEMS}}).encode()
        request = httpx.Request("GET", "https://api.alteg.io/api/v1" + path)
        response = httpx.Response(200, content=content, request=request)
        model = typing.get_args(typing.get_type_hints(module._parse_data)["return"])[0]
        adapter = pydantic_envelope(model, items[0])
        decoder = msgspec_envelope(model, items[0])

        def ours(module: Any = module, response: httpx.Response = response, request: httpx.Request = request) -> None:
            result = finish(module._OPERATION, request, response, module._parse_data)
            assert result.parsed is not None and len(result.parsed) == ITEMS

        def with_pydantic(adapter: Any = adapter, content: bytes = content) -> None:
            assert len(adapter.validate_json(content).data) == ITEMS

        def with_pydantic_collector_paused(with_pydantic: Callable[[], None] = with_pydantic) -> None:
            # What ours does with a big answer (envelope.finish), granted to pydantic too.
            gc.disable()
            try:
                with_pydantic()
            finally:
                gc.enable()

        def with_msgspec(decoder: Any = decoder, content: bytes = content) -> None:
            assert len(decoder.decode(content).data) == ITEMS

        def ours_stdlib(ours: Callable[[], None] = ours) -> None:
            with standard_json_decoder():
                ours()

        candidates: dict[str, Callable[[], Any]] = {
            "json.loads": partial(json.loads, content),
            "ours": ours,
            "ours (json)": ours_stdlib,
            "pydantic": with_pydantic,
            "pydantic (collector paused)": with_pydantic_collector_paused,
            "msgspec": with_msgspec,
        }
        best = {name: float("inf") for name in candidates}
        for _ in range(5):  # interleaved rounds: machine noise hits all alike
            for name, function in candidates.items():
                best[name] = min(best[name], timed(function, 1))
        base = best["json.loads"]
        size = f"{len(content) / 1e6:.1f} MB"
        row(f"{label}: json.loads, {ITEMS:,} items ({size}) (baseline)", f"{ITEMS / base:,.0f} items/s", "1.00x")
        row(f"{label}: pydantic v2 TypeAdapter.validate_json", f"{ITEMS / best['pydantic']:,.0f} items/s",
            f"{best['pydantic'] / base:.2f}x")  # fmt: skip
        row(f"{label}: pydantic v2, the garbage collector paused as ours does",
            f"{ITEMS / best['pydantic (collector paused)']:,.0f} items/s",
            f"{best['pydantic (collector paused)'] / base:.2f}x")  # fmt: skip
        row(f"{label}: msgspec typed decode (physical reference)", f"{ITEMS / best['msgspec']:,.0f} items/s",
            f"{best['msgspec'] / base:.2f}x")  # fmt: skip
        for name, decoder_label in (("ours (json)", "the json module"), ("ours", f"{DECODER} (as installed)")):
            row(f"{label}: ours, decode with {decoder_label} + unwrap + strict parse",
                f"{ITEMS / best[name]:,.0f} items/s", f"{best[name] / base:.2f}x")  # fmt: skip
            row(f"{label}:   the same against pydantic (< 1.00x: faster)", "", f"{best[name] / best['pydantic']:.2f}x")
            row(f"{label}:   ... against pydantic with the collector paused", "",
                f"{best[name] / best['pydantic (collector paused)']:.2f}x")  # fmt: skip


def bench_regeneration() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "altegio_dev", "generate", "--out", tmp, "--quiet"],
            check=True,
            capture_output=True,
        )
        seconds = time.perf_counter() - started
    row("full regeneration (spec -> generated/), target 15 s", f"{seconds:.1f} s", f"{seconds / 15:.2f}x")


def startup_seconds(command: list[str]) -> float:
    """Wall-clock time of a whole process, min of STARTUP_RUNS (the least disturbed run)."""
    return timed(lambda: subprocess.run(command, capture_output=True, check=True), STARTUP_RUNS)


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
