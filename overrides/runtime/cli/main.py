"""``altegio``'s entry point: runs the command and turns what went wrong into an exit code.

0 success, 1 an API error, 2 a usage error (nothing was sent), 3 a transport failure
(see exits.py). Without the ``cli`` extra it says which extra to install instead of a traceback.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

MISSING_EXTRA = "altegio: the command line needs the cli extra: pip install 'altegio-b2b[cli]'"


def main(argv: Sequence[str] | None = None) -> int:
    try:
        import click
    except ImportError:
        print(MISSING_EXTRA, file=sys.stderr)
        return 2

    from . import exits
    from .app import cli

    try:
        # Not standalone: click returns a command's exit code (`ctx.exit(n)`) instead of exiting.
        code = cli.main(args=list(argv) if argv is not None else None, prog_name="altegio", standalone_mode=False)
    except click.exceptions.Exit as stop:
        return stop.exit_code
    except click.ClickException as error:
        error.show()
        return error.exit_code
    except (click.exceptions.Abort, KeyboardInterrupt):
        print("\naltegio: interrupted", file=sys.stderr)
        return exits.INTERRUPTED
    except (exits.UsageError, exits.CommandFailed) as error:
        return exits.report(error)
    return code if isinstance(code, int) else exits.SUCCESS


def run() -> None:
    """The console script: ``altegio``."""
    sys.exit(main())
