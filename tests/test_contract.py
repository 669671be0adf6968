"""Every operation of the pinned spec, called through its generated function against Prism.

For each operation: build arguments from the spec, call ``sync`` through ``AltegioClient``
(and ``asyncio`` for one operation per tag), and require that Prism accepted the request
(``--errors`` turns a violation into a 4xx, which raises) with no violation header, that the
call returned, and that the result has the declared type. Runs against Prism's static examples
and against its dynamic, schema-generated answers with a fixed seed.
"""

from __future__ import annotations

import importlib
import inspect
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

import report
from altegio_b2b import AltegioClient
from altegio_dev.constants import PINNED_SPEC
from altegio_dev.normalizer import normalize
from altegio_dev.operation_table import OperationRow, operation_rows
from altegio_dev.prism_mock import PrismMock
from altegio_dev.spec_io import load_spec
from contract_args import build_call, matches_return_type

pytestmark = [pytest.mark.contract, pytest.mark.timeout(900), pytest.mark.filterwarnings("ignore::DeprecationWarning")]

NORMALIZED, _ = normalize(load_spec(PINNED_SPEC), "generate")
OPERATIONS = {row.operation_id: row for row in operation_rows(NORMALIZED)}
SPEC_OPERATIONS = {
    op["operationId"]: op for item in NORMALIZED["paths"].values() for op in item.values() if isinstance(op, dict)
}


@dataclass
class Outcome:
    passed: int
    failures: list[str]
    async_sample: int
    seconds: float


class ViolationRecorder:
    """Event hook on the user-supplied httpx client: Prism's violation header, last body seen."""

    def __init__(self) -> None:
        self.violations: list[str] = []
        self.last_body: bytes = b""

    def __call__(self, response: httpx.Response) -> None:
        if "sl-violations" in response.headers:
            self.violations.append(response.headers["sl-violations"])

    async def async_hook(self, response: httpx.Response) -> None:
        self(response)


def _module(row: OperationRow) -> Any:
    return importlib.import_module(row.import_path)


def _check_result(row: OperationRow, function: Any, result: Any) -> str | None:
    annotation = inspect.signature(function).return_annotation
    if not matches_return_type(result, annotation):
        return f"returned {type(result).__name__}, declared {annotation}"
    return None


@pytest.fixture(scope="module", params=["static", "dynamic"])
def prism(request: pytest.FixtureRequest) -> Iterator[PrismMock]:
    with PrismMock(dynamic=request.param == "dynamic", seed="altegio-b2b-contract") as mock:
        yield mock


def _client(mock: PrismMock, recorder: ViolationRecorder) -> AltegioClient:
    return AltegioClient(
        "contract-partner-token",
        "contract-user-token",
        base_url=mock.base_url,
        rate_limiter=None,
        max_retries=0,
        httpx_client=httpx.Client(event_hooks={"response": [recorder]}),
    )


def _run_one(client: AltegioClient, recorder: ViolationRecorder, row: OperationRow, use_async: bool) -> str | None:
    try:
        module = _module(row)
    except ImportError as exc:
        return f"no generated module ({exc})"
    function = module.asyncio if use_async else module.sync
    try:
        call = build_call(function, SPEC_OPERATIONS[row.operation_id])
    except Exception as exc:  # a spec the argument builder cannot satisfy is a failure too
        return f"could not build arguments: {type(exc).__name__}: {exc}"
    recorder.violations.clear()
    try:
        if use_async:
            import asyncio

            result = asyncio.run(_call_async(client, recorder, function, call.args, call.kwargs))
        else:
            result = function(*call.args, client=client, **call.kwargs)
    except Exception as exc:
        violations = f"; Prism violations: {recorder.violations[0][:600]}" if recorder.violations else ""
        return f"{type(exc).__name__}: {str(exc)[:400]}{violations}"
    if recorder.violations:
        return f"Prism reported violations: {recorder.violations[0][:400]}"
    return _check_result(row, function, result)


async def _call_async(
    client: AltegioClient, recorder: ViolationRecorder, function: Any, args: list[Any], kwargs: dict[str, Any]
) -> Any:
    # An AsyncClient belongs to one event loop: each asyncio.run gets its own, closed after.
    async with httpx.AsyncClient(event_hooks={"response": [recorder.async_hook]}) as http:
        async_client = AltegioClient(
            "contract-partner-token", "contract-user-token", base_url=client.base_url,
            rate_limiter=None, max_retries=0, async_httpx_client=http,
        )  # fmt: skip
        return await function(*args, client=async_client, **kwargs)


def _async_sample() -> set[str]:
    """One operation per tag, the first by name: every tag's async path is exercised."""
    first: dict[str, str] = {}
    for row in sorted(OPERATIONS.values(), key=lambda r: r.operation_id):
        first.setdefault(row.tag, row.operation_id)
    return set(first.values())


def run_contract(mock: PrismMock) -> Outcome:
    recorder = ViolationRecorder()
    client = _client(mock, recorder)
    sample = _async_sample()
    failures: list[str] = []
    started = time.perf_counter()
    for operation_id in sorted(SPEC_OPERATIONS):
        row = OPERATIONS[operation_id]
        reason = _run_one(client, recorder, row, use_async=False)
        if reason is None and operation_id in sample:
            reason = _run_one(client, recorder, row, use_async=True)
            reason = reason and f"(async) {reason}"
        if reason is not None:
            failures.append(f"{operation_id}: {reason}")
    client.close()
    return Outcome(len(SPEC_OPERATIONS) - len(failures), failures, len(sample), time.perf_counter() - started)


def test_every_operation_against_prism(prism: PrismMock) -> None:
    outcome = run_contract(prism)
    mode = "dynamic" if prism.dynamic else "static"
    report.LINES.append(
        f"contract ({mode}): {outcome.passed}/{len(SPEC_OPERATIONS)} operations passed "
        f"(async sample: {len(_async_sample())}) in {outcome.seconds:.1f} s"
    )
    assert not outcome.failures, "\n".join(outcome.failures)


def test_operation_count_comes_from_the_spec() -> None:
    assert len(SPEC_OPERATIONS) == 262
    assert set(SPEC_OPERATIONS) == set(OPERATIONS)
