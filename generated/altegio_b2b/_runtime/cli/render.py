"""What `call` prints on stdout: the answer as JSON (default, for `jq`), JSON lines (one item a
line), a table (Rich) or CSV. Items are written as they arrive where the format allows it (json,
jsonl), so `--all` over many pages streams instead of piling up."""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import sys
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

from ..redact import REDACTED

FORMATS = ("json", "jsonl", "table", "csv")
PIPE_WIDTH = 240  # a table written to a file or pipe: wide enough that cells are not cut


def _is_token(key: object, value: object) -> bool:
    return isinstance(key, str) and key.lower().endswith("token") and isinstance(value, str) and bool(value)


def plain(value: Any) -> Any:
    """``value`` as plain JSON data: models by their ``to_dict``, dates as ISO text, enums by
    value, and any field named like a token redacted (a login's answer carries the user token:
    `altegio login` keeps it, `altegio token --show` prints it)."""
    if hasattr(value, "to_dict"):
        return plain(value.to_dict())
    if isinstance(value, dict):
        return {str(key): REDACTED if _is_token(key, item) else plain(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(item) for item in value]
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    return value


def _dumps(value: Any, indent: int | None = None) -> str:
    return json.dumps(plain(value), ensure_ascii=False, indent=indent)


def items_of(value: Any) -> list[Any]:
    """The rows of an answer: a list's items, else the answer itself (none for no answer)."""
    if value is None:
        return []
    return list(value) if isinstance(value, (list, tuple)) else [value]


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _columns(rows: list[dict[str, Any]]) -> list[str]:
    seen: dict[str, None] = {}
    for row in rows:
        seen.update(dict.fromkeys(row))
    return list(seen)


def _rows(items: Iterable[Any]) -> list[dict[str, Any]]:
    rows = []
    for item in items:
        data = plain(item)
        rows.append(data if isinstance(data, dict) else {"value": data})
    return rows


def write(items: Iterator[Any], fmt: str, *, single: bool = False, out: TextIO | None = None) -> int:
    """Write ``items`` in ``fmt``; ``single`` writes the one answer as itself in json (not a list).
    Returns how many items were written."""
    stream = out or sys.stdout
    count = 0
    if fmt == "json" and single:
        value = next(items, None)
        stream.write(_dumps(value, indent=2) + "\n")
        return 0 if value is None else 1
    if fmt == "json":
        stream.write("[")
        for count, item in enumerate(items, 1):
            stream.write(("\n  " if count == 1 else ",\n  ") + _dumps(item))
        stream.write("\n]\n" if count else "]\n")
        return count
    if fmt == "jsonl":
        for item in items:
            stream.write(_dumps(item) + "\n")
            count += 1
        return count
    rows = _rows(items)
    if fmt == "table" and single and len(rows) == 1:  # one object: a field a line reads better
        table(["field", "value"], [[key, _cell(value)] for key, value in rows[0].items()], out=stream)
        return 1
    columns = _columns(rows)
    if fmt == "csv":
        writer = csv.writer(stream)
        writer.writerow(columns)
        writer.writerows([_cell(row.get(column)) for column in columns] for row in rows)
        return len(rows)
    table(columns, [[_cell(row.get(column)) for column in columns] for row in rows], out=stream)
    return len(rows)


def table(columns: list[str], rows: list[list[str]], *, title: str | None = None, out: TextIO | None = None) -> None:
    """A Rich table on ``out`` (stdout); Rich is imported only here."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    drawn = Table(title=title, show_lines=False, highlight=False)
    for index, column in enumerate(columns):
        drawn.add_column(column, no_wrap=index == 0)  # the first column names the row: never cut
    for row in rows:
        drawn.add_row(*(Text(cell) for cell in row))  # Text: brackets in data are not Rich markup
    console = Console(file=out or sys.stdout)
    if not console.is_terminal and "COLUMNS" not in os.environ:  # COLUMNS, when set, is the width
        console.width = PIPE_WIDTH
    console.print(drawn)
