"""Where the command line's base URL and tokens come from: a flag, else the environment, else the
credentials file `altegio login` wrote (``$XDG_CONFIG_HOME/altegio/credentials.json``, or
``~/.config/altegio/``: the file 0600 in a 0700 directory, written whole or not at all).

Tokens are held as ``Secret`` (their repr is redacted) and never printed: only their source is.
"""

from __future__ import annotations

import json
import os
import stat
import sys
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..options import BASE_URL_VARIABLE, DEFAULT_BASE_URL, PARTNER_TOKEN_VARIABLE, USER_TOKEN_VARIABLE
from ..redact import Redactor, Secret
from .exits import UsageError

if TYPE_CHECKING:
    from ...client import AltegioClient

# The credentials file's keys.
PARTNER_TOKEN, USER_TOKEN, BASE_URL = "partner_token", "user_token", "base_url"
PRIVATE_FILE, PRIVATE_DIRECTORY = 0o600, 0o700


def config_directory(environ: Mapping[str, str] | None = None) -> Path:
    env = os.environ if environ is None else environ
    base = env.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "altegio"


def credentials_path(environ: Mapping[str, str] | None = None) -> Path:
    return config_directory(environ) / "credentials.json"


@dataclass(frozen=True)
class Sourced:
    """A setting and where it came from ("--partner-token", "environment ALTEGIO_...", "file ...")."""

    value: str
    source: str

    def __repr__(self) -> str:  # a token's value never shows
        return f"Sourced(<redacted>, source={self.source!r})"


@dataclass(frozen=True)
class Settings:
    partner_token: Sourced | None
    user_token: Sourced | None
    base_url: Sourced

    def redactor(self) -> Redactor:
        """Replaces either token wherever it would be printed (an echoing server, say)."""
        return Redactor(s.value for s in (self.partner_token, self.user_token) if s is not None)

    def client(self, **kwargs: Any) -> AltegioClient:
        """A client with these tokens; a clear usage error when there is no partner token."""
        from ...client import AltegioClient

        if self.partner_token is None:
            raise UsageError(
                f"no partner token: set {PARTNER_TOKEN_VARIABLE}, pass --partner-token or run `altegio login`"
            )
        user = Secret(self.user_token.value) if self.user_token is not None else None
        return AltegioClient(Secret(self.partner_token.value), user, base_url=self.base_url.value, **kwargs)


def resolve(flags: Mapping[str, str | None], environ: Mapping[str, str] | None = None) -> Settings:
    """Each setting from its flag (``flags``, by option name), else the environment, else the file."""
    env = os.environ if environ is None else environ
    path = credentials_path(env)
    stored = read_credentials(path)

    def pick(flag: str, variable: str, key: str) -> Sourced | None:
        given = flags.get(flag)
        if given and given.strip():
            return Sourced(given.strip(), "--" + flag.replace("_", "-"))
        if env.get(variable, "").strip():
            return Sourced(env[variable].strip(), f"environment {variable}")
        if isinstance(stored.get(key), str) and stored[key]:
            return Sourced(stored[key], f"file {path}")
        return None

    base_url = pick("base_url", BASE_URL_VARIABLE, BASE_URL) or Sourced(DEFAULT_BASE_URL, "default")
    return Settings(
        pick("partner_token", PARTNER_TOKEN_VARIABLE, PARTNER_TOKEN),
        pick("user_token", USER_TOKEN_VARIABLE, USER_TOKEN),
        base_url,
    )


def read_credentials(path: Path) -> dict[str, Any]:
    """The file's settings ({} when there is none); its content never appears in an error."""
    try:
        mode = path.stat().st_mode
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except OSError as error:
        raise UsageError(f"cannot read {path}: {error.strerror}") from None
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        print(f"altegio: warning: {path} is readable by others: chmod 600 it", file=sys.stderr)
    try:
        values = json.loads(text)
    except ValueError:
        values = None
    del text
    if not isinstance(values, dict):
        raise UsageError(f"{path} is not a JSON object: remove it (`altegio logout`) and log in again")
    return values


def write_credentials(path: Path, values: Mapping[str, str]) -> None:
    """Replace the file atomically, created 0600 in a 0700 directory (never readable by others,
    not even for a moment)."""
    path.parent.mkdir(mode=PRIVATE_DIRECTORY, parents=True, exist_ok=True)
    os.chmod(path.parent, PRIVATE_DIRECTORY)
    # mkstemp creates the file 0600 (PRIVATE_FILE): no moment where it is readable by others.
    descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=".credentials-", suffix=".tmp")
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as file:
            json.dump(dict(values), file, indent=2)
            file.write("\n")
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def remove_credentials(path: Path) -> bool:
    try:
        path.unlink()
    except FileNotFoundError:
        return False
    return True
