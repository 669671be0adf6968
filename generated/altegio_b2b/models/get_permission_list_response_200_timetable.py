from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetPermissionListResponse200Timetable")


@_attrs_define
class GetPermissionListResponse200Timetable:
    """Appointment log

    Attributes:
        timetable_access (bool | Unset): true - there is access to the appointment log, false - no access
        master_id (int | Unset): 0 - if the user can view the schedule and records of all team members, otherwise only
            the team member whose ID is specified
        position_id (int | Unset): 0 - if the user can view the schedule and records of all team members, otherwise only
            the position whose ID is specified
        last_days_count (float | Unset): 0 - do not restrict access to schedule history and records
        schedule_edit_access (bool | Unset): true - there is access to the team member's work schedule in the log, false
            - no access
        timetable_phones_access (bool | Unset): true - there is access to the phone number in the appointment log, false
            - no access
        timetable_transferring_record_access (bool | Unset): true - there is access to transferring records, false - no
            access
        timetable_statistics_access (bool | Unset): true - there is access to view statistics, false - no access
        timetable_waiting_list_access (bool | Unset): true - there is access to waiting list, false - no access
    """

    timetable_access: bool | Unset = UNSET
    master_id: int | Unset = UNSET
    position_id: int | Unset = UNSET
    last_days_count: float | Unset = UNSET
    schedule_edit_access: bool | Unset = UNSET
    timetable_phones_access: bool | Unset = UNSET
    timetable_transferring_record_access: bool | Unset = UNSET
    timetable_statistics_access: bool | Unset = UNSET
    timetable_waiting_list_access: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timetable_access = self.timetable_access

        master_id = self.master_id

        position_id = self.position_id

        last_days_count = self.last_days_count

        schedule_edit_access = self.schedule_edit_access

        timetable_phones_access = self.timetable_phones_access

        timetable_transferring_record_access = self.timetable_transferring_record_access

        timetable_statistics_access = self.timetable_statistics_access

        timetable_waiting_list_access = self.timetable_waiting_list_access

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if timetable_access is not UNSET:
            field_dict["timetable_access"] = timetable_access
        if master_id is not UNSET:
            field_dict["master_id"] = master_id
        if position_id is not UNSET:
            field_dict["position_id"] = position_id
        if last_days_count is not UNSET:
            field_dict["last_days_count"] = last_days_count
        if schedule_edit_access is not UNSET:
            field_dict["schedule_edit_access"] = schedule_edit_access
        if timetable_phones_access is not UNSET:
            field_dict["timetable_phones_access"] = timetable_phones_access
        if timetable_transferring_record_access is not UNSET:
            field_dict["timetable_transferring_record_access"] = timetable_transferring_record_access
        if timetable_statistics_access is not UNSET:
            field_dict["timetable_statistics_access"] = timetable_statistics_access
        if timetable_waiting_list_access is not UNSET:
            field_dict["timetable_waiting_list_access"] = timetable_waiting_list_access

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        timetable_access = d.pop("timetable_access", UNSET)

        master_id = d.pop("master_id", UNSET)

        position_id = d.pop("position_id", UNSET)

        last_days_count = d.pop("last_days_count", UNSET)

        schedule_edit_access = d.pop("schedule_edit_access", UNSET)

        timetable_phones_access = d.pop("timetable_phones_access", UNSET)

        timetable_transferring_record_access = d.pop("timetable_transferring_record_access", UNSET)

        timetable_statistics_access = d.pop("timetable_statistics_access", UNSET)

        timetable_waiting_list_access = d.pop("timetable_waiting_list_access", UNSET)

        _model = cls(
            timetable_access=timetable_access,
            master_id=master_id,
            position_id=position_id,
            last_days_count=last_days_count,
            schedule_edit_access=schedule_edit_access,
            timetable_phones_access=timetable_phones_access,
            timetable_transferring_record_access=timetable_transferring_record_access,
            timetable_statistics_access=timetable_statistics_access,
            timetable_waiting_list_access=timetable_waiting_list_access,
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
