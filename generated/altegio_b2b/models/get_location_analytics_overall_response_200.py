from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.analytics_report_overall_client_stats import AnalyticsReportOverallClientStats
    from ..models.analytics_report_overall_fullness_stats import AnalyticsReportOverallFullnessStats
    from ..models.analytics_report_overall_record_stats import AnalyticsReportOverallRecordStats
    from ..models.analytics_report_overall_sum_stats import AnalyticsReportOverallSumStats


T = TypeVar("T", bound="GetLocationAnalyticsOverallResponse200")


@_attrs_define
class GetLocationAnalyticsOverallResponse200:
    """Summary indicators

    Attributes:
        income_total_stats (AnalyticsReportOverallSumStats | Unset):  Example: {'current_sum': 12.56, 'previous_sum':
            10.34, 'change_percent': 21, 'currency': {'symbol': 'USD'}}.
        income_services_stats (AnalyticsReportOverallSumStats | Unset):  Example: {'current_sum': 12.56, 'previous_sum':
            10.34, 'change_percent': 21, 'currency': {'symbol': 'USD'}}.
        income_goods_stats (AnalyticsReportOverallSumStats | Unset):  Example: {'current_sum': 12.56, 'previous_sum':
            10.34, 'change_percent': 21, 'currency': {'symbol': 'USD'}}.
        income_average_stats (AnalyticsReportOverallSumStats | Unset):  Example: {'current_sum': 12.56, 'previous_sum':
            10.34, 'change_percent': 21, 'currency': {'symbol': 'USD'}}.
        income_average_services_stats (AnalyticsReportOverallSumStats | Unset):  Example: {'current_sum': 12.56,
            'previous_sum': 10.34, 'change_percent': 21, 'currency': {'symbol': 'USD'}}.
        fullness_stats (AnalyticsReportOverallFullnessStats | Unset): Summary indicators of the occupancy of the working
            hours of the location's team members Example: {'current_percent': 12.1, 'previous_percent': 10.2,
            'change_percent': 18}.
        record_stats (AnalyticsReportOverallRecordStats | Unset): Summary metrics by number of appointments Example:
            {'current_completed_count': 150, 'current_completed_percent': 75, 'current_pending_count': 30,
            'current_pending_percent': 15, 'current_canceled_count': 20, 'current_canceled_percent': 10,
            'current_total_count': 200, 'previous_total_count': 180, 'change_percent': 11}.
        client_stats (AnalyticsReportOverallClientStats | Unset): Summary indicators by number of clients Example:
            {'total_count': 1000, 'new_count': 50, 'new_percent': 10, 'return_count': 450, 'return_percent': 90,
            'active_count': 500, 'lost_count': 20, 'lost_percent': 2}.
    """

    income_total_stats: AnalyticsReportOverallSumStats | Unset = UNSET
    income_services_stats: AnalyticsReportOverallSumStats | Unset = UNSET
    income_goods_stats: AnalyticsReportOverallSumStats | Unset = UNSET
    income_average_stats: AnalyticsReportOverallSumStats | Unset = UNSET
    income_average_services_stats: AnalyticsReportOverallSumStats | Unset = UNSET
    fullness_stats: AnalyticsReportOverallFullnessStats | Unset = UNSET
    record_stats: AnalyticsReportOverallRecordStats | Unset = UNSET
    client_stats: AnalyticsReportOverallClientStats | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        income_total_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.income_total_stats, Unset):
            income_total_stats = self.income_total_stats.to_dict()

        income_services_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.income_services_stats, Unset):
            income_services_stats = self.income_services_stats.to_dict()

        income_goods_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.income_goods_stats, Unset):
            income_goods_stats = self.income_goods_stats.to_dict()

        income_average_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.income_average_stats, Unset):
            income_average_stats = self.income_average_stats.to_dict()

        income_average_services_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.income_average_services_stats, Unset):
            income_average_services_stats = self.income_average_services_stats.to_dict()

        fullness_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fullness_stats, Unset):
            fullness_stats = self.fullness_stats.to_dict()

        record_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.record_stats, Unset):
            record_stats = self.record_stats.to_dict()

        client_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client_stats, Unset):
            client_stats = self.client_stats.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if income_total_stats is not UNSET:
            field_dict["income_total_stats"] = income_total_stats
        if income_services_stats is not UNSET:
            field_dict["income_services_stats"] = income_services_stats
        if income_goods_stats is not UNSET:
            field_dict["income_goods_stats"] = income_goods_stats
        if income_average_stats is not UNSET:
            field_dict["income_average_stats"] = income_average_stats
        if income_average_services_stats is not UNSET:
            field_dict["income_average_services_stats"] = income_average_services_stats
        if fullness_stats is not UNSET:
            field_dict["fullness_stats"] = fullness_stats
        if record_stats is not UNSET:
            field_dict["record_stats"] = record_stats
        if client_stats is not UNSET:
            field_dict["client_stats"] = client_stats

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.analytics_report_overall_client_stats import AnalyticsReportOverallClientStats  # noqa: PLC0415
        from ..models.analytics_report_overall_fullness_stats import AnalyticsReportOverallFullnessStats  # noqa: PLC0415
        from ..models.analytics_report_overall_record_stats import AnalyticsReportOverallRecordStats  # noqa: PLC0415
        from ..models.analytics_report_overall_sum_stats import AnalyticsReportOverallSumStats  # noqa: PLC0415

        d = dict(src_dict)
        _income_total_stats = d.pop("income_total_stats", UNSET)
        income_total_stats: AnalyticsReportOverallSumStats | Unset
        if isinstance(_income_total_stats, Unset):
            income_total_stats = UNSET
        else:
            income_total_stats = AnalyticsReportOverallSumStats.from_dict(_income_total_stats)

        _income_services_stats = d.pop("income_services_stats", UNSET)
        income_services_stats: AnalyticsReportOverallSumStats | Unset
        if isinstance(_income_services_stats, Unset):
            income_services_stats = UNSET
        else:
            income_services_stats = AnalyticsReportOverallSumStats.from_dict(_income_services_stats)

        _income_goods_stats = d.pop("income_goods_stats", UNSET)
        income_goods_stats: AnalyticsReportOverallSumStats | Unset
        if isinstance(_income_goods_stats, Unset):
            income_goods_stats = UNSET
        else:
            income_goods_stats = AnalyticsReportOverallSumStats.from_dict(_income_goods_stats)

        _income_average_stats = d.pop("income_average_stats", UNSET)
        income_average_stats: AnalyticsReportOverallSumStats | Unset
        if isinstance(_income_average_stats, Unset):
            income_average_stats = UNSET
        else:
            income_average_stats = AnalyticsReportOverallSumStats.from_dict(_income_average_stats)

        _income_average_services_stats = d.pop("income_average_services_stats", UNSET)
        income_average_services_stats: AnalyticsReportOverallSumStats | Unset
        if isinstance(_income_average_services_stats, Unset):
            income_average_services_stats = UNSET
        else:
            income_average_services_stats = AnalyticsReportOverallSumStats.from_dict(_income_average_services_stats)

        _fullness_stats = d.pop("fullness_stats", UNSET)
        fullness_stats: AnalyticsReportOverallFullnessStats | Unset
        if isinstance(_fullness_stats, Unset):
            fullness_stats = UNSET
        else:
            fullness_stats = AnalyticsReportOverallFullnessStats.from_dict(_fullness_stats)

        _record_stats = d.pop("record_stats", UNSET)
        record_stats: AnalyticsReportOverallRecordStats | Unset
        if isinstance(_record_stats, Unset):
            record_stats = UNSET
        else:
            record_stats = AnalyticsReportOverallRecordStats.from_dict(_record_stats)

        _client_stats = d.pop("client_stats", UNSET)
        client_stats: AnalyticsReportOverallClientStats | Unset
        if isinstance(_client_stats, Unset):
            client_stats = UNSET
        else:
            client_stats = AnalyticsReportOverallClientStats.from_dict(_client_stats)

        _model = cls(
            income_total_stats=income_total_stats,
            income_services_stats=income_services_stats,
            income_goods_stats=income_goods_stats,
            income_average_stats=income_average_stats,
            income_average_services_stats=income_average_services_stats,
            fullness_stats=fullness_stats,
            record_stats=record_stats,
            client_stats=client_stats,
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
