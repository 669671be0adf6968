"""One worker process of the shared-budget tests: ``python limiter_worker.py BASE_URL REDIS_URL
NAMESPACE REQUESTS PER MODE CALLS NAME``. Waits for a line on stdin, then makes CALLS calls (sync
or asyncio) through a RedisRateLimiter, tagging each with ``X-Worker: NAME``; prints the number
of calls that succeeded. One warm-up call (``X-Worker: warm-up``) comes first."""

from __future__ import annotations

import asyncio
import sys

from altegio_b2b import AltegioClient, Rate, RedisRateLimiter, RequestOptions
from altegio_b2b.api.payments import get_account_list


def main(
    base_url: str, redis_url: str, namespace: str, requests: str, per: str, mode: str, calls: str, name: str
) -> int:
    limiter = RedisRateLimiter(redis_url, Rate(int(requests), float(per)), namespace=namespace)
    client = AltegioClient("partner", "user", base_url=base_url, rate_limiter=limiter)
    options = RequestOptions(extra_headers={"X-Worker": name})
    # Warm up on a budget of its own: the first async call imports httpx's async stack (~0.2 s on a
    # loaded machine, between the limiter's go-ahead and the send); the measured run is the limiter's.
    warm = AltegioClient(
        "partner", "user", base_url=base_url, rate_limiter=RedisRateLimiter(redis_url, namespace="warm-up")
    )
    warm_options = RequestOptions(extra_headers={"X-Worker": "warm-up"})
    get_account_list.sync(1, client=warm, options=warm_options)

    async def warm_up() -> None:
        await get_account_list.asyncio(1, client=warm, options=warm_options)
        await warm.aclose()

    asyncio.run(warm_up())
    print("ready", flush=True)
    sys.stdin.readline()
    done = 0
    if mode == "sync":
        for _ in range(int(calls)):
            get_account_list.sync(1, client=client, options=options)
            done += 1
    else:

        async def run() -> int:
            finished = 0
            for _ in range(int(calls)):
                await get_account_list.asyncio(1, client=client, options=options)
                finished += 1
            await client.aclose()
            return finished

        done = asyncio.run(run())
    print(done, flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(*sys.argv[1:]))
