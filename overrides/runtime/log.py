"""The ``altegio_b2b`` logger: one line per HTTP attempt, never a header, token or body.

``ALTEGIO_LOG=debug`` (or ``info``) in the environment attaches a stderr handler, like
openai-python's ``OPENAI_LOG``; otherwise configure the logger as usual.
"""

from __future__ import annotations

import logging
import os

logger = logging.getLogger("altegio_b2b")


def _configure_from_env() -> None:
    level = os.environ.get("ALTEGIO_LOG", "").strip().upper()
    if level not in ("DEBUG", "INFO"):
        return
    if not any(getattr(h, "_altegio", False) for h in logger.handlers):
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        handler._altegio = True  # type: ignore[attr-defined]
        logger.addHandler(handler)
    logger.setLevel(level)


_configure_from_env()


def log_attempt(
    method: str, path: str, attempt: int, seconds: float, *, status: int | None = None, error: str | None = None
) -> None:
    if not logger.isEnabledFor(logging.INFO):
        return
    outcome = f"HTTP {status}" if status is not None else f"failed: {error}"
    level = logging.INFO if status is not None and status < 400 else logging.WARNING
    logger.log(level, "%s %s -> %s in %.1f ms (attempt %d)", method, path, outcome, seconds * 1000, attempt)


def log_retry(method: str, path: str, attempt: int, delay: float) -> None:
    logger.info("%s %s: retrying in %.2f s (attempt %d failed)", method, path, delay, attempt)


def log_gave_up(method: str, path: str, attempt: int) -> None:
    logger.warning("%s %s: no retry after attempt %d, it would end past the total timeout", method, path, attempt)
