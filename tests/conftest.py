"""Shared fixtures: a real loopback HTTP server and clients pointed at it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

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
    """One line per contract run (`contract (static): 262/262 operations passed ...`) and the
    fault-injection tally; with -v, the whole fault table."""
    import test_faults
    import test_fuzz_responses
    import test_rate_limiter
    from test_contract import SUMMARY

    for line in SUMMARY:
        terminalreporter.write_line(line)
    if test_faults.FAULT_TABLE:
        duplicated = sum(int(row.rsplit(" ", 1)[1]) for row in test_faults.FAULT_TABLE)
        terminalreporter.write_line(
            f"faults: {len(test_faults.FAULT_TABLE)} injected (sync + async) handled as specified, "
            f"duplicated writes: {duplicated}"
        )
    if test_fuzz_responses.FUZZED[0]:
        terminalreporter.write_line(
            f"fuzz: {test_fuzz_responses.FUZZED[0]} response cases, 0 escaped as untyped errors"
        )
    for line in test_rate_limiter.RATES:
        terminalreporter.write_line(line)
    if terminalreporter.config.getoption("verbose") > 0:
        for row in test_faults.FAULT_TABLE:
            terminalreporter.write_line("  " + row)
