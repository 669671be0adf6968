from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_location_analytics_overall_response_200_income_services_stats_currency import (
        GetLocationAnalyticsOverallResponse200IncomeServicesStatsCurrency,
    )


T = TypeVar("T", bound="GetLocationAnalyticsOverallResponse200IncomeServicesStats")


@_attrs_define
class GetLocationAnalyticsOverallResponse200IncomeServicesStats:
    """
    Attributes:
        change_percent (int | Unset): The percentage change in the current value of the indicator relative to the past.
            Null if the previous value is 0 and the current value is not 0.
        currency (GetLocationAnalyticsOverallResponse200IncomeServicesStatsCurrency | Unset): Currency
        current_sum (str | Unset): The current value of the indicator
        previous_sum (str | Unset): The value of the indicator in the previous period
    """

    change_percent: int | Unset = UNSET
    currency: GetLocationAnalyticsOverallResponse200IncomeServicesStatsCurrency | Unset = UNSET
    current_sum: str | Unset = UNSET
    previous_sum: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        change_percent = self.change_percent

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        current_sum = self.current_sum

        previous_sum = self.previous_sum

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if change_percent is not UNSET:
            field_dict["change_percent"] = change_percent
        if currency is not UNSET:
            field_dict["currency"] = currency
        if current_sum is not UNSET:
            field_dict["current_sum"] = current_sum
        if previous_sum is not UNSET:
            field_dict["previous_sum"] = previous_sum

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_location_analytics_overall_response_200_income_services_stats_currency import (
            GetLocationAnalyticsOverallResponse200IncomeServicesStatsCurrency,  # noqa: PLC0415
        )

        d = dict(src_dict)
        change_percent = d.pop("change_percent", UNSET)

        _currency = d.pop("currency", UNSET)
        currency: GetLocationAnalyticsOverallResponse200IncomeServicesStatsCurrency | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = GetLocationAnalyticsOverallResponse200IncomeServicesStatsCurrency.from_dict(_currency)

        current_sum = d.pop("current_sum", UNSET)

        previous_sum = d.pop("previous_sum", UNSET)

        get_location_analytics_overall_response_200_income_services_stats = cls(
            change_percent=change_percent,
            currency=currency,
            current_sum=current_sum,
            previous_sum=previous_sum,
        )

        get_location_analytics_overall_response_200_income_services_stats.additional_properties = d
        return get_location_analytics_overall_response_200_income_services_stats

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
