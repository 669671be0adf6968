from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_team_member_period_daily_salary_response_200_currency import (
        SearchTeamMemberPeriodDailySalaryResponse200Currency,
    )
    from ..models.search_team_member_period_daily_salary_response_200_period_calculation_daily_item import (
        SearchTeamMemberPeriodDailySalaryResponse200PeriodCalculationDailyItem,
    )


T = TypeVar("T", bound="SearchTeamMemberPeriodDailySalaryResponse200")


@_attrs_define
class SearchTeamMemberPeriodDailySalaryResponse200:
    """Payroll for a period for a specific team member grouped by date.

    Attributes:
        currency (SearchTeamMemberPeriodDailySalaryResponse200Currency | Unset): Currency.
        period_calculation_daily (list[SearchTeamMemberPeriodDailySalaryResponse200PeriodCalculationDailyItem] | Unset):
    """

    currency: SearchTeamMemberPeriodDailySalaryResponse200Currency | Unset = UNSET
    period_calculation_daily: list[SearchTeamMemberPeriodDailySalaryResponse200PeriodCalculationDailyItem] | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        period_calculation_daily: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.period_calculation_daily, Unset):
            period_calculation_daily = []
            for period_calculation_daily_item_data in self.period_calculation_daily:
                period_calculation_daily_item = period_calculation_daily_item_data.to_dict()
                period_calculation_daily.append(period_calculation_daily_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if currency is not UNSET:
            field_dict["currency"] = currency
        if period_calculation_daily is not UNSET:
            field_dict["period_calculation_daily"] = period_calculation_daily

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.search_team_member_period_daily_salary_response_200_currency import (
            SearchTeamMemberPeriodDailySalaryResponse200Currency,  # noqa: PLC0415
        )
        from ..models.search_team_member_period_daily_salary_response_200_period_calculation_daily_item import (
            SearchTeamMemberPeriodDailySalaryResponse200PeriodCalculationDailyItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _currency = d.pop("currency", UNSET)
        currency: SearchTeamMemberPeriodDailySalaryResponse200Currency | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = SearchTeamMemberPeriodDailySalaryResponse200Currency.from_dict(_currency)

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

        search_team_member_period_daily_salary_response_200 = cls(
            currency=currency,
            period_calculation_daily=period_calculation_daily,
        )

        search_team_member_period_daily_salary_response_200.additional_properties = d
        return search_team_member_period_daily_salary_response_200

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
