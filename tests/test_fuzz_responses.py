"""Fuzz the response path (envelope detection, unwrapping, errors, parsing) with arbitrary
statuses, JSON and bytes: nothing escapes but the package's own typed errors."""

from __future__ import annotations

import contextlib
import json
from typing import Any

import httpx
from hypothesis import given, settings
from hypothesis import strategies as st

from altegio_b2b import AltegioError
from altegio_b2b._runtime.envelope import finish
from altegio_b2b.api.chain_loyalty_programs import create_chain_loyalty_program
from altegio_b2b.api.payments import get_account_list
from report import Report

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=20,
)
envelopes = st.fixed_dictionaries(
    {"success": st.booleans(), "data": json_values, "meta": json_values | st.just([]) | st.just({})}
)
statuses = st.sampled_from([200, 201, 202, 204, 400, 401, 403, 404, 422, 429, 500, 502, 503]) | st.integers(100, 599)
ENDPOINTS = [get_account_list, create_chain_loyalty_program]


def _run(report: Report, status: int, content: bytes, endpoint: Any) -> None:
    request = httpx.Request("GET", "https://api.alteg.io/api/v1/accounts/1")
    response = httpx.Response(status, content=content, request=request, headers={"Content-Type": "application/json"})
    report.fuzz_cases += 1
    with contextlib.suppress(AltegioError):  # anything else fails the test
        finish(endpoint._OPERATION, request, response, endpoint._parse_data)


@settings(max_examples=400, deadline=None)
@given(status=statuses, body=envelopes | json_values, endpoint=st.sampled_from(ENDPOINTS))
def test_arbitrary_json(report: Report, status: int, body: Any, endpoint: Any) -> None:
    _run(report, status, json.dumps(body).encode(), endpoint)


@settings(max_examples=300, deadline=None)
@given(status=statuses, content=st.binary(max_size=200), endpoint=st.sampled_from(ENDPOINTS))
def test_arbitrary_bytes(report: Report, status: int, content: bytes, endpoint: Any) -> None:
    _run(report, status, content, endpoint)
