from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..models.update_appointment_attendance_response_200_attendance import (
    UpdateAppointmentAttendanceResponse200Attendance,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_appointment_attendance_response_200_records_type_0 import (
        UpdateAppointmentAttendanceResponse200RecordsType0,
    )


T = TypeVar("T", bound="UpdateAppointmentAttendanceResponse200")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "attendance",
        "records",
    }
)
_EXTRA = _fields.ANY
_KIND_attendance = _fields.EnumOf("UpdateAppointmentAttendanceResponse200Attendance", _fields.INTEGER)
_KIND_records = _fields.OneOf(
    _fields.Model("UpdateAppointmentAttendanceResponse200RecordsType0"),
    _fields.ListOf(_fields.ANY),
)


@_attrs_define
class UpdateAppointmentAttendanceResponse200:
    """
    Attributes:
        attendance (UpdateAppointmentAttendanceResponse200Attendance | Unset):
        records (list[Any] | Unset | UpdateAppointmentAttendanceResponse200RecordsType0): Timetable changes keyed by
            Appointment ID, or an empty array when there are none
    """

    attendance: UpdateAppointmentAttendanceResponse200Attendance | Unset = UNSET
    records: list[Any] | Unset | UpdateAppointmentAttendanceResponse200RecordsType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        attendance = self.attendance
        if attendance is not UNSET:
            field_dict["attendance"] = _KIND_attendance.write_field(attendance, "attendance")

        records = self.records
        if records is not UNSET:
            field_dict["records"] = _KIND_records.write_field(records, "records")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        attendance = _get("attendance", UNSET)
        if attendance is not UNSET:
            attendance = _KIND_attendance.read_field(attendance, "attendance")

        records = _get("records", UNSET)
        if records is not UNSET:
            records = _KIND_records.read_field(records, "records")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.attendance = attendance
        _model.records = records
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not UpdateAppointmentAttendanceResponse200:
            _fields.init_added_fields(_model, UpdateAppointmentAttendanceResponse200)
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
