"""Resource-style access: ``client.<tag>.<operation_id>(...)`` and ``client.aio...`` are the module
functions with the client filled in (same signature, return type, wire request), for every
operation of every API document, discoverable with dir(), and loaded lazily."""

from __future__ import annotations

import asyncio
import importlib
import inspect
import subprocess
import sys
import typing

from typing_extensions import assert_type

from altegio_b2b import AltegioClient
from altegio_b2b._index import OPERATIONS
from altegio_b2b.api.appointments import get_appointment_list
from altegio_b2b.models import GetAppointmentListResponse200Item
from http_server import Reply, ScriptedServer, envelope


def resource(client: object, entry: object) -> object:
    """``client.<tag>`` (B2B) or ``client.<package>.<tag>`` (the other documents)."""
    package, tag = entry.package, entry.tag  # type: ignore[attr-defined]
    holder = client if package == "api" else getattr(client, package)
    return getattr(holder, tag)


def test_every_operation_is_a_method_with_the_module_functions_signature(client: AltegioClient) -> None:
    checked = 0
    for entry in OPERATIONS:
        module = importlib.import_module(entry.module)
        for facade, function in (
            (resource(client, entry), module.sync),
            (resource(client.aio, entry), module.asyncio),
        ):
            method = getattr(facade, entry.operation_id)
            expected = inspect.signature(function)
            expected = expected.replace(parameters=[p for p in expected.parameters.values() if p.name != "client"])
            got = inspect.signature(method)
            assert [(p.name, p.kind, p.default) for p in got.parameters.values() if p.name != "self"] == [
                (p.name, p.kind, p.default) for p in expected.parameters.values()
            ], entry.operation_id
            # The methods' annotations are strings (their module imports the models for type checkers
            # only): read in the endpoint module's namespace, they are the function's own.
            hints = typing.get_type_hints(method, globalns=vars(module))
            assert hints == {k: v for k, v in typing.get_type_hints(function).items() if k != "client"}, entry.module
            assert inspect.iscoroutinefunction(method) == inspect.iscoroutinefunction(function)
            checked += 1
    assert checked == 2 * len(OPERATIONS)


def test_dir_lists_every_tag(client: AltegioClient) -> None:
    names = set(dir(client))
    for entry in OPERATIONS:
        holder = names if entry.package == "api" else set(dir(getattr(client, entry.package)))
        assert entry.tag in holder, entry.module
        assert entry.operation_id in dir(resource(client, entry))
    assert {"aio", "booking", "devtools"} <= names
    assert {"booking", "devtools"} <= set(dir(client.aio))


def test_a_method_sends_what_the_function_sends(server: ScriptedServer, client: AltegioClient) -> None:
    server.default = lambda request: Reply(200, envelope([{"id": 7}]))
    via_function = get_appointment_list.sync(1, client=client, page=2)
    via_method = client.appointments.get_appointment_list(1, page=2)
    assert_type(via_method, list[GetAppointmentListResponse200Item] | None)
    assert via_method == via_function and via_method is not None and via_method[0].id == 7
    via_async = asyncio.run(client.aio.appointments.get_appointment_list(1, page=2))
    assert_type(via_async, list[GetAppointmentListResponse200Item] | None)
    assert via_async == via_function
    first, second, third = server.requests
    assert (first.path, first.raw_query) == (second.path, second.raw_query) == (third.path, third.raw_query)


def test_the_other_documents_too(server: ScriptedServer, client: AltegioClient) -> None:
    server.default = lambda request: Reply(200, envelope([]))
    client.booking.online_booking.get_services_available_for_booking(1)
    asyncio.run(client.aio.devtools.dictionaries.get_country_list())
    assert [r.path for r in server.requests] == ["/api/v1/book_services/1", "/api/v1/countries"]


def test_a_tag_loads_only_its_own_modules() -> None:
    code = (
        "import sys; from altegio_b2b import AltegioClient;"
        "c = AltegioClient('p', 'u', rate_limiter=None); before = set(sys.modules);"
        "c.appointments.get_appointment_list;"
        "new = sorted(m for m in set(sys.modules) - before if m.startswith('altegio_b2b'));"
        "print(' '.join(new))"
    )
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert "altegio_b2b.api.appointments._resources" in loaded
    assert not [m for m in loaded if m.startswith(("altegio_b2b.api.clients", "altegio_b2b.models."))]
