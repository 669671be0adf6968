"""A big answer is decoded and parsed with the cyclic garbage collector paused (it would walk the
growing heap of fresh, live containers again and again), and the collector is always left as it
was found: running again after success and after a failed parse, untouched when the user had
stopped it, never paused for small answers."""

from __future__ import annotations

import gc
import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from altegio_b2b import ResponseFormatError
from altegio_b2b._runtime import envelope
from altegio_b2b.api.payments import get_transactions

REQUEST = httpx.Request("GET", "https://api.alteg.io/api/v1/transactions/1")


def _answer(items: int) -> httpx.Response:
    data = [{"id": i, "amount": 1.5, "comment": "x" * 40} for i in range(items)]
    content = json.dumps({"success": True, "data": data, "meta": {"count": items}}).encode()
    return httpx.Response(200, content=content, request=REQUEST)


BIG = _answer(10_000)
SMALL = _answer(3)


@pytest.fixture(autouse=True)
def collector_running() -> Iterator[None]:
    gc.enable()
    yield
    gc.enable()


def _finish(response: httpx.Response, parse: Any) -> Any:
    return envelope.finish(get_transactions._OPERATION, REQUEST, response, parse)


def test_a_big_answer_is_parsed_with_the_collector_paused_then_resumed() -> None:
    assert len(BIG.content) > envelope.PAUSE_COLLECTOR_ABOVE
    seen: list[bool] = []

    def parse(data: Any) -> Any:
        seen.append(gc.isenabled())
        return get_transactions._parse_data(data)

    result = _finish(BIG, parse)
    assert seen == [False]
    assert gc.isenabled()
    assert len(result.parsed) == 10_000
    assert result.parsed[9_999].id == 9_999


def test_a_small_answer_leaves_the_collector_alone() -> None:
    assert len(SMALL.content) <= envelope.PAUSE_COLLECTOR_ABOVE
    seen: list[bool] = []
    _finish(SMALL, lambda data: seen.append(gc.isenabled()))
    assert seen == [True]


def test_a_failed_parse_resumes_the_collector() -> None:
    def parse(data: Any) -> Any:
        raise KeyError("id")

    with pytest.raises(ResponseFormatError, match="get_transactions"):
        _finish(BIG, parse)
    assert gc.isenabled()


def test_a_collector_the_user_stopped_stays_stopped() -> None:
    gc.disable()
    _finish(BIG, get_transactions._parse_data)
    assert not gc.isenabled()
