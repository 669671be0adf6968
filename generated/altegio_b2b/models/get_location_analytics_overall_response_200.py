from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._runtime import fields as _fields
from .._runtime.errors import FieldError as _FieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.analytics_report_overall_client_stats import AnalyticsReportOverallClientStats
    from ..models.analytics_report_overall_fullness_stats import AnalyticsReportOverallFullnessStats
    from ..models.analytics_report_overall_record_stats import AnalyticsReportOverallRecordStats
    from ..models.analytics_report_overall_sum_stats import AnalyticsReportOverallSumStats


T = TypeVar("T", bound="GetLocationAnalyticsOverallResponse200")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "income_total_stats",
        "income_services_stats",
        "income_goods_stats",
        "income_average_stats",
        "income_average_services_stats",
        "fullness_stats",
        "record_stats",
        "client_stats",
    }
)
_EXTRA = _fields.ANY


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
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        income_total_stats = self.income_total_stats
        if income_total_stats is not UNSET:
            field_dict["income_total_stats"] = _fields.write_model(
                income_total_stats, _models.AnalyticsReportOverallSumStats, "income_total_stats"
            )

        income_services_stats = self.income_services_stats
        if income_services_stats is not UNSET:
            field_dict["income_services_stats"] = _fields.write_model(
                income_services_stats, _models.AnalyticsReportOverallSumStats, "income_services_stats"
            )

        income_goods_stats = self.income_goods_stats
        if income_goods_stats is not UNSET:
            field_dict["income_goods_stats"] = _fields.write_model(
                income_goods_stats, _models.AnalyticsReportOverallSumStats, "income_goods_stats"
            )

        income_average_stats = self.income_average_stats
        if income_average_stats is not UNSET:
            field_dict["income_average_stats"] = _fields.write_model(
                income_average_stats, _models.AnalyticsReportOverallSumStats, "income_average_stats"
            )

        income_average_services_stats = self.income_average_services_stats
        if income_average_services_stats is not UNSET:
            field_dict["income_average_services_stats"] = _fields.write_model(
                income_average_services_stats, _models.AnalyticsReportOverallSumStats, "income_average_services_stats"
            )

        fullness_stats = self.fullness_stats
        if fullness_stats is not UNSET:
            field_dict["fullness_stats"] = _fields.write_model(
                fullness_stats, _models.AnalyticsReportOverallFullnessStats, "fullness_stats"
            )

        record_stats = self.record_stats
        if record_stats is not UNSET:
            field_dict["record_stats"] = _fields.write_model(
                record_stats, _models.AnalyticsReportOverallRecordStats, "record_stats"
            )

        client_stats = self.client_stats
        if client_stats is not UNSET:
            field_dict["client_stats"] = _fields.write_model(
                client_stats, _models.AnalyticsReportOverallClientStats, "client_stats"
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        income_total_stats = _get("income_total_stats", UNSET)
        if income_total_stats is not UNSET:
            try:
                income_total_stats = _models.AnalyticsReportOverallSumStats.from_dict(income_total_stats)
            except _FieldError as _error:
                raise _error.within("income_total_stats")

        income_services_stats = _get("income_services_stats", UNSET)
        if income_services_stats is not UNSET:
            try:
                income_services_stats = _models.AnalyticsReportOverallSumStats.from_dict(income_services_stats)
            except _FieldError as _error:
                raise _error.within("income_services_stats")

        income_goods_stats = _get("income_goods_stats", UNSET)
        if income_goods_stats is not UNSET:
            try:
                income_goods_stats = _models.AnalyticsReportOverallSumStats.from_dict(income_goods_stats)
            except _FieldError as _error:
                raise _error.within("income_goods_stats")

        income_average_stats = _get("income_average_stats", UNSET)
        if income_average_stats is not UNSET:
            try:
                income_average_stats = _models.AnalyticsReportOverallSumStats.from_dict(income_average_stats)
            except _FieldError as _error:
                raise _error.within("income_average_stats")

        income_average_services_stats = _get("income_average_services_stats", UNSET)
        if income_average_services_stats is not UNSET:
            try:
                income_average_services_stats = _models.AnalyticsReportOverallSumStats.from_dict(
                    income_average_services_stats
                )
            except _FieldError as _error:
                raise _error.within("income_average_services_stats")

        fullness_stats = _get("fullness_stats", UNSET)
        if fullness_stats is not UNSET:
            try:
                fullness_stats = _models.AnalyticsReportOverallFullnessStats.from_dict(fullness_stats)
            except _FieldError as _error:
                raise _error.within("fullness_stats")

        record_stats = _get("record_stats", UNSET)
        if record_stats is not UNSET:
            try:
                record_stats = _models.AnalyticsReportOverallRecordStats.from_dict(record_stats)
            except _FieldError as _error:
                raise _error.within("record_stats")

        client_stats = _get("client_stats", UNSET)
        if client_stats is not UNSET:
            try:
                client_stats = _models.AnalyticsReportOverallClientStats.from_dict(client_stats)
            except _FieldError as _error:
                raise _error.within("client_stats")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.income_total_stats = income_total_stats
        _model.income_services_stats = income_services_stats
        _model.income_goods_stats = income_goods_stats
        _model.income_average_stats = income_average_stats
        _model.income_average_services_stats = income_average_services_stats
        _model.fullness_stats = fullness_stats
        _model.record_stats = record_stats
        _model.client_stats = client_stats
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetLocationAnalyticsOverallResponse200:
            _fields.init_added_fields(_model, GetLocationAnalyticsOverallResponse200)
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
