"""Debian's Chromium, headless, for the tests that need a real browser: the DOM of a page after its
scripts ran, or a screenshot. Offline: every network feature Chromium has is off, and each run
gets a new empty profile."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from html.parser import HTMLParser
from pathlib import Path

BINARY = shutil.which("chromium") or shutil.which("chromium-browser")
# Why the browser tests are skipped, or None when Chromium is here (`make test` installs it).
MISSING = (
    None if BINARY else "chromium is not installed (make test installs Debian's package with apt-get when run as root)"
)
FLAGS = [
    "--headless",
    "--no-sandbox",  # as root, in a container: the sandbox cannot start
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# Virtual time lets the page's scripts (pdoc's search loads its index after the page) finish.
SCRIPT_TIME_MS = 10_000


def _run(url: str, *action: str, timeout: float = 60) -> str:
    assert BINARY is not None, MISSING
    with tempfile.TemporaryDirectory(prefix="altegio-chromium-") as profile:
        result = subprocess.run(
            [BINARY, *FLAGS, f"--user-data-dir={profile}", f"--virtual-time-budget={SCRIPT_TIME_MS}", *action, url],
            capture_output=True, text=True, timeout=timeout, check=False,
        )  # fmt: skip
    if result.returncode != 0:
        raise RuntimeError(f"chromium exited with {result.returncode}:\n{result.stderr[-2000:]}")
    return result.stdout


def dom(url: str) -> str:
    """The page's DOM, serialized after its scripts ran."""
    return _run(url, "--dump-dom")


def screenshot(url: str, path: Path, width: int = 1280, height: int = 900) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    _run(url, f"--screenshot={path}", f"--window-size={width},{height}", "--hide-scrollbars")


# Elements without an end tag: they must not count as a level of nesting.
VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"})


class Elements(HTMLParser):
    """The text of every element with a given tag and class or id (nested ones included), in
    order, and the ``href`` of each link inside them."""

    def __init__(self, tag: str, css_class: str | None, element_id: str | None) -> None:
        super().__init__()
        self.tag, self.css_class, self.element_id = tag, css_class, element_id
        self.texts: list[str] = []
        self.links: list[list[str]] = []
        self._open: list[int] = []  # indexes into texts of the matching elements we are inside
        self._depth: list[int] = []  # the tag depth each of them was opened at
        self._level = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in VOID:
            return
        self._level += 1
        attributes = dict(attrs)
        if (
            tag == self.tag
            and (self.css_class is None or self.css_class in (attributes.get("class") or "").split())
            and (self.element_id is None or attributes.get("id") == self.element_id)
        ):
            self._open.append(len(self.texts))
            self._depth.append(self._level)
            self.texts.append("")
            self.links.append([])
        href = attributes.get("href")
        if tag == "a" and href:
            for index in self._open:
                self.links[index].append(href)

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        if self._depth and self._depth[-1] == self._level:
            self._open.pop()
            self._depth.pop()
        self._level -= 1

    def handle_data(self, data: str) -> None:
        for index in self._open:
            self.texts[index] += data

    @classmethod
    def find(
        cls, html: str, tag: str, css_class: str | None = None, element_id: str | None = None
    ) -> tuple[list[str], list[list[str]]]:
        """Texts (whitespace collapsed) and links of the matching elements."""
        parser = cls(tag, css_class, element_id)
        parser.feed(html)
        parser.close()
        return [" ".join(text.split()) for text in parser.texts], parser.links
