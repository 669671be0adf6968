from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import timestamps as _timestamps
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.salary_totals import SalaryTotals


T = TypeVar("T", bound="SearchTeamMemberPeriodDailySalaryResponse200PeriodCalculationDailyItem")


@_attrs_define
class SearchTeamMemberPeriodDailySalaryResponse200PeriodCalculationDailyItem:
    """
    Attributes:
        date (datetime.date | Unset): Date.
        period_calculation (SalaryTotals | Unset):
    """

    date: datetime.date | Unset = UNSET
    period_calculation: SalaryTotals | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        period_calculation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.period_calculation, Unset):
            period_calculation = self.period_calculation.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date
        if period_calculation is not UNSET:
            field_dict["period_calculation"] = period_calculation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.salary_totals import SalaryTotals  # noqa: PLC0415

        d = dict(src_dict)
        _date = d.pop("date", UNSET)
        date: datetime.date | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = _timestamps.parse_date(_date)

        _period_calculation = d.pop("period_calculation", UNSET)
        period_calculation: SalaryTotals | Unset
        if isinstance(_period_calculation, Unset):
            period_calculation = UNSET
        else:
            period_calculation = SalaryTotals.from_dict(_period_calculation)

        _model = cls(
            date=date,
            period_calculation=period_calculation,
        )

        _model.additional_properties = d
        return _model

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
