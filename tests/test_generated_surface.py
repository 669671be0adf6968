"""generated/ covers the spec: one endpoint module per operation, all four functions, and every
function goes through AltegioClient.send/asend (the override path), by construction."""

from __future__ import annotations

import asyncio
import importlib
import inspect
import pkgutil
from http import HTTPStatus
from typing import Any

import httpx
import pytest

import altegio_b2b.api
from altegio_b2b import AltegioClient, Response
from altegio_b2b._operations import OPERATIONS
from altegio_dev.constants import PINNED_SPEC
from altegio_dev.normalizer import normalize
from altegio_dev.normalizer.walk import iter_operations
from altegio_dev.operation_table import operation_rows
from altegio_dev.spec_io import load_spec
from contract_args import build_call

NORMALIZED, _ = normalize(load_spec(PINNED_SPEC), "generate")
ROWS = operation_rows(NORMALIZED)
SPEC_OPS = {op["operationId"]: op for _, _, op in iter_operations(NORMALIZED)}


def generated_modules() -> set[str]:
    names = set()
    for tag in pkgutil.iter_modules(altegio_b2b.api.__path__):
        package = importlib.import_module(f"altegio_b2b.api.{tag.name}")
        names |= {f"{tag.name}.{m.name}" for m in pkgutil.iter_modules(package.__path__)}
    return names


def test_operation_set_equals_generated_modules() -> None:
    assert len(SPEC_OPS) == 262
    assert generated_modules() == {f"{row.tag}.{row.module}" for row in ROWS}


def test_operation_table_matches_spec() -> None:
    assert set(OPERATIONS) == {row.module for row in ROWS}
    for row in ROWS:
        op = OPERATIONS[row.module]
        assert (op.method, op.path, op.security) == (row.method, row.path, row.security)


@pytest.mark.parametrize("row", ROWS, ids=lambda row: row.operation_id)
def test_every_function_goes_through_the_client(row: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    module = importlib.import_module(row.import_path)
    for name in ("sync", "sync_detailed", "asyncio", "asyncio_detailed"):
        assert callable(getattr(module, name)), name
    assert inspect.iscoroutinefunction(module.asyncio)
    seen: list[tuple[str, str]] = []

    def fake_send(self: AltegioClient, operation: Any, kwargs: dict[str, Any], parse: Any, options: Any) -> Any:
        seen.append(("send", operation.operation_id))
        return Response(HTTPStatus.OK, b"", {}, None)

    async def fake_asend(self: AltegioClient, operation: Any, kwargs: dict[str, Any], parse: Any, options: Any) -> Any:
        seen.append(("asend", operation.operation_id))
        return Response(HTTPStatus.OK, b"", {}, None)

    monkeypatch.setattr(AltegioClient, "send", fake_send)
    monkeypatch.setattr(AltegioClient, "asend", fake_asend)
    client = AltegioClient("p", "u", rate_limiter=None)
    call = build_call(module.sync, SPEC_OPS[row.operation_id])
    module.sync(*call.args, client=client, **call.kwargs)
    asyncio.run(module.asyncio(*call.args, client=client, **call.kwargs))
    assert seen == [("send", row.operation_id), ("asend", row.operation_id)]


def test_deprecated_operations_warn_and_say_so() -> None:
    from altegio_b2b.api.clients import deprecated_get_client_list

    assert deprecated_get_client_list._OPERATION.deprecated
    assert "Deprecated: Altegio marks this operation deprecated" in (deprecated_get_client_list.sync.__doc__ or "")
    answer = httpx.Response(200, json={"success": True, "data": [], "meta": []})
    transport = httpx.MockTransport(lambda request: answer)
    client = AltegioClient("p", "u", rate_limiter=None, httpx_client=httpx.Client(transport=transport))
    for call in (deprecated_get_client_list.sync, deprecated_get_client_list.sync_detailed):
        with pytest.warns(DeprecationWarning, match="deprecated_get_client_list is deprecated") as caught:
            call(1, client=client)
        assert caught[0].filename == __file__  # the warning points at the caller
