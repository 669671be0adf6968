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

from altegio_b2b import AltegioClient, Response
from altegio_b2b._runtime.operation import Paging
from altegio_b2b._runtime.request import RequestParts
from altegio_dev.normalizer.rules import DEPRECATED_NOTE
from altegio_dev.operation_table import OperationRow
from contract_args import build_call
from generated_modules import API_PACKAGES, endpoint_modules

# Test ids come from the generated package (no spec at collection); the first test ties it to the spec.
MODULES = list(endpoint_modules())


def generated_modules() -> set[str]:
    """Every module file under the API packages (not only those their __all__ lists)."""
    names = set()
    for api in API_PACKAGES:
        try:
            root = importlib.import_module(f"altegio_b2b.{api}")
        except ModuleNotFoundError:  # a document not pinned yet
            continue
        for tag in pkgutil.iter_modules(root.__path__):
            if tag.name.startswith("_"):  # _resources: the tags as attributes, not a tag
                continue
            package = importlib.import_module(f"altegio_b2b.{api}.{tag.name}")
            modules = pkgutil.iter_modules(package.__path__)
            names |= {f"{api}.{tag.name}.{m.name}" for m in modules if not m.name.startswith("_")}
    return names


def test_one_endpoint_module_per_operation(
    spec_operations: dict[str, dict[str, Any]], operation_rows: dict[str, OperationRow]
) -> None:
    assert {row.operation_id for row in operation_rows.values()} == set(spec_operations)
    assert len(operation_rows) == len(spec_operations)  # no two operations share a module
    assert generated_modules() == {f"{row.package}.{row.tag}.{row.module}" for row in operation_rows.values()}


def test_each_module_holds_its_operation_facts(operation_rows: dict[str, OperationRow]) -> None:
    assert set(MODULES) == set(operation_rows)
    for module, row in operation_rows.items():
        op = importlib.import_module(row.import_path)._OPERATION
        namespace = {"Operation": type(op), "Paging": Paging}
        assert op == eval(row.operation_literal, namespace), module  # noqa: S307


@pytest.mark.parametrize("module_name", MODULES)
def test_every_function_goes_through_the_client(
    module_name: str,
    operation_rows: dict[str, OperationRow],
    spec_operations: dict[str, dict[str, Any]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    row = operation_rows[module_name]
    module = importlib.import_module(row.import_path)
    for name in ("sync", "sync_detailed", "asyncio", "asyncio_detailed"):
        assert callable(getattr(module, name)), name
    assert inspect.iscoroutinefunction(module.asyncio)
    seen: list[tuple[str, str]] = []

    def fake_send(self: AltegioClient, operation: Any, parts: RequestParts, parse: Any, options: Any) -> Any:
        seen.append(("send", operation.operation_id))
        return Response(HTTPStatus.OK, b"", {}, None)

    async def fake_asend(self: AltegioClient, operation: Any, parts: RequestParts, parse: Any, options: Any) -> Any:
        seen.append(("asend", operation.operation_id))
        return Response(HTTPStatus.OK, b"", {}, None)

    monkeypatch.setattr(AltegioClient, "send", fake_send)
    monkeypatch.setattr(AltegioClient, "asend", fake_asend)
    client = AltegioClient("p", "u", rate_limiter=None)
    call = build_call(module.sync, spec_operations[row.operation_id])
    module.sync(*call.args, client=client, **call.kwargs)
    asyncio.run(module.asyncio(*call.args, client=client, **call.kwargs))
    assert seen == [("send", row.operation_id), ("asend", row.operation_id)]


def test_deprecated_operations_warn_and_say_so(
    operation_rows: dict[str, OperationRow], spec_operations: dict[str, dict[str, Any]]
) -> None:
    deprecated = [row for row in operation_rows.values() if row.deprecated]
    assert deprecated == [row for row in operation_rows.values() if spec_operations[row.operation_id].get("deprecated")]
    answer = httpx.Response(200, json={"success": True, "data": None, "meta": []})
    client = AltegioClient("p", "u", rate_limiter=None, httpx_client=httpx.Client(transport=httpx.MockTransport(
        lambda request: answer)))  # fmt: skip
    for row in deprecated:
        module = importlib.import_module(row.import_path)
        assert DEPRECATED_NOTE in (module.sync.__doc__ or ""), row.operation_id
        call = build_call(module.sync, spec_operations[row.operation_id])
        for function in (module.sync, module.sync_detailed):
            with pytest.warns(DeprecationWarning, match=f"{row.operation_id} is deprecated") as caught:
                function(*call.args, client=client, **call.kwargs)
            assert caught[0].filename == __file__  # the warning points at the caller
