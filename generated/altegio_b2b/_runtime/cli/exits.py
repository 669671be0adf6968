"""What an `altegio` exit code says, and how an error is told on stderr.

0 success, 1 the API answered with an error (or an answer the client cannot read), 2 a usage
error (bad arguments, no credentials: nothing was sent), 3 a transport failure (no answer).
"""

from __future__ import annotations

import sys

SUCCESS = 0
API_ERROR = 1
USAGE = 2
TRANSPORT = 3
INTERRUPTED = 130  # the shell's convention for SIGINT


class UsageError(Exception):
    """The command cannot run as asked; nothing was sent (exit 2)."""


class CommandFailed(Exception):
    """The command ran and failed for a reason already explained by ``message`` (exit ``code``)."""

    def __init__(self, message: str, code: int) -> None:
        self.code = code
        super().__init__(message)


def exit_code(error: BaseException) -> int:
    from ..errors import (
        AltegioError,
        ArgumentError,
        MissingUserTokenError,
        RateLimiterUnavailableError,
        TransportError,
    )

    if isinstance(error, CommandFailed):
        return error.code
    if isinstance(error, (UsageError, ArgumentError, MissingUserTokenError)):
        return USAGE
    if isinstance(error, (TransportError, RateLimiterUnavailableError)):
        return TRANSPORT
    if isinstance(error, AltegioError):
        return API_ERROR
    raise error


def explain(error: BaseException) -> str:
    """The lines stderr gets: the API's message and its field errors, one per line."""
    from ..errors import AltegioApiError, MissingUserTokenError, TransportError

    if isinstance(error, AltegioApiError):
        lines = [f"HTTP {int(error.status_code)} from {error.method} {error.url}: {error.message}"]
        for field, problems in (error.errors or {}).items():
            listed = problems if isinstance(problems, list) else [problems]
            lines += [f"  {field}: {problem}" for problem in listed]
        return "\n".join(lines)
    if isinstance(error, MissingUserTokenError):
        return (
            f"{error.operation_id} needs a user token: run `altegio login`, set ALTEGIO_USER_TOKEN or pass --user-token"
        )
    if isinstance(error, TransportError):
        return f"transport failure: {error}"
    return str(error)


def report(error: BaseException) -> int:
    """Tell ``error`` on stderr and return its exit code (the client's errors come here as
    CommandFailed, their tokens already redacted by the command group)."""
    print(f"altegio: {explain(error)}", file=sys.stderr)
    return exit_code(error)
