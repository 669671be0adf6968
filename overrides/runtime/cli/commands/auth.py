"""`altegio login` / `logout` / `token`: the user token kept in a per-user credentials file (0600
in a 0700 directory, see settings.py). No token is ever printed except by `altegio token --show`."""

from __future__ import annotations

import click

from ..app import Connection


@click.command()
@click.option("--login", "login_name", metavar="PHONE|EMAIL", help="The user's login (asked when left out).")
def login(login_name: str | None) -> None:
    """Log in as a user (the password is asked, never echoed) and keep the user token.

    The token goes to $XDG_CONFIG_HOME/altegio/credentials.json (or ~/.config/altegio/), readable
    only by you, with the partner token (asked when none is set) and the base URL, so that later
    calls need no variables. Flags and ALTEGIO_* variables still come first.
    """
    import dataclasses

    from ...redact import Secret
    from ..settings import BASE_URL, PARTNER_TOKEN, USER_TOKEN, Sourced, credentials_path, write_credentials

    settings = Connection.current().settings()
    partner = settings.partner_token
    if partner is None:
        partner = Sourced(Secret(click.prompt("Partner token", hide_input=True).strip()), "prompt")
        settings = dataclasses.replace(settings, partner_token=partner)
    name = login_name or click.prompt("Login (phone or email)")
    password = Secret(click.prompt("Password", hide_input=True))
    try:
        with settings.client() as client:
            user = client.login(name, password)
    finally:
        del password  # a traceback keeps frame locals
    path = credentials_path()
    write_credentials(
        path,
        {PARTNER_TOKEN: partner.value, USER_TOKEN: client.user_token or "", BASE_URL: settings.base_url.value},
    )
    who = getattr(user, "name", None) or name
    click.echo(f"logged in as {who}; the user token is kept in {path} (only you can read it)", err=True)


@click.command()
def logout() -> None:
    """Forget the stored tokens: remove the credentials file `altegio login` wrote."""
    from ..settings import credentials_path, remove_credentials

    path = credentials_path()
    if remove_credentials(path):
        click.echo(f"removed {path}", err=True)
    else:
        click.echo(f"not logged in ({path} does not exist)", err=True)


@click.command()
@click.option("--show", is_flag=True, help="Print the token itself on stdout (for $(altegio token --show)).")
@click.option("--partner", is_flag=True, help="The partner token instead of the user token.")
def token(show: bool, partner: bool) -> None:
    """Say which tokens are set and where each comes from (flag, environment or file).

    Tokens are never printed, except the one `--show` asks for.
    """
    settings = Connection.current().settings()
    if show:
        chosen = settings.partner_token if partner else settings.user_token
        if chosen is None:
            from ..exits import USAGE, CommandFailed

            raise CommandFailed(f"no {'partner' if partner else 'user'} token is set", USAGE)
        click.echo(chosen.value)
        return
    for label, sourced in (("partner token", settings.partner_token), ("user token", settings.user_token)):
        click.echo(f"{label}: " + (f"set ({sourced.source})" if sourced else "not set"))
    click.echo(f"base URL: {settings.base_url.value} ({settings.base_url.source})")
