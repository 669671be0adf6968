from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import timestamps as _timestamps
from ..types import UNSET, Unset

T = TypeVar("T", bound="SetTeamMemberScheduleBodySchedulesToDeleteItem")


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
        team_member_id = self.team_member_id

        dates: list[str] | Unset = UNSET
        if not isinstance(self.dates, Unset):
            dates = []
            for dates_item_data in self.dates:
                dates_item = dates_item_data.isoformat()
                dates.append(dates_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if team_member_id is not UNSET:
            field_dict["team_member_id"] = team_member_id
        if dates is not UNSET:
            field_dict["dates"] = dates

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        team_member_id = d.pop("team_member_id", UNSET)

        _dates = d.pop("dates", UNSET)
        dates: list[datetime.date] | Unset = UNSET
        if _dates is not UNSET:
            dates = []
            for dates_item_data in _dates:
                dates_item = _timestamps.parse_date(dates_item_data)

                dates.append(dates_item)

        _model = cls(
            team_member_id=team_member_id,
            dates=dates,
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
