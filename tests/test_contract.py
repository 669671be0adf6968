"""Every operation of the pinned spec, called through its generated function against Prism.

One test per operation and Prism mode: build arguments from the spec, call ``sync`` through
``AltegioClient`` (and ``asyncio`` too for one operation per tag), and require that Prism
accepted the request (``--errors`` turns a violation into a 4xx, which raises) with no violation
header, that the call returned, and that the result has the declared type. The modes: Prism's
static examples, and its dynamic, schema-generated answers with a fixed seed; each mode's mock
is started once.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import inspect
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from altegio_b2b import AltegioClient
from altegio_dev.operation_table import OperationRow
from altegio_dev.prism_mock import PrismMock
from contract_args import build_call, matches_return_type
from generated_modules import endpoint_modules
from report import ContractTally, Report

pytestmark = [pytest.mark.contract, pytest.mark.filterwarnings("ignore::DeprecationWarning")]

# Test ids come from the generated package, so collecting needs no spec;
# test_generated_surface.py checks that the package and the spec list the same operations.
MODULES = list(endpoint_modules())
PARTNER_TOKEN, USER_TOKEN = "contract-partner-token", "contract-user-token"


class ViolationRecorder:
    """Response event hook: the `sl-violations` headers Prism sent since the last clear()."""

    def __init__(self) -> None:
        self.violations: list[str] = []

    def __call__(self, response: httpx.Response) -> None:
        if "sl-violations" in response.headers:
            self.violations.append(response.headers["sl-violations"])

    async def async_hook(self, response: httpx.Response) -> None:
        self(response)


@dataclass
class Prism:
    mode: str
    client: AltegioClient
    recorder: ViolationRecorder


@pytest.fixture(scope="session", params=["static", "dynamic"])
def prism(request: pytest.FixtureRequest) -> Iterator[Prism]:
    mode = request.param
    recorder = ViolationRecorder()
    # The static mock is the session's shared one (it keeps no state); the dynamic one is ours.
    static = mode == "static"
    started = (
        contextlib.nullcontext(request.getfixturevalue("prism_mock"))
        if static
        else PrismMock(dynamic=True, seed="altegio-b2b-contract")
    )
    with started as mock, httpx.Client(event_hooks={"response": [recorder]}) as http:
        client = AltegioClient(
            PARTNER_TOKEN, USER_TOKEN, base_url=mock.base_url, rate_limiter=None, max_retries=0, httpx_client=http
        )
        yield Prism(mode, client, recorder)


@pytest.fixture(scope="session")
def async_sample(operation_rows: dict[str, OperationRow]) -> frozenset[str]:
    """One operation per tag, the first by name: every tag's async path is exercised."""
    first: dict[str, str] = {}
    for module in sorted(operation_rows):
        first.setdefault(operation_rows[module].tag, module)
    return frozenset(first.values())


async def _call_async(prism: Prism, function: Any, args: list[Any], kwargs: dict[str, Any]) -> Any:
    # An AsyncClient belongs to one event loop: each asyncio.run gets its own, closed after.
    async with httpx.AsyncClient(event_hooks={"response": [prism.recorder.async_hook]}) as http:
        client = AltegioClient(
            PARTNER_TOKEN, USER_TOKEN, base_url=prism.client.base_url, rate_limiter=None, max_retries=0,
            async_httpx_client=http,
        )  # fmt: skip
        return await function(*args, client=client, **kwargs)


def _failure(prism: Prism, module: Any, operation: dict[str, Any], use_async: bool) -> str | None:
    """Why the call failed, or None."""
    function = module.asyncio if use_async else module.sync
    try:
        call = build_call(function, operation)
    except Exception as exc:  # a spec the argument builder cannot satisfy is a failure too
        return f"could not build arguments: {type(exc).__name__}: {exc}"
    prism.recorder.violations.clear()
    try:
        if use_async:
            result = asyncio.run(_call_async(prism, function, call.args, call.kwargs))
        else:
            result = function(*call.args, client=prism.client, **call.kwargs)
    except Exception as exc:
        violations = prism.recorder.violations
        detail = f"; Prism violations: {violations[0][:600]}" if violations else ""
        return f"{type(exc).__name__}: {str(exc)[:400]}{detail}"
    if prism.recorder.violations:
        return f"Prism reported violations: {prism.recorder.violations[0][:400]}"
    annotation = inspect.signature(function).return_annotation
    if not matches_return_type(result, annotation):
        return f"returned {type(result).__name__}, declared {annotation}"
    return None


@pytest.mark.parametrize("module_name", MODULES)
def test_operation_against_prism(
    prism: Prism,
    module_name: str,
    operation_rows: dict[str, OperationRow],
    spec_operations: dict[str, dict[str, Any]],
    async_sample: frozenset[str],
    report: Report,
) -> None:
    row = operation_rows.get(module_name)
    assert row is not None, f"{module_name} is generated but not in the pinned spec"
    module = importlib.import_module(row.import_path)
    operation = spec_operations[row.operation_id]
    started = time.perf_counter()
    failure = _failure(prism, module, operation, use_async=False)
    also_async = failure is None and module_name in async_sample
    if also_async:
        failure = _failure(prism, module, operation, use_async=True)
        failure = failure and f"(async) {failure}"
    tally = report.contract.setdefault(f"{row.api} ({prism.mode})", ContractTally())
    tally.operations += 1
    tally.passed += failure is None
    tally.async_calls += also_async
    tally.seconds += time.perf_counter() - started
    assert failure is None, f"{row.operation_id}: {failure}"
