"""The README as pip users read it: every ```python block runs, in order, against the Prism mock
of the pinned documents, and the numbers it states are the package's own."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from altegio_b2b._index import OPERATIONS
from altegio_b2b.webhooks import EVENT_MODELS
from altegio_dev.constants import ROOT
from altegio_dev.prism_mock import PrismMock

README = ROOT / "README.md"
PYTHON_BLOCK = re.compile(r"^```python\n(.*?)^```$", re.MULTILINE | re.DOTALL)


def _python_blocks(text: str) -> list[tuple[int, str]]:
    """(line number, code) of every ```python block, in document order."""
    return [(text.count("\n", 0, match.start()) + 2, match.group(1)) for match in PYTHON_BLOCK.finditer(text)]


@pytest.mark.contract
def test_every_python_block_runs_in_order_against_the_mock(
    prism_mock: PrismMock, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Like a reader following along: the blocks share one namespace (`client` comes from the
    quick start) and `AltegioClient.from_env()` finds the mock where a reader's token would be."""
    for name in ("ALTEGIO_USER_TOKEN", "ALTEGIO_RATE_LIMIT_URL", "ALTEGIO_LOG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("ALTEGIO_PARTNER_TOKEN", "readme-partner-token")
    monkeypatch.setenv("ALTEGIO_BASE_URL", prism_mock.base_url)
    # A block that reached for the real API would fail here instead of leaving the machine.
    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:9")
    blocks = _python_blocks(README.read_text(encoding="utf-8"))
    assert len(blocks) >= 8, "the README lost its examples"
    namespace: dict[str, object] = {"__name__": "readme"}
    for line, code in blocks:
        try:
            exec(compile(code, f"README.md:{line}", "exec"), namespace)  # noqa: S102 - the README's own code
        except Exception as error:
            pytest.fail(f"the block at README.md line {line} failed: {type(error).__name__}: {error}")
    out = capsys.readouterr().out
    assert "queue client 7" in out  # the webhook block reached its queue
    assert "404" in out  # the error block caught the mock's documented 404


def _counts() -> dict[str, int]:
    by_api: dict[str, list[str]] = {}
    for entry in OPERATIONS:
        by_api.setdefault(entry.api, []).append(entry.operation_id)
    b2b = [entry for entry in OPERATIONS if entry.api == "b2b-v1"]
    paged = [entry for entry in OPERATIONS if entry.paged]
    return {
        "b2b": len(b2b),
        "booking": len(by_api["public"]),
        "devtools": len(by_api["developers"]),
        "b2b_user": sum(entry.needs_user_token for entry in b2b),
        "deprecated": sum(entry.deprecated for entry in OPERATIONS),
        "paged": len(paged),
        "paged_b2b": sum(entry.api == "b2b-v1" for entry in paged),
        "paged_devtools": sum(entry.api == "developers" for entry in paged),
        "events": len(set(EVENT_MODELS.values())),
    }


# Each phrase of the README that states a number, with the number left as a field.
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


@pytest.mark.parametrize("phrase", STATED)
def test_the_numbers_stated_are_the_packages(phrase: str) -> None:
    text = " ".join(README.read_text(encoding="utf-8").split())  # phrases may wrap
    assert phrase.format(**_counts()) in text


def test_no_relative_links_that_break_on_pypi() -> None:
    """PyPI renders the README away from the repository: links are absolute or anchors within it."""
    text = README.read_text(encoding="utf-8")
    targets = re.findall(r"\]\(([^)]+)\)", text)
    assert targets
    broken = [target for target in targets if not target.startswith(("https://", "#"))]
    assert not broken
    anchors = {target[1:] for target in targets if target.startswith("#")}
    headings = {_anchor(heading) for heading in re.findall(r"^#+ (.+)$", text, re.MULTILINE)}
    assert anchors <= headings


def _anchor(heading: str) -> str:
    """The anchor GitHub and PyPI give a heading."""
    return re.sub(r"[^\w\- ]", "", heading.lower()).replace(" ", "-")


def test_readme_path_is_the_packages_long_description() -> None:
    assert re.search(r'^readme = "README.md"$', (ROOT / "pyproject.toml").read_text(), re.MULTILINE)
    assert Path(README).is_file()
