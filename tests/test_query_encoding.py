"""The query string Altegio's server receives for every array parameter of every operation.

The list of array parameters comes from the pinned spec (after normalization), not from this file:
each is sent with two values through its generated function to a real loopback server, and the
raw query string is compared byte for byte with what PHP (Altegio's backend) reads as a list:
`name[]=a&name[]=b`, or `name=a,b` where the document declares `explode: false`.
"""

from __future__ import annotations

import datetime
import enum
import importlib
import inspect
import typing
from typing import Any
from urllib.parse import parse_qsl, quote_plus

import pytest

from altegio_b2b import AltegioClient
from contract_args import build_call
from http_server import ScriptedServer
from operation_table import OperationRow, operation_rows
from spec_io import load_pinned
from spec_normalizer import normalize
from spec_normalizer.rules import QUERY_STYLE_BRACKETS, QUERY_STYLE_COMMA
from spec_normalizer.walk import iter_operations

ArrayParameter = tuple[OperationRow, dict[str, Any], dict[str, Any]]  # row, operation, parameter


def _array_parameters() -> list[ArrayParameter]:
    normalized, _ = normalize(load_pinned(), "generate")
    rows = {row.operation_id: row for row in operation_rows(normalized)}
    return [
        (rows[op["operationId"]], op, param)
        for _, _, op in iter_operations(normalized)
        for param in op.get("parameters", [])
        if param.get("in") == "query" and "x-altegio-query-style" in param
    ]


ARRAY_PARAMETERS = _array_parameters()


def php_reads(query: str) -> dict[str, Any]:
    """What PHP's parse_str makes of a query: `a[]` keys collect lists, a bare key keeps its last value."""
    read: dict[str, Any] = {}
    for key, value in parse_qsl(query, keep_blank_values=True):
        if key.endswith("[]"):
            read.setdefault(key[:-2], []).append(value)
        else:
            read[key] = value
    return read


def two_values(annotation: Any) -> list[Any]:
    """Two distinct items for a list argument of the given annotation (enum members where it is one)."""
    options = [a for a in typing.get_args(annotation) if typing.get_origin(a) is list]
    (item,) = typing.get_args(options[0])
    if inspect.isclass(item) and issubclass(item, enum.Enum):
        members = list(item)
        return members[:2]
    samples: dict[Any, list[Any]] = {int: [123, 234], float: [1.5, 2.25], str: ["first", "second x"]}
    samples[datetime.date] = [datetime.date(2026, 5, 1), datetime.date(2026, 5, 2)]
    return samples[item]


def wire_text(value: Any) -> str:
    return str(value.value if isinstance(value, enum.Enum) else value)


def test_the_spec_has_array_parameters_in_both_styles() -> None:
    styles = {param["x-altegio-query-style"] for _, _, param in ARRAY_PARAMETERS}
    assert styles == {QUERY_STYLE_BRACKETS, QUERY_STYLE_COMMA}


@pytest.mark.parametrize(
    "case", ARRAY_PARAMETERS, ids=[f"{row.operation_id}.{param['name']}" for row, _, param in ARRAY_PARAMETERS]
)
def test_array_parameter_on_the_wire(case: ArrayParameter, server: ScriptedServer, client: AltegioClient) -> None:
    row, operation, param = case
    module = importlib.import_module(row.import_path)
    call = build_call(module.sync, operation)
    name = param["name"]
    values = two_values(inspect.signature(module.sync).parameters[name].annotation)
    call.kwargs[name] = values
    module.sync_detailed(*call.args, client=client, **call.kwargs)

    raw_query = server.requests[-1].raw_query
    texts = [wire_text(v) for v in values]
    if param["x-altegio-query-style"] == QUERY_STYLE_BRACKETS:
        wire = param["x-altegio-wire-name"]
        expected = "&".join(f"{quote_plus(wire)}={quote_plus(text)}" for text in texts)
        assert php_reads(raw_query)[wire.removesuffix("[]")] == texts
    else:
        expected = f"{quote_plus(name)}={quote_plus(','.join(texts))}"
        assert php_reads(raw_query)[name] == ",".join(texts)
    sent = "&".join(pair for pair in raw_query.split("&") if pair.split("=")[0] in (expected.split("=")[0],))
    assert sent == expected


def test_two_team_members_reach_php_as_a_list(server: ScriptedServer, client: AltegioClient) -> None:
    from altegio_b2b.api.schedule_resources import get_team_member_schedule_list

    get_team_member_schedule_list.sync_detailed(1, client=client, staff_ids=[123, 234])
    assert server.requests[-1].raw_query == "staff_ids%5B%5D=123&staff_ids%5B%5D=234"  # staff_ids[]=123&staff_ids[]=234
    assert php_reads(server.requests[-1].raw_query) == {"staff_ids": ["123", "234"]}
