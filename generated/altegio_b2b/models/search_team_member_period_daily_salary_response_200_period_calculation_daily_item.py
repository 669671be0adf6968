from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._runtime import fields as _fields
from .._runtime.errors import FieldError as _FieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.salary_totals import SalaryTotals


T = TypeVar("T", bound="SearchTeamMemberPeriodDailySalaryResponse200PeriodCalculationDailyItem")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "date",
        "period_calculation",
    }
)
_EXTRA = _fields.ANY


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
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        date = self.date
        if date is not UNSET:
            field_dict["date"] = _fields.write_date(date, "date")

        period_calculation = self.period_calculation
        if period_calculation is not UNSET:
            field_dict["period_calculation"] = _fields.write_model(
                period_calculation, _models.SalaryTotals, "period_calculation"
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        date = _get("date", UNSET)
        if date is not UNSET:
            try:
                date = _fields.date_fromisoformat(date)
            except (TypeError, ValueError):
                date = _fields.read_date(date, "date")

        period_calculation = _get("period_calculation", UNSET)
        if period_calculation is not UNSET:
            try:
                period_calculation = _models.SalaryTotals.from_dict(period_calculation)
            except _FieldError as _error:
                raise _error.within("period_calculation")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.date = date
        _model.period_calculation = period_calculation
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not SearchTeamMemberPeriodDailySalaryResponse200PeriodCalculationDailyItem:
            _fields.init_added_fields(_model, SearchTeamMemberPeriodDailySalaryResponse200PeriodCalculationDailyItem)
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
