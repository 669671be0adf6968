"""Dates and date-times as Altegio sends them. The documented answers carry ISO 8601 with and
without the offset's colon (`2026-02-01T12:00:00-0500`), with a space for the `T`
(`2026-01-16 16:00:00`), and full timestamps in fields declared as dates
(`2026-09-21T23:00:00.000-05:00` for a `date_start`). The standard library's fast parser is tried
first (Python 3.10's accepts less than 3.11's); dateutil's ISO parser takes the rest."""

from __future__ import annotations

import datetime as _dt
from typing import Any


def _isoparse(value: str) -> Any:
    # Imported on first use: most answers never need it, and dateutil costs ~10 ms to import.
    from dateutil.parser import isoparse

    return isoparse(value)


def parse_datetime(value: str) -> _dt.datetime:
    try:
        return _dt.datetime.fromisoformat(value)
    except ValueError:
        return _isoparse(value)  # type: ignore[no-any-return]


def parse_date(value: str) -> _dt.date:
    """A date; a full timestamp in a date field gives the day it names (in its own offset)."""
    try:
        return _dt.date.fromisoformat(value)
    except ValueError:
        return _isoparse(value).date()  # type: ignore[no-any-return]
