"""Salary: operations of Altegio's Business Management API (``altegio_b2b.api.salary``).

One module per operation, each with ``sync``, ``sync_detailed``, ``asyncio`` and ``asyncio_detailed``;
modules load on first use.

- ``get_team_member_calculation_schemes_count``: Obtaining payroll schemes count for a team member
- ``get_team_member_payroll_calculation``: Get payroll calculation details of a team member
- ``get_team_member_salary_calculation``: Get Mutual Settlements for a Specific Team Member
- ``get_team_member_salary_period``: Get Payroll for a Specific Team Member for a Given Period
- ``get_team_member_salary_schemes``: Obtaining own payroll schemes for a specific team member
- ``search_team_member_calculation_daily_salary``: Receipt of mutual settlements of a team member grouped by date
- ``search_team_member_calculation_salary``: Receipt of mutual settlements of a team member
- ``search_team_member_payroll_calculation``: Search payroll calculations of a team member
- ``search_team_member_period_daily_salary``: Getting payroll for a period for a team member grouped by date
- ``search_team_member_period_salary``: Getting payroll for a period for a team member
"""

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
