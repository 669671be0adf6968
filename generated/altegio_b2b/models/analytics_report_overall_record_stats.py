from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AnalyticsReportOverallRecordStats")


@_attrs_define
class AnalyticsReportOverallRecordStats:
    """Summary metrics by number of appointments

    Example:
        {'current_completed_count': 150, 'current_completed_percent': 75, 'current_pending_count': 30,
            'current_pending_percent': 15, 'current_canceled_count': 20, 'current_canceled_percent': 10,
            'current_total_count': 200, 'previous_total_count': 180, 'change_percent': 11}

    Attributes:
        current_completed_count (int | Unset): Number of completed appointments
        current_completed_percent (int | Unset): Percentage of completed appointments relative to the total. Null if the
            total is 0.
        current_pending_count (int | Unset): Number of pending appointments
        current_pending_percent (int | Unset): Percentage of incomplete records relative to the total. Null if the total
            is 0.
        current_canceled_count (int | Unset): Number of canceled appointments
        current_canceled_percent (int | Unset): The percentage of canceled appointments relative to the total. Null if
            the total is 0.
        current_total_count (int | Unset): Number of all appointments in the current period
        previous_total_count (int | Unset): Number of all appointments in the previous period
        change_percent (int | Unset): The percentage change in the current value of the total number of records relative
            to the past. Null if the number of records in the previous period is 0 and the current number is different from
            0.
    """

    current_completed_count: int | Unset = UNSET
    current_completed_percent: int | Unset = UNSET
    current_pending_count: int | Unset = UNSET
    current_pending_percent: int | Unset = UNSET
    current_canceled_count: int | Unset = UNSET
    current_canceled_percent: int | Unset = UNSET
    current_total_count: int | Unset = UNSET
    previous_total_count: int | Unset = UNSET
    change_percent: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        current_completed_count = self.current_completed_count

        current_completed_percent = self.current_completed_percent

        current_pending_count = self.current_pending_count

        current_pending_percent = self.current_pending_percent

        current_canceled_count = self.current_canceled_count

        current_canceled_percent = self.current_canceled_percent

        current_total_count = self.current_total_count

        previous_total_count = self.previous_total_count

        change_percent = self.change_percent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if current_completed_count is not UNSET:
            field_dict["current_completed_count"] = current_completed_count
        if current_completed_percent is not UNSET:
            field_dict["current_completed_percent"] = current_completed_percent
        if current_pending_count is not UNSET:
            field_dict["current_pending_count"] = current_pending_count
        if current_pending_percent is not UNSET:
            field_dict["current_pending_percent"] = current_pending_percent
        if current_canceled_count is not UNSET:
            field_dict["current_canceled_count"] = current_canceled_count
        if current_canceled_percent is not UNSET:
            field_dict["current_canceled_percent"] = current_canceled_percent
        if current_total_count is not UNSET:
            field_dict["current_total_count"] = current_total_count
        if previous_total_count is not UNSET:
            field_dict["previous_total_count"] = previous_total_count
        if change_percent is not UNSET:
            field_dict["change_percent"] = change_percent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        current_completed_count = d.pop("current_completed_count", UNSET)

        current_completed_percent = d.pop("current_completed_percent", UNSET)

        current_pending_count = d.pop("current_pending_count", UNSET)

        current_pending_percent = d.pop("current_pending_percent", UNSET)

        current_canceled_count = d.pop("current_canceled_count", UNSET)

        current_canceled_percent = d.pop("current_canceled_percent", UNSET)

        current_total_count = d.pop("current_total_count", UNSET)

        previous_total_count = d.pop("previous_total_count", UNSET)

        change_percent = d.pop("change_percent", UNSET)

        _model = cls(
            current_completed_count=current_completed_count,
            current_completed_percent=current_completed_percent,
            current_pending_count=current_pending_count,
            current_pending_percent=current_pending_percent,
            current_canceled_count=current_canceled_count,
            current_canceled_percent=current_canceled_percent,
            current_total_count=current_total_count,
            previous_total_count=previous_total_count,
            change_percent=change_percent,
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
