from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.set_team_member_schedule_response_200_item_slots_item import (
        SetTeamMemberScheduleResponse200ItemSlotsItem,
    )


T = TypeVar("T", bound="SetTeamMemberScheduleResponse200Item")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "team_member_id",
        "date",
        "slots",
    }
)
_EXTRA = _fields.ANY
_KIND_slots = _fields.ListOf(_fields.Model("SetTeamMemberScheduleResponse200ItemSlotsItem"))


@_attrs_define
class SetTeamMemberScheduleResponse200Item:
    """
    Attributes:
        team_member_id (int | Unset):  Example: 12345.
        date (datetime.date | Unset):  Example: 2026-01-31.
        slots (list[SetTeamMemberScheduleResponse200ItemSlotsItem] | Unset):
    """

    team_member_id: int | Unset = UNSET
    date: datetime.date | Unset = UNSET
    slots: list[SetTeamMemberScheduleResponse200ItemSlotsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        team_member_id = self.team_member_id
        if type(team_member_id) is not int and team_member_id is not UNSET:
            team_member_id = _fields.write_integer(team_member_id, "team_member_id")
        if team_member_id is not UNSET:
            field_dict["team_member_id"] = team_member_id

        date = self.date
        if date is not UNSET:
            field_dict["date"] = _fields.write_date(date, "date")

        slots = self.slots
        if slots is not UNSET:
            field_dict["slots"] = _KIND_slots.write_field(slots, "slots")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        team_member_id = _get("team_member_id", UNSET)
        if type(team_member_id) is not int and team_member_id is not UNSET:
            team_member_id = _fields.read_integer(team_member_id, "team_member_id")

        date = _get("date", UNSET)
        if date is not UNSET:
            try:
                date = _fields.date_fromisoformat(date)
            except (TypeError, ValueError):
                date = _fields.read_date(date, "date")

        slots = _get("slots", UNSET)
        if slots is not UNSET:
            slots = _KIND_slots.read_field(slots, "slots")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.team_member_id = team_member_id
        _model.date = date
        _model.slots = slots
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not SetTeamMemberScheduleResponse200Item:
            _fields.init_added_fields(_model, SetTeamMemberScheduleResponse200Item)
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
