"""Every operation of the table is reachable by `altegio call`: its command builds, has an option
for each parameter of the endpoint function (path placeholders as path parameters, required where
the function requires them), and `altegio show`'s example call parses as that command's arguments.
In process (305 subprocesses would take minutes); tests/test_altegio_cli.py runs the script."""

from __future__ import annotations

import importlib
import inspect
import shlex

import click
import pytest

from altegio_b2b._index import OPERATIONS, Entry
from altegio_b2b._runtime.cli.commands.call import operation_command
from altegio_b2b._runtime.cli.describe import example_call
from altegio_b2b._runtime.cli.parameters import CLIENT_ARGUMENTS, parameters


def _placeholders(path: str) -> set[str]:
    return {part.strip("{}") for part in path.split("/") if part.startswith("{")}


@pytest.mark.parametrize("entry", OPERATIONS, ids=[entry.operation_id for entry in OPERATIONS])
def test_the_operation_is_a_call_command(entry: Entry) -> None:
    operation_id = entry.operation_id
    module = importlib.import_module(entry.module)
    signature = inspect.signature(module.sync).parameters
    command = operation_command(operation_id)
    options = {param.name: param for param in command.params if isinstance(param, click.Option)}
    for name, parameter in signature.items():
        if name in CLIENT_ARGUMENTS:
            continue
        assert name in options, name
        assert options[name].required == (parameter.default is inspect.Parameter.empty), name
    described = parameters(module)
    assert {p.name for p in described if p.where == "path"} == _placeholders(entry.path)
    words = shlex.split(example_call(module))
    assert words[:3] == ["altegio", "call", operation_id]
    if "@body.json" in words:  # no documented example: a file the user writes
        return
    with command.make_context(operation_id, words[3:]) as context:
        assert all(context.params[p.name] not in (None, ()) for p in described if p.required)
