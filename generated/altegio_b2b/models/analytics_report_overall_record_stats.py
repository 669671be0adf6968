from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="AnalyticsReportOverallRecordStats")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "current_completed_count",
        "current_completed_percent",
        "current_pending_count",
        "current_pending_percent",
        "current_canceled_count",
        "current_canceled_percent",
        "current_total_count",
        "previous_total_count",
        "change_percent",
    }
)
_EXTRA = _fields.ANY


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
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        current_completed_count = self.current_completed_count
        if type(current_completed_count) is not int and current_completed_count is not UNSET:
            current_completed_count = _fields.write_integer(current_completed_count, "current_completed_count")
        if current_completed_count is not UNSET:
            field_dict["current_completed_count"] = current_completed_count

        current_completed_percent = self.current_completed_percent
        if type(current_completed_percent) is not int and current_completed_percent is not UNSET:
            current_completed_percent = _fields.write_integer(current_completed_percent, "current_completed_percent")
        if current_completed_percent is not UNSET:
            field_dict["current_completed_percent"] = current_completed_percent

        current_pending_count = self.current_pending_count
        if type(current_pending_count) is not int and current_pending_count is not UNSET:
            current_pending_count = _fields.write_integer(current_pending_count, "current_pending_count")
        if current_pending_count is not UNSET:
            field_dict["current_pending_count"] = current_pending_count

        current_pending_percent = self.current_pending_percent
        if type(current_pending_percent) is not int and current_pending_percent is not UNSET:
            current_pending_percent = _fields.write_integer(current_pending_percent, "current_pending_percent")
        if current_pending_percent is not UNSET:
            field_dict["current_pending_percent"] = current_pending_percent

        current_canceled_count = self.current_canceled_count
        if type(current_canceled_count) is not int and current_canceled_count is not UNSET:
            current_canceled_count = _fields.write_integer(current_canceled_count, "current_canceled_count")
        if current_canceled_count is not UNSET:
            field_dict["current_canceled_count"] = current_canceled_count

        current_canceled_percent = self.current_canceled_percent
        if type(current_canceled_percent) is not int and current_canceled_percent is not UNSET:
            current_canceled_percent = _fields.write_integer(current_canceled_percent, "current_canceled_percent")
        if current_canceled_percent is not UNSET:
            field_dict["current_canceled_percent"] = current_canceled_percent

        current_total_count = self.current_total_count
        if type(current_total_count) is not int and current_total_count is not UNSET:
            current_total_count = _fields.write_integer(current_total_count, "current_total_count")
        if current_total_count is not UNSET:
            field_dict["current_total_count"] = current_total_count

        previous_total_count = self.previous_total_count
        if type(previous_total_count) is not int and previous_total_count is not UNSET:
            previous_total_count = _fields.write_integer(previous_total_count, "previous_total_count")
        if previous_total_count is not UNSET:
            field_dict["previous_total_count"] = previous_total_count

        change_percent = self.change_percent
        if type(change_percent) is not int and change_percent is not UNSET:
            change_percent = _fields.write_integer(change_percent, "change_percent")
        if change_percent is not UNSET:
            field_dict["change_percent"] = change_percent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        current_completed_count = _get("current_completed_count", UNSET)
        if type(current_completed_count) is not int and current_completed_count is not UNSET:
            current_completed_count = _fields.read_integer(current_completed_count, "current_completed_count")

        current_completed_percent = _get("current_completed_percent", UNSET)
        if type(current_completed_percent) is not int and current_completed_percent is not UNSET:
            current_completed_percent = _fields.read_integer(current_completed_percent, "current_completed_percent")

        current_pending_count = _get("current_pending_count", UNSET)
        if type(current_pending_count) is not int and current_pending_count is not UNSET:
            current_pending_count = _fields.read_integer(current_pending_count, "current_pending_count")

        current_pending_percent = _get("current_pending_percent", UNSET)
        if type(current_pending_percent) is not int and current_pending_percent is not UNSET:
            current_pending_percent = _fields.read_integer(current_pending_percent, "current_pending_percent")

        current_canceled_count = _get("current_canceled_count", UNSET)
        if type(current_canceled_count) is not int and current_canceled_count is not UNSET:
            current_canceled_count = _fields.read_integer(current_canceled_count, "current_canceled_count")

        current_canceled_percent = _get("current_canceled_percent", UNSET)
        if type(current_canceled_percent) is not int and current_canceled_percent is not UNSET:
            current_canceled_percent = _fields.read_integer(current_canceled_percent, "current_canceled_percent")

        current_total_count = _get("current_total_count", UNSET)
        if type(current_total_count) is not int and current_total_count is not UNSET:
            current_total_count = _fields.read_integer(current_total_count, "current_total_count")

        previous_total_count = _get("previous_total_count", UNSET)
        if type(previous_total_count) is not int and previous_total_count is not UNSET:
            previous_total_count = _fields.read_integer(previous_total_count, "previous_total_count")

        change_percent = _get("change_percent", UNSET)
        if type(change_percent) is not int and change_percent is not UNSET:
            change_percent = _fields.read_integer(change_percent, "change_percent")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.current_completed_count = current_completed_count
        _model.current_completed_percent = current_completed_percent
        _model.current_pending_count = current_pending_count
        _model.current_pending_percent = current_pending_percent
        _model.current_canceled_count = current_canceled_count
        _model.current_canceled_percent = current_canceled_percent
        _model.current_total_count = current_total_count
        _model.previous_total_count = previous_total_count
        _model.change_percent = change_percent
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not AnalyticsReportOverallRecordStats:
            _fields.init_added_fields(_model, AnalyticsReportOverallRecordStats)
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
