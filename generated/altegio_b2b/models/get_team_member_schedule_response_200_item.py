from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_team_member_schedule_response_200_item_slots_item import (
        GetTeamMemberScheduleResponse200ItemSlotsItem,
    )


T = TypeVar("T", bound="GetTeamMemberScheduleResponse200Item")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "date",
        "is_working",
        "slots",
    }
)
_EXTRA = _fields.ANY
_KIND_slots = _fields.ListOf(_fields.Model("GetTeamMemberScheduleResponse200ItemSlotsItem"))


@_attrs_define
class GetTeamMemberScheduleResponse200Item:
    """
    Attributes:
        date (str | Unset): date in iso8601 format.
        is_working (bool | Unset): Free time or not.
        slots (list[GetTeamMemberScheduleResponse200ItemSlotsItem] | Unset): An array of (from, to) working timeslots.
    """

    date: str | Unset = UNSET
    is_working: bool | Unset = UNSET
    slots: list[GetTeamMemberScheduleResponse200ItemSlotsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        date = self.date
        if type(date) is not str and date is not UNSET:
            date = _fields.write_string(date, "date")
        if date is not UNSET:
            field_dict["date"] = date

        is_working = self.is_working
        if type(is_working) is not bool and is_working is not UNSET:
            is_working = _fields.write_boolean(is_working, "is_working")
        if is_working is not UNSET:
            field_dict["is_working"] = is_working

        slots = self.slots
        if slots is not UNSET:
            field_dict["slots"] = _KIND_slots.write_field(slots, "slots")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        date = _get("date", UNSET)
        if type(date) is not str and date is not UNSET:
            date = _fields.read_string(date, "date")

        is_working = _get("is_working", UNSET)
        if type(is_working) is not bool and is_working is not UNSET:
            is_working = _fields.read_boolean(is_working, "is_working")

        slots = _get("slots", UNSET)
        if slots is not UNSET:
            slots = _KIND_slots.read_field(slots, "slots")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.date = date
        _model.is_working = is_working
        _model.slots = slots
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetTeamMemberScheduleResponse200Item:
            _fields.init_added_fields(_model, GetTeamMemberScheduleResponse200Item)
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
