"""`altegio call OPERATION [--PARAM VALUE...]`: one command per operation, built when it is named
from the endpoint function's signature (parameters.py), run through its ``sync_detailed`` (or
``paginate`` for ``--all``), the answer on stdout and errors on stderr with their exit code."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from functools import partial
from typing import Any

import click

from ..app import Connection
from ..catalog import find
from ..exits import UsageError
from ..render import FORMATS

# The options every operation's command has besides its parameters (their names are kept out of
# the operations' own: building a command fails loudly if a spec ever adds a clashing one).
ALL, OUTPUT, DETAILED = "all_pages", "output", "detailed"


def common_options() -> list[click.Option]:
    return [
        click.Option(
            ["--all", ALL],
            is_flag=True,
            help="Walk every page of a paged operation (its own size parameter, e.g. --count, sets the page "
            "size), progress on stderr.",
        ),
        click.Option(
            ["--output", "-o", OUTPUT],
            type=click.Choice(FORMATS),
            default="json",
            show_default=True,
            help="json (for jq), jsonl (one item a line), table or csv.",
        ),
        click.Option(["--detailed", DETAILED], is_flag=True, help="Also the status, headers and the envelope's meta."),
    ]


def operation_command(name: str) -> click.Command:
    """The command for operation ``name``: an option per parameter plus the common ones."""
    from ..parameters import option, parameters

    entry = find(name)
    module = importlib.import_module(entry.module)
    own = [option(parameter) for parameter in parameters(module)]
    common = common_options()
    clash = {o.name for o in own} & {o.name for o in common}
    if clash:
        raise RuntimeError(f"{entry.operation_id} has parameters named like call's own options: {sorted(clash)}")
    auth = "partner + user token" if entry.needs_user_token else "partner token"
    return click.Command(
        entry.operation_id,
        params=[*own, *common],
        callback=partial(_run, module),
        help=f"{entry.summary}\n\n{entry.method} {entry.path} ({auth}{', paged' if entry.paged else ''}). "
        f"`altegio show {entry.operation_id}` describes it.",
        short_help=entry.summary,
        context_settings={"max_content_width": 100},
    )


class CallGroup(click.Group):
    """Its commands are the operations of the table, each built only when named."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        from ...._index import OPERATIONS

        return sorted(entry.operation_id for entry in OPERATIONS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        try:
            return operation_command(cmd_name)
        except UsageError as error:
            raise click.UsageError(str(error), ctx) from None

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        with formatter.section("Options of every OPERATION (after its name)"):
            formatter.write_dl([record for o in common_options() if (record := o.get_help_record(ctx))])
        with formatter.section("Parameters"):
            formatter.write_text(
                "Each parameter of the operation is an option: --location-id 1 --start-date 2026-05-01. "
                "Lists repeat the flag (--include a --include b); the body is --body JSON, @file or - "
                "(standard input). Values are checked as the Python functions check them, before sending."
            )


@click.group(
    cls=CallGroup,
    options_metavar="",
    subcommand_metavar="OPERATION [--PARAM VALUE]... [--body JSON|@file|-] [--all] [--output FORMAT] [--detailed]",
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)
def call() -> None:
    """Call OPERATION and print its answer (JSON on stdout, pipe it into jq).

    `altegio ops WORDS` finds operations; `altegio call OPERATION --help` lists its parameters.

    \b
      altegio call get_appointment_list --location-id 706028 --start-date 2026-05-01 --all -o jsonl
      altegio call create_client --location-id 706028 --body '{"name": "James", "phone": "+13155550175"}'
    """


def _arguments(module: Any, given: dict[str, Any]) -> dict[str, Any]:
    """The Python call's arguments: absent options left out (the function's defaults apply), the
    body built into its model."""
    from ..body import build
    from ..parameters import parameters

    arguments: dict[str, Any] = {}
    for parameter in parameters(module):
        value = given.get(parameter.name)
        if value is None or value == ():
            continue
        if parameter.is_json:
            value = build(parameter, value)
        arguments[parameter.name] = list(value) if parameter.repeatable else value
    return arguments


def _run(module: Any, **given: Any) -> None:
    all_pages, output, detailed = (given.pop(key) for key in (ALL, OUTPUT, DETAILED))
    operation = module._OPERATION
    if all_pages and operation.paging is None:
        raise UsageError(f"--all: {operation.operation_id} is not a paged operation")
    if all_pages and detailed:
        raise UsageError("--detailed shows one answer: leave out --all")
    arguments = _arguments(module, given)
    from .. import render

    with Connection.current().settings().client() as client:
        if all_pages:
            from ...pagination import paginate

            pages = paginate(module, client=client, **arguments)
            render.write(_with_progress(pages, operation.operation_id), output)
            return
        response = module.sync_detailed(client=client, **arguments)
    if isinstance(response.parsed, bytes) and not detailed:
        sys.stdout.buffer.write(response.parsed)  # a binary answer (a PDF receipt) as it came
        return
    if detailed:
        answer = {
            "status_code": int(response.status_code),
            "headers": dict(response.headers),
            "meta": response.meta,
            "data": response.parsed,
        }
        render.write(iter([answer]), output, single=True)
        return
    parsed = response.parsed
    single = not isinstance(parsed, (list, tuple))
    render.write(iter([parsed] if single and output == "json" else render.items_of(parsed)), output, single=single)


def _with_progress(pages: Any, label: str) -> Iterator[Any]:
    """The items of ``pages``, counted on a Rich progress bar on stderr (total: what `meta` says)."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=Console(stderr=True)) as progress:
        task = progress.add_task(label, total=None)
        for item in pages:
            progress.update(task, advance=1, total=pages.total, description=f"{label} page {pages.page - 1}")
            yield item
        progress.update(task, total=progress.tasks[0].completed)
