from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import timestamps as _timestamps
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.salary_balance_object import SalaryBalanceObject


T = TypeVar("T", bound="SearchTeamMemberCalculationDailySalaryResponse200PayrollDailyItem")


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
        from ..models.salary_balance_object import SalaryBalanceObject  # noqa: PLC0415

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        payroll_sum: dict[str, Any] | int | Unset
        if isinstance(self.payroll_sum, Unset):
            payroll_sum = UNSET
        elif isinstance(self.payroll_sum, SalaryBalanceObject):
            payroll_sum = self.payroll_sum.to_dict()
        else:
            payroll_sum = self.payroll_sum

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date
        if payroll_sum is not UNSET:
            field_dict["payroll_sum"] = payroll_sum

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.salary_balance_object import SalaryBalanceObject  # noqa: PLC0415

        d = dict(src_dict)
        _date = d.pop("date", UNSET)
        date: datetime.date | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = _timestamps.parse_date(_date)

        def _parse_payroll_sum(data: object) -> int | SalaryBalanceObject | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemassalary_staff_balance_type_0 = SalaryBalanceObject.from_dict(data)

                return componentsschemassalary_staff_balance_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | SalaryBalanceObject | Unset, data)

        payroll_sum = _parse_payroll_sum(d.pop("payroll_sum", UNSET))

        _model = cls(
            date=date,
            payroll_sum=payroll_sum,
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
