from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.currency import Currency
    from ..models.search_team_member_calculation_daily_salary_response_200_payroll_daily_item import (
        SearchTeamMemberCalculationDailySalaryResponse200PayrollDailyItem,
    )


T = TypeVar("T", bound="SearchTeamMemberCalculationDailySalaryResponse200")


@_attrs_define
class SearchTeamMemberCalculationDailySalaryResponse200:
    """Mutual settlements grouped by date.

    Attributes:
        payroll_daily (list[SearchTeamMemberCalculationDailySalaryResponse200PayrollDailyItem] | Unset):
        currency (Currency | Unset): Currency Example: {'id': 2, 'iso': 'USD', 'name': 'US Dollar', 'symbol': '$',
            'is_symbol_after_amount': False}.
    """

    payroll_daily: list[SearchTeamMemberCalculationDailySalaryResponse200PayrollDailyItem] | Unset = UNSET
    currency: Currency | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payroll_daily: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payroll_daily, Unset):
            payroll_daily = []
            for payroll_daily_item_data in self.payroll_daily:
                payroll_daily_item = payroll_daily_item_data.to_dict()
                payroll_daily.append(payroll_daily_item)

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payroll_daily is not UNSET:
            field_dict["payroll_daily"] = payroll_daily
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.currency import Currency  # noqa: PLC0415
        from ..models.search_team_member_calculation_daily_salary_response_200_payroll_daily_item import (
            SearchTeamMemberCalculationDailySalaryResponse200PayrollDailyItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _payroll_daily = d.pop("payroll_daily", UNSET)
        payroll_daily: list[SearchTeamMemberCalculationDailySalaryResponse200PayrollDailyItem] | Unset = UNSET
        if _payroll_daily is not UNSET:
            payroll_daily = []
            for payroll_daily_item_data in _payroll_daily:
                payroll_daily_item = SearchTeamMemberCalculationDailySalaryResponse200PayrollDailyItem.from_dict(
                    payroll_daily_item_data
                )

                payroll_daily.append(payroll_daily_item)

        _currency = d.pop("currency", UNSET)
        currency: Currency | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = Currency.from_dict(_currency)

        _model = cls(
            payroll_daily=payroll_daily,
            currency=currency,
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
