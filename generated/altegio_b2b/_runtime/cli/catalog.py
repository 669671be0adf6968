"""Finding operations in the generated operation table (``altegio_b2b._index``): by exact name
for `call` and `show`, by words for `ops`."""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from ..._index import OPERATIONS, Entry
from .exits import UsageError

AUTH_LABELS = {True: "partner+user", False: "partner"}


def find(name: str) -> Entry:
    """The operation called ``name`` (its operation id, or its module path), else a usage error
    that suggests the closest names."""
    wanted = name.strip().rsplit(".", 1)[-1]
    for entry in OPERATIONS:
        if entry.operation_id == wanted:
            return entry
    close = difflib.get_close_matches(wanted, [entry.operation_id for entry in OPERATIONS], n=3, cutoff=0.6)
    hint = f"; did you mean {' or '.join(close)}?" if close else ""
    raise UsageError(f"no operation {name!r}{hint} (`altegio ops WORDS` searches them)")


def _haystack(entry: Entry) -> str:
    return " ".join((entry.operation_id, entry.summary, entry.tag, entry.path, entry.package, entry.api)).lower()


def _matches(word: str, haystack: str) -> bool:
    # "times" finds "time slots", "records" finds "/records/{location_id}".
    return word in haystack or (len(word) > 3 and word.endswith("s") and word[:-1] in haystack)


def _matches_all(words: list[str], haystack: str) -> bool:
    return all(_matches(word, haystack) for word in words)


def search(words: Iterable[str]) -> list[Entry]:
    """The operations whose id, summary, tag, path or API contains every word (any case)."""
    wanted = [word.lower() for word in words if word.strip()]
    found = [entry for entry in OPERATIONS if _matches_all(wanted, _haystack(entry))]
    return sorted(found, key=lambda entry: (entry.package, entry.tag, entry.operation_id))


def row(entry: Entry) -> dict[str, str]:
    """One operation as `ops` lists it."""
    return {
        "operation": entry.operation_id,
        "request": f"{entry.method} {entry.path}",
        "summary": entry.summary,
        "auth": AUTH_LABELS[entry.needs_user_token],
        "paged": "yes" if entry.paged else "",
        "api": entry.package,
        "tag": entry.tag,
        "deprecated": "yes" if entry.deprecated else "",
    }
