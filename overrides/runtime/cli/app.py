"""The ``altegio`` command group: connection options, and subcommands imported only when used."""

from __future__ import annotations

import importlib
from typing import Any

import click

from . import exits

# name -> (module under commands/, its click command, the one line `altegio --help` shows).
# The line is kept here so that `--help` imports no command module.
COMMANDS: dict[str, tuple[str, str, str]] = {
    "ops": ("ops", "ops", "Search the operations by words in their id, summary, tag or path."),
    "show": ("show", "show", "Show an operation: parameters, body fields, response shape, example."),
    "call": ("call", "call", "Call an operation: --PARAM VALUE..., --body, --all, --output."),
    "login": ("auth", "login", "Log in as a user and keep the user token for later calls."),
    "logout": ("auth", "logout", "Forget the stored tokens (remove the credentials file)."),
    "token": ("auth", "token", "Say which tokens are set and where from (--show prints one)."),
    "mock": ("mock", "mock", "Serve the Prism mock of the pinned spec on 127.0.0.1 (a checkout)."),
    "webhooks": ("webhooks", "webhooks", "Receive webhook deliveries locally and print them typed."),
}


class Connection:
    """The connection flags of this run; the settings (flags > environment > file) resolved on
    first use, so commands that need none never read the credentials file."""

    def __init__(self, flags: dict[str, str | None]) -> None:
        self.flags = flags
        self._settings: Any = None

    @classmethod
    def current(cls) -> Connection:
        """The connection of the running command (set by the ``altegio`` group)."""
        connection = click.get_current_context().find_object(cls)
        assert connection is not None
        return connection

    def settings(self) -> Any:
        if self._settings is None:
            from .settings import resolve

            self._settings = resolve(self.flags)
        return self._settings


class LazyGroup(click.Group):
    """Lists its commands from COMMANDS and imports one only when it runs (or its help is asked)."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in COMMANDS:
            return None
        module, attribute, _ = COMMANDS[cmd_name]
        command: click.Command = getattr(importlib.import_module(f"{__package__}.commands.{module}"), attribute)
        return command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        with formatter.section("Commands"):
            formatter.write_dl([(name, line) for name, (_, _, line) in COMMANDS.items()])

    def invoke(self, ctx: click.Context) -> Any:
        """Runs the command; an error of the client becomes its exit code and a message with the
        API's words and field errors, the tokens of this run redacted from it."""
        from ..errors import AltegioError

        try:
            return super().invoke(ctx)
        except AltegioError as error:
            connection = ctx.find_object(Connection)
            redact = connection.settings().redactor().text if connection is not None else str
            raise exits.CommandFailed(redact(exits.explain(error)), exits.exit_code(error)) from None


@click.group(
    cls=LazyGroup,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
    epilog="Exit codes: 0 success, 1 API error, 2 usage error (nothing sent), 3 transport failure. "
    "Start with `altegio ops WORDS`, then `altegio show OPERATION`.",
)
@click.option(
    "--base-url", metavar="URL", help="API base URL (env ALTEGIO_BASE_URL; default: Altegio's production API)."
)
@click.option(
    "--partner-token",
    metavar="TOKEN",
    help="Partner token (prefer env ALTEGIO_PARTNER_TOKEN: a flag shows in `ps` and shell history).",
)
@click.option("--user-token", metavar="TOKEN", help="User token (prefer env ALTEGIO_USER_TOKEN or `altegio login`).")
@click.version_option(package_name="altegio-b2b", prog_name="altegio")
@click.pass_context
def cli(ctx: click.Context, base_url: str | None, partner_token: str | None, user_token: str | None) -> None:
    """Altegio's APIs from the shell: find an operation, read its parameters, call it.

    Settings come from a flag, else the environment (ALTEGIO_PARTNER_TOKEN, ALTEGIO_USER_TOKEN,
    ALTEGIO_BASE_URL), else the file `altegio login` writes.
    """
    ctx.obj = Connection({"base_url": base_url, "partner_token": partner_token, "user_token": user_token})
