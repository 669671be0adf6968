"""`make docs`: the HTML API reference pdoc builds, as headless Chromium renders it: a tag page
lists its operations with their summaries and requests, an operation's page carries the full
docstring of ``sync``, and the search box finds an operation."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote

import pytest

import headless_chromium
from altegio_dev.constants import ROOT
from headless_chromium import Elements
from report import Report

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(headless_chromium.MISSING is not None, reason=str(headless_chromium.MISSING)),
]
SCREENSHOT = ROOT / "build" / "docs-team_members.png"
TAG_PAGE = Path("altegio_b2b/api/team_members.html")


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory, report: Report) -> Path:
    """The reference, built once for this module by the command `make docs` runs."""
    output = tmp_path_factory.mktemp("docs")
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "altegio_dev", "docs", "--output", str(output)],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    seconds = time.perf_counter() - started
    assert result.returncode == 0, result.stdout + result.stderr
    pages = sum(1 for _ in output.rglob("*.html"))
    report.keyed["docs"] = f"docs: {pages} pages built in {seconds:.1f} s (make docs)"
    return output


def _url(path: Path, query: str = "") -> str:
    return path.resolve().as_uri() + query


def test_a_tag_page_lists_its_operations_with_summary_and_request(docs: Path) -> None:
    page = docs / TAG_PAGE
    rows, links = Elements.find(headless_chromium.dom(_url(page)), "tr", "module-row")
    assert len(rows) == len(list((docs / TAG_PAGE.with_suffix("")).glob("*.html"))) == 9
    row = rows.index("get_team_member_list Get list of team members GET /staff/{location_id}")
    # The row links to the operation's own page, whose sync carries the full docstring.
    operation_page = (page.parent / links[row][0]).resolve()
    assert operation_page == docs / "altegio_b2b/api/team_members/get_team_member_list.html"
    [sync], _ = Elements.find(headless_chromium.dom(_url(operation_page)), "section", element_id="sync")
    assert sync.startswith("def sync( location_id: int, *, client: altegio_b2b.AltegioClient,")
    for part in ("Returns all team members for the specified location.", "Raises: ArgumentError", "Returns: list["):
        assert part in sync, part


def test_search_finds_an_operation_by_its_words(docs: Path) -> None:
    # pdoc's search runs in the page: ?search= fills the box, fetches search.js and lists results.
    dom = headless_chromium.dom(_url(docs / "altegio_b2b.html", "?search=" + quote("team member list")))
    results, links = Elements.find(dom, "section", "search-result")
    assert results, "no search results rendered"
    assert results[0].startswith("altegio_b2b.api.team_members.get_team_member_list Get list of team members")
    assert links[0][0].endswith("altegio_b2b/api/team_members/get_team_member_list.html")


def test_screenshot_of_a_tag_page(docs: Path) -> None:
    SCREENSHOT.unlink(missing_ok=True)
    headless_chromium.screenshot(_url(docs / TAG_PAGE), SCREENSHOT)
    assert SCREENSHOT.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert SCREENSHOT.stat().st_size > 20_000  # a rendered page, not a blank one
