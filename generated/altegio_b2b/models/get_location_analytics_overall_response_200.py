from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_location_analytics_overall_response_200_client_stats import (
        GetLocationAnalyticsOverallResponse200ClientStats,
    )
    from ..models.get_location_analytics_overall_response_200_fullness_stats import (
        GetLocationAnalyticsOverallResponse200FullnessStats,
    )
    from ..models.get_location_analytics_overall_response_200_income_average_services_stats import (
        GetLocationAnalyticsOverallResponse200IncomeAverageServicesStats,
    )
    from ..models.get_location_analytics_overall_response_200_income_average_stats import (
        GetLocationAnalyticsOverallResponse200IncomeAverageStats,
    )
    from ..models.get_location_analytics_overall_response_200_income_goods_stats import (
        GetLocationAnalyticsOverallResponse200IncomeGoodsStats,
    )
    from ..models.get_location_analytics_overall_response_200_income_services_stats import (
        GetLocationAnalyticsOverallResponse200IncomeServicesStats,
    )
    from ..models.get_location_analytics_overall_response_200_income_total_stats import (
        GetLocationAnalyticsOverallResponse200IncomeTotalStats,
    )
    from ..models.get_location_analytics_overall_response_200_record_stats import (
        GetLocationAnalyticsOverallResponse200RecordStats,
    )


T = TypeVar("T", bound="GetLocationAnalyticsOverallResponse200")


@_attrs_define
class GetLocationAnalyticsOverallResponse200:
    """Summary indicators

    Attributes:
        client_stats (GetLocationAnalyticsOverallResponse200ClientStats | Unset): Summary indicators by number of
            clients
        fullness_stats (GetLocationAnalyticsOverallResponse200FullnessStats | Unset): Summary indicators of the
            occupancy of the working hours of the location's team members
        income_average_services_stats (GetLocationAnalyticsOverallResponse200IncomeAverageServicesStats | Unset):
        income_average_stats (GetLocationAnalyticsOverallResponse200IncomeAverageStats | Unset):
        income_goods_stats (GetLocationAnalyticsOverallResponse200IncomeGoodsStats | Unset):
        income_services_stats (GetLocationAnalyticsOverallResponse200IncomeServicesStats | Unset):
        income_total_stats (GetLocationAnalyticsOverallResponse200IncomeTotalStats | Unset):
        record_stats (GetLocationAnalyticsOverallResponse200RecordStats | Unset): Summary metrics by number of
            appointments
    """

    client_stats: GetLocationAnalyticsOverallResponse200ClientStats | Unset = UNSET
    fullness_stats: GetLocationAnalyticsOverallResponse200FullnessStats | Unset = UNSET
    income_average_services_stats: GetLocationAnalyticsOverallResponse200IncomeAverageServicesStats | Unset = UNSET
    income_average_stats: GetLocationAnalyticsOverallResponse200IncomeAverageStats | Unset = UNSET
    income_goods_stats: GetLocationAnalyticsOverallResponse200IncomeGoodsStats | Unset = UNSET
    income_services_stats: GetLocationAnalyticsOverallResponse200IncomeServicesStats | Unset = UNSET
    income_total_stats: GetLocationAnalyticsOverallResponse200IncomeTotalStats | Unset = UNSET
    record_stats: GetLocationAnalyticsOverallResponse200RecordStats | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client_stats, Unset):
            client_stats = self.client_stats.to_dict()

        fullness_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fullness_stats, Unset):
            fullness_stats = self.fullness_stats.to_dict()

        income_average_services_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.income_average_services_stats, Unset):
            income_average_services_stats = self.income_average_services_stats.to_dict()

        income_average_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.income_average_stats, Unset):
            income_average_stats = self.income_average_stats.to_dict()

        income_goods_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.income_goods_stats, Unset):
            income_goods_stats = self.income_goods_stats.to_dict()

        income_services_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.income_services_stats, Unset):
            income_services_stats = self.income_services_stats.to_dict()

        income_total_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.income_total_stats, Unset):
            income_total_stats = self.income_total_stats.to_dict()

        record_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.record_stats, Unset):
            record_stats = self.record_stats.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if client_stats is not UNSET:
            field_dict["client_stats"] = client_stats
        if fullness_stats is not UNSET:
            field_dict["fullness_stats"] = fullness_stats
        if income_average_services_stats is not UNSET:
            field_dict["income_average_services_stats"] = income_average_services_stats
        if income_average_stats is not UNSET:
            field_dict["income_average_stats"] = income_average_stats
        if income_goods_stats is not UNSET:
            field_dict["income_goods_stats"] = income_goods_stats
        if income_services_stats is not UNSET:
            field_dict["income_services_stats"] = income_services_stats
        if income_total_stats is not UNSET:
            field_dict["income_total_stats"] = income_total_stats
        if record_stats is not UNSET:
            field_dict["record_stats"] = record_stats

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_location_analytics_overall_response_200_client_stats import (
            GetLocationAnalyticsOverallResponse200ClientStats,  # noqa: PLC0415
        )
        from ..models.get_location_analytics_overall_response_200_fullness_stats import (
            GetLocationAnalyticsOverallResponse200FullnessStats,  # noqa: PLC0415
        )
        from ..models.get_location_analytics_overall_response_200_income_average_services_stats import (
            GetLocationAnalyticsOverallResponse200IncomeAverageServicesStats,  # noqa: PLC0415
        )
        from ..models.get_location_analytics_overall_response_200_income_average_stats import (
            GetLocationAnalyticsOverallResponse200IncomeAverageStats,  # noqa: PLC0415
        )
        from ..models.get_location_analytics_overall_response_200_income_goods_stats import (
            GetLocationAnalyticsOverallResponse200IncomeGoodsStats,  # noqa: PLC0415
        )
        from ..models.get_location_analytics_overall_response_200_income_services_stats import (
            GetLocationAnalyticsOverallResponse200IncomeServicesStats,  # noqa: PLC0415
        )
        from ..models.get_location_analytics_overall_response_200_income_total_stats import (
            GetLocationAnalyticsOverallResponse200IncomeTotalStats,  # noqa: PLC0415
        )
        from ..models.get_location_analytics_overall_response_200_record_stats import (
            GetLocationAnalyticsOverallResponse200RecordStats,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _client_stats = d.pop("client_stats", UNSET)
        client_stats: GetLocationAnalyticsOverallResponse200ClientStats | Unset
        if isinstance(_client_stats, Unset):
            client_stats = UNSET
        else:
            client_stats = GetLocationAnalyticsOverallResponse200ClientStats.from_dict(_client_stats)

        _fullness_stats = d.pop("fullness_stats", UNSET)
        fullness_stats: GetLocationAnalyticsOverallResponse200FullnessStats | Unset
        if isinstance(_fullness_stats, Unset):
            fullness_stats = UNSET
        else:
            fullness_stats = GetLocationAnalyticsOverallResponse200FullnessStats.from_dict(_fullness_stats)

        _income_average_services_stats = d.pop("income_average_services_stats", UNSET)
        income_average_services_stats: GetLocationAnalyticsOverallResponse200IncomeAverageServicesStats | Unset
        if isinstance(_income_average_services_stats, Unset):
            income_average_services_stats = UNSET
        else:
            income_average_services_stats = GetLocationAnalyticsOverallResponse200IncomeAverageServicesStats.from_dict(
                _income_average_services_stats
            )

        _income_average_stats = d.pop("income_average_stats", UNSET)
        income_average_stats: GetLocationAnalyticsOverallResponse200IncomeAverageStats | Unset
        if isinstance(_income_average_stats, Unset):
            income_average_stats = UNSET
        else:
            income_average_stats = GetLocationAnalyticsOverallResponse200IncomeAverageStats.from_dict(
                _income_average_stats
            )

        _income_goods_stats = d.pop("income_goods_stats", UNSET)
        income_goods_stats: GetLocationAnalyticsOverallResponse200IncomeGoodsStats | Unset
        if isinstance(_income_goods_stats, Unset):
            income_goods_stats = UNSET
        else:
            income_goods_stats = GetLocationAnalyticsOverallResponse200IncomeGoodsStats.from_dict(_income_goods_stats)

        _income_services_stats = d.pop("income_services_stats", UNSET)
        income_services_stats: GetLocationAnalyticsOverallResponse200IncomeServicesStats | Unset
        if isinstance(_income_services_stats, Unset):
            income_services_stats = UNSET
        else:
            income_services_stats = GetLocationAnalyticsOverallResponse200IncomeServicesStats.from_dict(
                _income_services_stats
            )

        _income_total_stats = d.pop("income_total_stats", UNSET)
        income_total_stats: GetLocationAnalyticsOverallResponse200IncomeTotalStats | Unset
        if isinstance(_income_total_stats, Unset):
            income_total_stats = UNSET
        else:
            income_total_stats = GetLocationAnalyticsOverallResponse200IncomeTotalStats.from_dict(_income_total_stats)

        _record_stats = d.pop("record_stats", UNSET)
        record_stats: GetLocationAnalyticsOverallResponse200RecordStats | Unset
        if isinstance(_record_stats, Unset):
            record_stats = UNSET
        else:
            record_stats = GetLocationAnalyticsOverallResponse200RecordStats.from_dict(_record_stats)

        get_location_analytics_overall_response_200 = cls(
            client_stats=client_stats,
            fullness_stats=fullness_stats,
            income_average_services_stats=income_average_services_stats,
            income_average_stats=income_average_stats,
            income_goods_stats=income_goods_stats,
            income_services_stats=income_services_stats,
            income_total_stats=income_total_stats,
            record_stats=record_stats,
        )

        get_location_analytics_overall_response_200.additional_properties = d
        return get_location_analytics_overall_response_200

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
