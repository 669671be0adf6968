"""Figures the tests measure, printed by conftest.py at the end of the run (and quoted in notes)."""

from __future__ import annotations

LINES: list[str] = []  # one line each: contract pass counts, limiter rates
FAULT_ROWS: list[tuple[str, int]] = []  # (row of the fault table, duplicated writes)
FUZZ_CASES: list[int] = [0]
