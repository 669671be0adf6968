from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_team_member_schedule_list_response_200_item_busy_intervals_item import (
        GetTeamMemberScheduleListResponse200ItemBusyIntervalsItem,
    )
    from ..models.get_team_member_schedule_list_response_200_item_slots_item import (
        GetTeamMemberScheduleListResponse200ItemSlotsItem,
    )


T = TypeVar("T", bound="GetTeamMemberScheduleListResponse200Item")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "staff_id",
        "date",
        "slots",
        "busy_intervals",
        "off_day_type",
    }
)
_EXTRA = _fields.ANY
_KIND_slots = _fields.ListOf(_fields.Model("GetTeamMemberScheduleListResponse200ItemSlotsItem"))
_KIND_busy_intervals = _fields.ListOf(_fields.Model("GetTeamMemberScheduleListResponse200ItemBusyIntervalsItem"))


@_attrs_define
class GetTeamMemberScheduleListResponse200Item:
    """
    Attributes:
        staff_id (int | Unset): Team member ID Example: 12345.
        date (datetime.date | Unset): Schedule date (YYYY-MM-DD) Example: 2026-01-31.
        slots (list[GetTeamMemberScheduleListResponse200ItemSlotsItem] | Unset): Working time intervals
        busy_intervals (list[GetTeamMemberScheduleListResponse200ItemBusyIntervalsItem] | Unset): Time intervals
            occupied by appointments or events.
            Only included when `include[]=busy_intervals`.
        off_day_type (int | None | Unset): Off-day type ID (if this is a non-working day).
            Only included when `include[]=off_day_type`.
             Example: 3.
    """

    staff_id: int | Unset = UNSET
    date: datetime.date | Unset = UNSET
    slots: list[GetTeamMemberScheduleListResponse200ItemSlotsItem] | Unset = UNSET
    busy_intervals: list[GetTeamMemberScheduleListResponse200ItemBusyIntervalsItem] | Unset = UNSET
    off_day_type: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        staff_id = self.staff_id
        if type(staff_id) is not int and staff_id is not UNSET:
            staff_id = _fields.write_integer(staff_id, "staff_id")
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id

        date = self.date
        if date is not UNSET:
            field_dict["date"] = _fields.write_date(date, "date")

        slots = self.slots
        if slots is not UNSET:
            field_dict["slots"] = _KIND_slots.write_field(slots, "slots")

        busy_intervals = self.busy_intervals
        if busy_intervals is not UNSET:
            field_dict["busy_intervals"] = _KIND_busy_intervals.write_field(busy_intervals, "busy_intervals")

        off_day_type = self.off_day_type
        if type(off_day_type) is not int and off_day_type is not UNSET and off_day_type is not None:
            off_day_type = _fields.write_integer(off_day_type, "off_day_type")
        if off_day_type is not UNSET:
            field_dict["off_day_type"] = off_day_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        staff_id = _get("staff_id", UNSET)
        if type(staff_id) is not int and staff_id is not UNSET:
            staff_id = _fields.read_integer(staff_id, "staff_id")

        date = _get("date", UNSET)
        if date is not UNSET:
            try:
                date = _fields.date_fromisoformat(date)
            except (TypeError, ValueError):
                date = _fields.read_date(date, "date")

        slots = _get("slots", UNSET)
        if slots is not UNSET:
            slots = _KIND_slots.read_field(slots, "slots")

        busy_intervals = _get("busy_intervals", UNSET)
        if busy_intervals is not UNSET:
            busy_intervals = _KIND_busy_intervals.read_field(busy_intervals, "busy_intervals")

        off_day_type = _get("off_day_type", UNSET)
        if type(off_day_type) is not int and off_day_type is not UNSET and off_day_type is not None:
            off_day_type = _fields.read_integer(off_day_type, "off_day_type")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.staff_id = staff_id
        _model.date = date
        _model.slots = slots
        _model.busy_intervals = busy_intervals
        _model.off_day_type = off_day_type
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetTeamMemberScheduleListResponse200Item:
            _fields.init_added_fields(_model, GetTeamMemberScheduleListResponse200Item)
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
