from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SetTeamMemberScheduleBodySchedulesToDeleteItem")


@_attrs_define
class SetTeamMemberScheduleBodySchedulesToDeleteItem:
    """
    Attributes:
        dates (list[Any] | Unset): Dates to delete schedule for (YYYY-MM-DD)
        team_member_id (int | Unset): Team member ID
    """

    dates: list[Any] | Unset = UNSET
    team_member_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dates: list[Any] | Unset = UNSET
        if not isinstance(self.dates, Unset):
            dates = self.dates

        team_member_id = self.team_member_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dates is not UNSET:
            field_dict["dates"] = dates
        if team_member_id is not UNSET:
            field_dict["team_member_id"] = team_member_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dates = cast(list[Any], d.pop("dates", UNSET))

        team_member_id = d.pop("team_member_id", UNSET)

        set_team_member_schedule_body_schedules_to_delete_item = cls(
            dates=dates,
            team_member_id=team_member_id,
        )

        set_team_member_schedule_body_schedules_to_delete_item.additional_properties = d
        return set_team_member_schedule_body_schedules_to_delete_item

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
