"""Keep the numbers the README states (operations per API, paged, deprecated...) equal to the
generated package's: `--write` rewrites them in place (update-spec does, after generating)."""

from __future__ import annotations

import argparse
import re
import sys

from .constants import B2B, BOOKING, DEVTOOLS, ROOT

README = ROOT / "README.md"

# Each phrase of the README that states a number, the number left as a field. Whitespace in a
# phrase matches any run of whitespace in the README (phrases may wrap).
STATED = (
    "all {b2b} operations of the Business Management",
    "plus the {booking} of Online Booking, the {devtools} of Developer Tools",
    "{b2b_user} of the {b2b} Business Management operations need the user token",
    "The {deprecated} operations Altegio marks deprecated",
    "for the {paged} operations that have a page number",
    "({paged_b2b} of Business Management, {paged_devtools} of Developer Tools",
    "... {events} in all",
    "| Business Management | {b2b} |",
    "| Online Booking | {booking} |",
    "| Developer Tools | {devtools} |",
    "| Developer Tools' webhooks | {events} events |",
)


def counts() -> dict[str, int]:
    """The numbers, from the generated package's operation index and webhook models."""
    from altegio_b2b._index import OPERATIONS
    from altegio_b2b.webhooks import EVENT_MODELS

    b2b = [entry for entry in OPERATIONS if entry.api == B2B.name]
    paged = [entry for entry in OPERATIONS if entry.paged]
    return {
        "b2b": len(b2b),
        "booking": sum(entry.api == BOOKING.name for entry in OPERATIONS),
        "devtools": sum(entry.api == DEVTOOLS.name for entry in OPERATIONS),
        "b2b_user": sum(entry.needs_user_token for entry in b2b),
        "deprecated": sum(entry.deprecated for entry in OPERATIONS),
        "paged": len(paged),
        "paged_b2b": sum(entry.api == B2B.name for entry in paged),
        "paged_devtools": sum(entry.api == DEVTOOLS.name for entry in paged),
        "events": len(set(EVENT_MODELS.values())),
    }


def _pattern(phrase: str) -> re.Pattern[str]:
    regex = ""
    for part in re.split(r"(\{\w+\})", phrase):
        if part.startswith("{"):
            regex += rf"(?P<{part[1:-1]}_{len(regex)}>\d[\d,]*)"
        else:
            regex += r"\s+".join(re.escape(word) for word in part.split(" "))
    return re.compile(regex)


def restated(text: str, numbers: dict[str, int]) -> tuple[str, list[str]]:
    """``text`` with every stated number set to ``numbers``'s, and what changed. A phrase the
    README no longer has is an error: the list above must follow the README."""
    changes: list[str] = []
    for phrase in STATED:
        pattern = _pattern(phrase)
        if not pattern.search(text):
            raise LookupError(f"README.md no longer says {phrase!r} (update readme_counts.STATED)")

        def replace(match: re.Match[str], phrase: str = phrase) -> str:
            found = match.group(0)
            wanted = found
            for name, value in reversed(list(match.groupdict().items())):
                start, end = match.span(name)
                number = str(numbers[name.rpartition("_")[0]])
                if value != number:
                    changes.append(f"{phrase}: {name.rpartition('_')[0]} {value} -> {number}")
                offset = match.start()
                wanted = wanted[: start - offset] + number + wanted[end - offset :]
            return wanted

        text = pattern.sub(replace, text)
    return text, changes


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--write", action="store_true", help="rewrite README.md (default: only check)")


def run(args: argparse.Namespace) -> int:
    text = README.read_text(encoding="utf-8")
    new_text, changes = restated(text, counts())
    for change in changes:
        print(f"README.md: {change}", file=sys.stderr)
    if args.write and changes:
        README.write_text(new_text, encoding="utf-8")
        return 0
    return 1 if changes else 0
