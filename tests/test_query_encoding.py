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
from altegio_dev.normalizer.rules import QUERY_STYLE_BRACKETS, QUERY_STYLE_COMMA
from altegio_dev.operation_table import OperationRow
from contract_args import build_call
from http_server import ScriptedServer
from report import Report

ArrayParameter = tuple[OperationRow, dict[str, Any], dict[str, Any]]  # row, operation, parameter


@pytest.fixture(scope="module")
def array_parameters(
    spec_operations: dict[str, dict[str, Any]], operation_rows: dict[str, OperationRow]
) -> list[ArrayParameter]:
    rows = {row.operation_id: row for row in operation_rows.values()}
    return [
        (rows[operation_id], op, param)
        for operation_id, op in spec_operations.items()
        for param in op.get("parameters", [])
        if param.get("in") == "query" and "x-altegio-query-style" in param
    ]


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


def test_the_spec_has_array_parameters_in_both_styles(array_parameters: list[ArrayParameter]) -> None:
    styles = {param["x-altegio-query-style"] for _, _, param in array_parameters}
    assert styles == {QUERY_STYLE_BRACKETS, QUERY_STYLE_COMMA}


def expected_query(param: dict[str, Any], texts: list[str]) -> str:
    """The exact query text for these values: `name%5B%5D=a&name%5B%5D=b` (that is, name[]=a&name[]=b), or
    `name=a%2Cb` (name=a,b) where the document declares explode: false."""
    if param["x-altegio-query-style"] == QUERY_STYLE_BRACKETS:
        return "&".join(f"{quote_plus(param['x-altegio-wire-name'])}={quote_plus(text)}" for text in texts)
    return f"{quote_plus(param['name'])}={quote_plus(','.join(texts))}"


def test_every_array_parameter_on_the_wire(
    array_parameters: list[ArrayParameter], server: ScriptedServer, client: AltegioClient, report: Report
) -> None:
    """Each array parameter of each operation, sent with two values; every mismatch is listed."""
    failures = []
    for row, operation, param in array_parameters:
        module = importlib.import_module(row.import_path)
        call = build_call(module.sync, operation)
        name = param["name"]
        values = two_values(inspect.signature(module.sync).parameters[name].annotation)
        call.kwargs[name] = values
        module.sync_detailed(*call.args, client=client, **call.kwargs)
        raw_query = server.requests[-1].raw_query
        texts = [wire_text(v) for v in values]
        expected = expected_query(param, texts)
        key = expected.split("=", 1)[0]
        sent = "&".join(pair for pair in raw_query.split("&") if pair.split("=", 1)[0] == key)
        bracketed = param["x-altegio-query-style"] == QUERY_STYLE_BRACKETS
        php = php_reads(raw_query).get(name)
        if sent != expected or php != (texts if bracketed else ",".join(texts)):
            failures.append(f"{row.operation_id}.{name}: sent {sent!r}, expected {expected!r}; PHP reads {php!r}")
    operations = len({row.operation_id for row, _, _ in array_parameters})
    report.lines.append(
        f"wire format: {len(array_parameters)} array query parameters in {operations} operations sent as PHP reads "
        f"them, {len(failures)} mismatches"
    )
    assert not failures, "\n".join(failures)


def test_two_team_members_reach_php_as_a_list(server: ScriptedServer, client: AltegioClient) -> None:
    from altegio_b2b.api.schedule_resources import get_team_member_schedule_list

    get_team_member_schedule_list.sync_detailed(1, client=client, staff_ids=[123, 234])
    assert server.requests[-1].raw_query == "staff_ids%5B%5D=123&staff_ids%5B%5D=234"  # staff_ids[]=123&staff_ids[]=234
    assert php_reads(server.requests[-1].raw_query) == {"staff_ids": ["123", "234"]}
