from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.currency import Currency
    from ..models.search_team_member_period_daily_salary_response_200_period_calculation_daily_item import (
        SearchTeamMemberPeriodDailySalaryResponse200PeriodCalculationDailyItem,
    )


T = TypeVar("T", bound="SearchTeamMemberPeriodDailySalaryResponse200")


@_attrs_define
class SearchTeamMemberPeriodDailySalaryResponse200:
    """Payroll for a period for a specific team member grouped by date.

    Attributes:
        period_calculation_daily (list[SearchTeamMemberPeriodDailySalaryResponse200PeriodCalculationDailyItem] | Unset):
        currency (Currency | Unset): Currency Example: {'id': 2, 'iso': 'USD', 'name': 'US Dollar', 'symbol': '$',
            'is_symbol_after_amount': False}.
    """

    period_calculation_daily: list[SearchTeamMemberPeriodDailySalaryResponse200PeriodCalculationDailyItem] | Unset = (
        UNSET
    )
    currency: Currency | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        period_calculation_daily: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.period_calculation_daily, Unset):
            period_calculation_daily = []
            for period_calculation_daily_item_data in self.period_calculation_daily:
                period_calculation_daily_item = period_calculation_daily_item_data.to_dict()
                period_calculation_daily.append(period_calculation_daily_item)

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if period_calculation_daily is not UNSET:
            field_dict["period_calculation_daily"] = period_calculation_daily
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.currency import Currency  # noqa: PLC0415
        from ..models.search_team_member_period_daily_salary_response_200_period_calculation_daily_item import (
            SearchTeamMemberPeriodDailySalaryResponse200PeriodCalculationDailyItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _period_calculation_daily = d.pop("period_calculation_daily", UNSET)
        period_calculation_daily: (
            list[SearchTeamMemberPeriodDailySalaryResponse200PeriodCalculationDailyItem] | Unset
        ) = UNSET
        if _period_calculation_daily is not UNSET:
            period_calculation_daily = []
            for period_calculation_daily_item_data in _period_calculation_daily:
                period_calculation_daily_item = (
                    SearchTeamMemberPeriodDailySalaryResponse200PeriodCalculationDailyItem.from_dict(
                        period_calculation_daily_item_data
                    )
                )

                period_calculation_daily.append(period_calculation_daily_item)

        _currency = d.pop("currency", UNSET)
        currency: Currency | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = Currency.from_dict(_currency)

        _model = cls(
            period_calculation_daily=period_calculation_daily,
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
