"""Shared fixtures: a real loopback HTTP server and clients pointed at it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import report
from altegio_b2b import AltegioClient
from http_server import ScriptedServer, running_server

PARTNER_TOKEN = "partner-SECRET-3f9a1c"
USER_TOKEN = "user-SECRET-77b2e0"


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    with running_server() as srv:
        yield srv


class SleepRecorder:
    """Stands in for time.sleep / asyncio.sleep so retry tests take no wall time."""

    def __init__(self) -> None:
        self.calls: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)

    async def async_sleep(self, seconds: float) -> None:
        self.calls.append(seconds)


@pytest.fixture
def sleeps() -> SleepRecorder:
    return SleepRecorder()


@pytest.fixture
def client(server: ScriptedServer, sleeps: SleepRecorder) -> Iterator[AltegioClient]:
    with AltegioClient(
        PARTNER_TOKEN,
        USER_TOKEN,
        base_url=server.url,
        rate_limiter=None,
        sleep=sleeps,
        async_sleep=sleeps.async_sleep,
    ) as c:
        yield c


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """The figures tests recorded in report.py: contract pass counts, the fault-injection tally
    (with -v, the whole fault table), fuzz cases, limiter rates."""
    for line in report.LINES:
        terminalreporter.write_line(line)
    if report.FAULT_ROWS:
        duplicated = sum(count for _, count in report.FAULT_ROWS)
        terminalreporter.write_line(
            f"faults: {len(report.FAULT_ROWS)} injected (sync + async) handled as specified, "
            f"duplicated writes: {duplicated}"
        )
        if terminalreporter.config.getoption("verbose") > 0:
            for row, _ in report.FAULT_ROWS:
                terminalreporter.write_line("  " + row)
    if report.FUZZ_CASES[0]:
        terminalreporter.write_line(f"fuzz: {report.FUZZ_CASES[0]} response cases, 0 escaped as untyped errors")
