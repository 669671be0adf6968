"""`altegio ops [WORDS...]`: the operations whose id, summary, tag or path hold every word."""

from __future__ import annotations

import click

from ..catalog import row, search
from ..render import FORMATS


@click.command()
@click.argument("words", nargs=-1)
@click.option("--output", "-o", type=click.Choice(FORMATS), default="table", show_default=True)
def ops(words: tuple[str, ...], output: str) -> None:
    """Search the operations of every API document by WORDS in the id, summary, tag or path.

    \b
      altegio ops book times
      altegio ops /records
    """
    from .. import render

    found = [row(entry) for entry in search(words)]
    if output != "table":
        render.write(iter(found), output)
        return
    if not found:
        click.echo(f"no operation matches {' '.join(words)!r}", err=True)
        return
    columns = ["operation", "request", "summary", "auth", "paged"]
    rows = [
        [r["operation"] + (" (deprecated)" if r["deprecated"] else ""), *(r[c] for c in columns[1:])] for r in found
    ]
    render.table(columns, rows, title=f"{len(found)} operation(s)")
