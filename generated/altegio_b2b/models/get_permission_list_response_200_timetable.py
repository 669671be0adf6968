from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetPermissionListResponse200Timetable")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "timetable_access",
        "master_id",
        "position_id",
        "last_days_count",
        "schedule_edit_access",
        "timetable_phones_access",
        "timetable_transferring_record_access",
        "timetable_statistics_access",
        "timetable_waiting_list_access",
    }
)
_EXTRA = _fields.ANY


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
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        timetable_access = self.timetable_access
        if type(timetable_access) is not bool and timetable_access is not UNSET:
            timetable_access = _fields.write_boolean(timetable_access, "timetable_access")
        if timetable_access is not UNSET:
            field_dict["timetable_access"] = timetable_access

        master_id = self.master_id
        if type(master_id) is not int and master_id is not UNSET:
            master_id = _fields.write_integer(master_id, "master_id")
        if master_id is not UNSET:
            field_dict["master_id"] = master_id

        position_id = self.position_id
        if type(position_id) is not int and position_id is not UNSET:
            position_id = _fields.write_integer(position_id, "position_id")
        if position_id is not UNSET:
            field_dict["position_id"] = position_id

        last_days_count = self.last_days_count
        if last_days_count is not UNSET:
            field_dict["last_days_count"] = _fields.write_number(last_days_count, "last_days_count")

        schedule_edit_access = self.schedule_edit_access
        if type(schedule_edit_access) is not bool and schedule_edit_access is not UNSET:
            schedule_edit_access = _fields.write_boolean(schedule_edit_access, "schedule_edit_access")
        if schedule_edit_access is not UNSET:
            field_dict["schedule_edit_access"] = schedule_edit_access

        timetable_phones_access = self.timetable_phones_access
        if type(timetable_phones_access) is not bool and timetable_phones_access is not UNSET:
            timetable_phones_access = _fields.write_boolean(timetable_phones_access, "timetable_phones_access")
        if timetable_phones_access is not UNSET:
            field_dict["timetable_phones_access"] = timetable_phones_access

        timetable_transferring_record_access = self.timetable_transferring_record_access
        if type(timetable_transferring_record_access) is not bool and timetable_transferring_record_access is not UNSET:
            timetable_transferring_record_access = _fields.write_boolean(
                timetable_transferring_record_access, "timetable_transferring_record_access"
            )
        if timetable_transferring_record_access is not UNSET:
            field_dict["timetable_transferring_record_access"] = timetable_transferring_record_access

        timetable_statistics_access = self.timetable_statistics_access
        if type(timetable_statistics_access) is not bool and timetable_statistics_access is not UNSET:
            timetable_statistics_access = _fields.write_boolean(
                timetable_statistics_access, "timetable_statistics_access"
            )
        if timetable_statistics_access is not UNSET:
            field_dict["timetable_statistics_access"] = timetable_statistics_access

        timetable_waiting_list_access = self.timetable_waiting_list_access
        if type(timetable_waiting_list_access) is not bool and timetable_waiting_list_access is not UNSET:
            timetable_waiting_list_access = _fields.write_boolean(
                timetable_waiting_list_access, "timetable_waiting_list_access"
            )
        if timetable_waiting_list_access is not UNSET:
            field_dict["timetable_waiting_list_access"] = timetable_waiting_list_access

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        timetable_access = _get("timetable_access", UNSET)
        if type(timetable_access) is not bool and timetable_access is not UNSET:
            timetable_access = _fields.read_boolean(timetable_access, "timetable_access")

        master_id = _get("master_id", UNSET)
        if type(master_id) is not int and master_id is not UNSET:
            master_id = _fields.read_integer(master_id, "master_id")

        position_id = _get("position_id", UNSET)
        if type(position_id) is not int and position_id is not UNSET:
            position_id = _fields.read_integer(position_id, "position_id")

        last_days_count = _get("last_days_count", UNSET)
        if type(last_days_count) is not float and type(last_days_count) is not int and last_days_count is not UNSET:
            last_days_count = _fields.read_number(last_days_count, "last_days_count")

        schedule_edit_access = _get("schedule_edit_access", UNSET)
        if type(schedule_edit_access) is not bool and schedule_edit_access is not UNSET:
            schedule_edit_access = _fields.read_boolean(schedule_edit_access, "schedule_edit_access")

        timetable_phones_access = _get("timetable_phones_access", UNSET)
        if type(timetable_phones_access) is not bool and timetable_phones_access is not UNSET:
            timetable_phones_access = _fields.read_boolean(timetable_phones_access, "timetable_phones_access")

        timetable_transferring_record_access = _get("timetable_transferring_record_access", UNSET)
        if type(timetable_transferring_record_access) is not bool and timetable_transferring_record_access is not UNSET:
            timetable_transferring_record_access = _fields.read_boolean(
                timetable_transferring_record_access, "timetable_transferring_record_access"
            )

        timetable_statistics_access = _get("timetable_statistics_access", UNSET)
        if type(timetable_statistics_access) is not bool and timetable_statistics_access is not UNSET:
            timetable_statistics_access = _fields.read_boolean(
                timetable_statistics_access, "timetable_statistics_access"
            )

        timetable_waiting_list_access = _get("timetable_waiting_list_access", UNSET)
        if type(timetable_waiting_list_access) is not bool and timetable_waiting_list_access is not UNSET:
            timetable_waiting_list_access = _fields.read_boolean(
                timetable_waiting_list_access, "timetable_waiting_list_access"
            )

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.timetable_access = timetable_access
        _model.master_id = master_id
        _model.position_id = position_id
        _model.last_days_count = last_days_count
        _model.schedule_edit_access = schedule_edit_access
        _model.timetable_phones_access = timetable_phones_access
        _model.timetable_transferring_record_access = timetable_transferring_record_access
        _model.timetable_statistics_access = timetable_statistics_access
        _model.timetable_waiting_list_access = timetable_waiting_list_access
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetPermissionListResponse200Timetable:
            _fields.init_added_fields(_model, GetPermissionListResponse200Timetable)
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
