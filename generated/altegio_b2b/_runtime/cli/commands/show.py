"""`altegio show OPERATION`: parameters (name, where, type, required), body fields, response
shape and an example request."""

from __future__ import annotations

import importlib

import click

from ..catalog import AUTH_LABELS, find


@click.command()
@click.argument("operation")
def show(operation: str) -> None:
    """Show OPERATION: its parameters, body fields, response shape and an example call."""
    from .. import describe, render
    from ..parameters import parameters

    entry = find(operation)
    module = importlib.import_module(entry.module)
    flags = [f"auth: {AUTH_LABELS[entry.needs_user_token]} token"]
    flags += ["paged: --all walks every page"] if entry.paged else []
    flags += ["DEPRECATED"] if entry.deprecated else []
    click.echo(
        f"{entry.operation_id}: {entry.summary}\n{entry.method} {entry.path}  ({entry.api} API; {'; '.join(flags)})\n"
    )
    rows = [[p.flag, p.where, p.type_text, "yes" if p.required else "", p.description] for p in parameters(module)]
    if rows:
        render.table(["option", "where", "type", "required", "description"], rows, title="Parameters")
    else:
        click.echo("Parameters: none")
    for model in describe.body_models(module):
        fields = describe.fields(model)
        render.table(
            ["field", "type", "required", "description"],
            [[f.name, f.type_text, "yes" if f.required else "", f.description] for f in fields],
            title=f"Body fields ({model.__name__})",
        )
    shape, models = describe.response_shape(module)
    click.echo(f"\nResponse data: {shape}")
    for model in models:
        fields = describe.fields(model)
        render.table(
            ["field", "type", "description"],
            [[f.name, f.type_text, f.description] for f in fields],
            title=f"Response fields ({model.__name__})",
        )
    click.echo(f"\nExample:\n  {describe.example_call(module)}")
