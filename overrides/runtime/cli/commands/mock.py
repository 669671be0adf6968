"""`altegio mock`: the Prism mock of the pinned spec, as `make mock` serves it.

It needs a checkout of the repository: the pinned documents in openapi/, Prism from `npm ci`
and the tooling (`python -m altegio_dev`). The wheel ships none of them: the specs are several
megabytes that only this command would read, and Prism needs Node and npm packages anyway.
"""

from __future__ import annotations

import argparse

import click

NEEDS_CHECKOUT = (
    "altegio mock needs a checkout of altegio-b2b (the pinned specs in openapi/, Prism from `npm ci`, "
    "the tooling from `make setup`); there run `altegio mock` or `make mock`"
)


@click.command()
@click.option(
    "--port",
    type=click.IntRange(min=0, max=65535),
    default=4010,
    show_default=True,
    help="Port on 127.0.0.1 (0: any free one).",
)
@click.option("--dynamic", is_flag=True, help="Answers generated from the schemas, not the documented examples.")
@click.option("--seed", default="altegio-b2b", show_default=True, help="Seed of --dynamic answers.")
def mock(port: int, dynamic: bool, seed: str) -> None:
    """Serve the Prism mock of the pinned spec on 127.0.0.1 and print its base URL (Ctrl-C stops it).

    Point calls at it: ALTEGIO_BASE_URL=<printed URL> altegio call ... (any tokens are accepted).
    """
    from ..exits import USAGE, CommandFailed

    try:
        from altegio_dev import mock as dev_mock
        from altegio_dev.constants import PRISM
    except ImportError:
        raise CommandFailed(NEEDS_CHECKOUT, USAGE) from None
    if not PRISM.exists():
        raise CommandFailed(f"{PRISM} is missing: run `npm ci` (or `make setup`) in the checkout", USAGE)
    status = dev_mock.run(argparse.Namespace(port=port, dynamic=dynamic, seed=seed))
    if status:
        raise click.exceptions.Exit(status)
