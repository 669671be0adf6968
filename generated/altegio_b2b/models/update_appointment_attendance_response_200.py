from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_appointment_attendance_response_200_attendance import (
    UpdateAppointmentAttendanceResponse200Attendance,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_appointment_attendance_response_200_records_type_0 import (
        UpdateAppointmentAttendanceResponse200RecordsType0,
    )


T = TypeVar("T", bound="UpdateAppointmentAttendanceResponse200")


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
        from ..models.update_appointment_attendance_response_200_records_type_0 import (
            UpdateAppointmentAttendanceResponse200RecordsType0,  # noqa: PLC0415
        )

        attendance: int | Unset = UNSET
        if not isinstance(self.attendance, Unset):
            attendance = self.attendance.value

        records: dict[str, Any] | list[Any] | Unset
        if isinstance(self.records, Unset):
            records = UNSET
        elif isinstance(self.records, UpdateAppointmentAttendanceResponse200RecordsType0):
            records = self.records.to_dict()
        else:
            records = self.records

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attendance is not UNSET:
            field_dict["attendance"] = attendance
        if records is not UNSET:
            field_dict["records"] = records

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_appointment_attendance_response_200_records_type_0 import (
            UpdateAppointmentAttendanceResponse200RecordsType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _attendance = d.pop("attendance", UNSET)
        attendance: UpdateAppointmentAttendanceResponse200Attendance | Unset
        if isinstance(_attendance, Unset):
            attendance = UNSET
        else:
            attendance = UpdateAppointmentAttendanceResponse200Attendance(_attendance)

        def _parse_records(data: object) -> list[Any] | Unset | UpdateAppointmentAttendanceResponse200RecordsType0:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                records_type_0 = UpdateAppointmentAttendanceResponse200RecordsType0.from_dict(data)

                return records_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            records_type_1 = cast(list[Any], data)

            return records_type_1

        records = _parse_records(d.pop("records", UNSET))

        _model = cls(
            attendance=attendance,
            records=records,
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
