from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.salary_balance_object import SalaryBalanceObject


T = TypeVar("T", bound="SearchTeamMemberCalculationDailySalaryResponse200PayrollDailyItem")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "date",
        "payroll_sum",
    }
)
_EXTRA = _fields.ANY
_KIND_payroll_sum = _fields.OneOf(
    _fields.Model("SalaryBalanceObject"),
    _fields.INTEGER,
)


@_attrs_define
class SearchTeamMemberCalculationDailySalaryResponse200PayrollDailyItem:
    """
    Attributes:
        date (datetime.date | Unset): Date.
        payroll_sum (int | SalaryBalanceObject | Unset):
    """

    date: datetime.date | Unset = UNSET
    payroll_sum: int | SalaryBalanceObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        date = self.date
        if date is not UNSET:
            field_dict["date"] = _fields.write_date(date, "date")

        payroll_sum = self.payroll_sum
        if payroll_sum is not UNSET:
            field_dict["payroll_sum"] = _KIND_payroll_sum.write_field(payroll_sum, "payroll_sum")

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

        payroll_sum = _get("payroll_sum", UNSET)
        if payroll_sum is not UNSET:
            payroll_sum = _KIND_payroll_sum.read_field(payroll_sum, "payroll_sum")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.date = date
        _model.payroll_sum = payroll_sum
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not SearchTeamMemberCalculationDailySalaryResponse200PayrollDailyItem:
            _fields.init_added_fields(_model, SearchTeamMemberCalculationDailySalaryResponse200PayrollDailyItem)
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
