from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateAppointmentCalendarSettingsBody")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "record_type",
        "activity_record_clients_count_max",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class UpdateAppointmentCalendarSettingsBody:
    """Timetable settings for a location

    Example:
        {'record_type': 0, 'activity_record_clients_count_max': 1}

    Attributes:
        record_type (int | Unset): Default appointment type: 0 - Mixed appointment, 1 - Individual appointment, 2 -
            Group event
        activity_record_clients_count_max (int | Unset): Maximum number of seats in one group event
    """

    record_type: int | Unset = UNSET
    activity_record_clients_count_max: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        record_type = self.record_type
        if type(record_type) is not int and record_type is not UNSET:
            record_type = _fields.write_integer(record_type, "record_type")
        if record_type is not UNSET:
            field_dict["record_type"] = record_type

        activity_record_clients_count_max = self.activity_record_clients_count_max
        if type(activity_record_clients_count_max) is not int and activity_record_clients_count_max is not UNSET:
            activity_record_clients_count_max = _fields.write_integer(
                activity_record_clients_count_max, "activity_record_clients_count_max"
            )
        if activity_record_clients_count_max is not UNSET:
            field_dict["activity_record_clients_count_max"] = activity_record_clients_count_max

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        record_type = _get("record_type", UNSET)
        if type(record_type) is not int and record_type is not UNSET:
            record_type = _fields.read_integer(record_type, "record_type")

        activity_record_clients_count_max = _get("activity_record_clients_count_max", UNSET)
        if type(activity_record_clients_count_max) is not int and activity_record_clients_count_max is not UNSET:
            activity_record_clients_count_max = _fields.read_integer(
                activity_record_clients_count_max, "activity_record_clients_count_max"
            )

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.record_type = record_type
        _model.activity_record_clients_count_max = activity_record_clients_count_max
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not UpdateAppointmentCalendarSettingsBody:
            _fields.init_added_fields(_model, UpdateAppointmentCalendarSettingsBody)
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
