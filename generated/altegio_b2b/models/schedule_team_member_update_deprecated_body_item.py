from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.schedule_team_member_update_deprecated_body_item_slots_item import (
        ScheduleTeamMemberUpdateDeprecatedBodyItemSlotsItem,
    )


T = TypeVar("T", bound="ScheduleTeamMemberUpdateDeprecatedBodyItem")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "date",
        "is_working",
        "slots",
    }
)
_EXTRA = _fields.ANY
_KIND_slots = _fields.ListOf(_fields.Model("ScheduleTeamMemberUpdateDeprecatedBodyItemSlotsItem"))


@_attrs_define
class ScheduleTeamMemberUpdateDeprecatedBodyItem:
    """
    Attributes:
        date (datetime.date): Schedule date (YYYY-MM-DD) Example: 2026-01-15.
        is_working (bool): Whether the team member is working on this date Example: True.
        slots (list[ScheduleTeamMemberUpdateDeprecatedBodyItemSlotsItem]): Working time intervals
    """

    date: datetime.date
    is_working: bool
    slots: list[ScheduleTeamMemberUpdateDeprecatedBodyItemSlotsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        date = self.date
        field_dict["date"] = _fields.write_date(date, "date")

        is_working = self.is_working
        if type(is_working) is not bool:
            is_working = _fields.write_boolean(is_working, "is_working")
        field_dict["is_working"] = is_working

        slots = self.slots
        field_dict["slots"] = _KIND_slots.write_field(slots, "slots")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        date = _get("date", UNSET)
        try:
            date = _fields.date_fromisoformat(date)
        except (TypeError, ValueError):
            date = _fields.read_date(date, "date")

        is_working = _get("is_working", UNSET)
        if type(is_working) is not bool:
            is_working = _fields.read_boolean(is_working, "is_working")

        slots = _get("slots", UNSET)
        slots = _KIND_slots.read_field(slots, "slots")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.date = date
        _model.is_working = is_working
        _model.slots = slots
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not ScheduleTeamMemberUpdateDeprecatedBodyItem:
            _fields.init_added_fields(_model, ScheduleTeamMemberUpdateDeprecatedBodyItem)
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
