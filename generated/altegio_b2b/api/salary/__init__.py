"""The `salary` operations: one module each, with `sync`, `sync_detailed`,
`asyncio` and `asyncio_detailed`. Modules load on first use."""

from typing import TYPE_CHECKING

from ..._runtime.lazy import lazy_attributes

if TYPE_CHECKING:
    from . import (
        get_team_member_calculation_schemes_count,
        get_team_member_payroll_calculation,
        get_team_member_salary_calculation,
        get_team_member_salary_period,
        get_team_member_salary_schemes,
        search_team_member_calculation_daily_salary,
        search_team_member_calculation_salary,
        search_team_member_payroll_calculation,
        search_team_member_period_daily_salary,
        search_team_member_period_salary,
    )

__all__ = (
    "get_team_member_calculation_schemes_count",
    "get_team_member_payroll_calculation",
    "get_team_member_salary_calculation",
    "get_team_member_salary_period",
    "get_team_member_salary_schemes",
    "search_team_member_calculation_daily_salary",
    "search_team_member_calculation_salary",
    "search_team_member_payroll_calculation",
    "search_team_member_period_daily_salary",
    "search_team_member_period_salary",
)

__getattr__, __dir__ = lazy_attributes(__name__, globals(), submodules=__all__)
