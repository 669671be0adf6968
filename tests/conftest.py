"""Shared fixtures: a real loopback HTTP server and clients pointed at it; the pinned spec, loaded
once per run; the figures report."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest

from altegio_b2b import AltegioClient
from headless_chromium import MISSING as CHROMIUM_MISSING
from http_server import ScriptedServer, running_server
from report import REPORT_KEY, Report

if TYPE_CHECKING:
    from altegio_dev.operation_table import OperationRow
    from altegio_dev.prism_mock import PrismMock

try:
    from altegio_dev.redis_server import MISSING as REDIS_MISSING
except ImportError:  # `make test-pythons`: the runtime tests run where the tooling is not installed
    REDIS_MISSING = None

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


# The spec fixtures import the tooling inside: `make test-pythons` runs the runtime tests with
# this conftest on Python 3.10, where the tooling (and openapi-python-client) is not installed.
@pytest.fixture(scope="session")
def pinned_specs() -> dict[str, dict[str, Any]]:
    """Every pinned API document (its overlay applied), by name. Shared by every test: deep-copy
    one before changing anything."""
    from altegio_dev.merge import pinned_apis
    from altegio_dev.spec_io import load_pinned

    return {api.name: load_pinned(api) for api in pinned_apis()}


@pytest.fixture(scope="session")
def prism_mock() -> Iterator[PrismMock]:
    """Prism serving the pinned documents' examples (static mode: stateless, so tests share one)."""
    from altegio_dev.prism_mock import PrismMock

    with PrismMock() as mock:
        yield mock


@pytest.fixture(scope="session")
def normalized_spec() -> dict[str, Any]:
    """What generation sees: every pinned document normalized (profile "generate") and merged. Shared, too."""
    from altegio_dev.merge import merged_document

    return merged_document("generate")[0]


@pytest.fixture(scope="session")
def spec_operations(normalized_spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The normalized operations by operationId, `$ref`s resolved (read-only: targets are shared)."""
    from altegio_dev.normalizer.walk import iter_operations, without_refs

    return {op["operationId"]: op for _, _, op in iter_operations(without_refs(normalized_spec))}


@pytest.fixture(scope="session")
def operation_rows(normalized_spec: dict[str, Any]) -> dict[str, OperationRow]:
    """What generation derives per operation (tag, module, security...), by endpoint module name."""
    from altegio_dev.operation_table import operation_rows as rows_of

    return {row.module: row for row in rows_of(normalized_spec)}


def pytest_configure(config: pytest.Config) -> None:
    config.stash[REPORT_KEY] = Report()


@pytest.fixture(scope="session")
def report(pytestconfig: pytest.Config) -> Report:
    """Where tests record the figures printed at the end of the run."""
    return pytestconfig.stash[REPORT_KEY]


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter, config: pytest.Config) -> None:
    """Contract pass counts, limiter rates, the fault-injection tally (with -v, the whole fault
    table), fuzz cases."""
    for line in config.stash[REPORT_KEY].summary(verbose=config.getoption("verbose") > 0):
        terminalreporter.write_line(line)
    if REDIS_MISSING:  # said loudly: the Redis limiter went untested
        terminalreporter.write_line(f"!!! REDIS LIMITER TESTS SKIPPED: {REDIS_MISSING} !!!", red=True, bold=True)
    if CHROMIUM_MISSING:  # the same: the HTML reference went unchecked in a browser
        terminalreporter.write_line(f"!!! DOCS BROWSER TESTS SKIPPED: {CHROMIUM_MISSING} !!!", red=True, bold=True)
