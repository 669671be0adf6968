from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="SetTeamMemberScheduleBodySchedulesToDeleteItem")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "team_member_id",
        "dates",
    }
)
_EXTRA = _fields.ANY
_KIND_dates = _fields.ListOf(_fields.DATE)


@_attrs_define
class SetTeamMemberScheduleBodySchedulesToDeleteItem:
    """
    Attributes:
        team_member_id (int | Unset): Team member ID Example: 12345.
        dates (list[datetime.date] | Unset): Dates to delete schedule for (YYYY-MM-DD) Example: ['2026-02-02',
            '2026-02-03'].
    """

    team_member_id: int | Unset = UNSET
    dates: list[datetime.date] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        team_member_id = self.team_member_id
        if type(team_member_id) is not int and team_member_id is not UNSET:
            team_member_id = _fields.write_integer(team_member_id, "team_member_id")
        if team_member_id is not UNSET:
            field_dict["team_member_id"] = team_member_id

        dates = self.dates
        if dates is not UNSET:
            field_dict["dates"] = _KIND_dates.write_field(dates, "dates")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        team_member_id = _get("team_member_id", UNSET)
        if type(team_member_id) is not int and team_member_id is not UNSET:
            team_member_id = _fields.read_integer(team_member_id, "team_member_id")

        dates = _get("dates", UNSET)
        if dates is not UNSET:
            dates = _KIND_dates.read_field(dates, "dates")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.team_member_id = team_member_id
        _model.dates = dates
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not SetTeamMemberScheduleBodySchedulesToDeleteItem:
            _fields.init_added_fields(_model, SetTeamMemberScheduleBodySchedulesToDeleteItem)
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
