"""Figures the tests measure, printed at the end of the run (and quoted in notes).

Tests record them on the session fixture ``report`` (conftest.py); the run's one ``Report``
lives in the pytest config's stash, where the terminal summary finds it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest


@dataclass
class ContractTally:
    """One Prism mode: operations called, how many passed, how many also ran async, time spent."""

    operations: int = 0
    passed: int = 0
    async_calls: int = 0
    seconds: float = 0.0


@dataclass
class Report:
    contract: dict[str, ContractTally] = field(default_factory=dict)  # by API document and Prism mode
    lines: list[str] = field(default_factory=list)  # one line each: limiter rates
    keyed: dict[str, str] = field(default_factory=dict)  # lines tests keep up to date (running tallies)
    fault_rows: list[tuple[str, int]] = field(default_factory=list)  # (row of the fault table, duplicated writes)
    fuzz_cases: int = 0

    def summary(self, verbose: bool) -> list[str]:
        out = [
            f"contract {key}: {tally.passed}/{tally.operations} operations passed "
            f"(async sample: {tally.async_calls}) in {tally.seconds:.1f} s"
            for key, tally in sorted(self.contract.items())
        ]
        out += self.lines
        out += self.keyed.values()
        if self.fault_rows:
            duplicated = sum(count for _, count in self.fault_rows)
            out.append(
                f"faults: {len(self.fault_rows)} injected (sync + async) handled as specified, "
                f"duplicated writes: {duplicated}"
            )
            if verbose:
                out += ["  " + row for row, _ in self.fault_rows]
        if self.fuzz_cases:
            out.append(f"fuzz: {self.fuzz_cases} response cases, 0 escaped as untyped errors")
        return out


REPORT_KEY = pytest.StashKey[Report]()
