from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="AnalyticsReportOverallFullnessStats")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "current_percent",
        "previous_percent",
        "change_percent",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class AnalyticsReportOverallFullnessStats:
    """Summary indicators of the occupancy of the working hours of the location's team members

    Example:
        {'current_percent': 12.1, 'previous_percent': 10.2, 'change_percent': 18}

    Attributes:
        current_percent (float | Unset): Percentage of occupancy in the current period
        previous_percent (float | Unset): Percentage of occupancy in the previous period
        change_percent (int | Unset): The percentage change in the current value of the indicator relative to the past.
            Null if the previous value is 0 and the current value is not 0.
    """

    current_percent: float | Unset = UNSET
    previous_percent: float | Unset = UNSET
    change_percent: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        current_percent = self.current_percent
        if current_percent is not UNSET:
            field_dict["current_percent"] = _fields.write_number(current_percent, "current_percent")

        previous_percent = self.previous_percent
        if previous_percent is not UNSET:
            field_dict["previous_percent"] = _fields.write_number(previous_percent, "previous_percent")

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
        current_percent = _get("current_percent", UNSET)
        if type(current_percent) is not float and type(current_percent) is not int and current_percent is not UNSET:
            current_percent = _fields.read_number(current_percent, "current_percent")

        previous_percent = _get("previous_percent", UNSET)
        if type(previous_percent) is not float and type(previous_percent) is not int and previous_percent is not UNSET:
            previous_percent = _fields.read_number(previous_percent, "previous_percent")

        change_percent = _get("change_percent", UNSET)
        if type(change_percent) is not int and change_percent is not UNSET:
            change_percent = _fields.read_integer(change_percent, "change_percent")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.current_percent = current_percent
        _model.previous_percent = previous_percent
        _model.change_percent = change_percent
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not AnalyticsReportOverallFullnessStats:
            _fields.init_added_fields(_model, AnalyticsReportOverallFullnessStats)
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
