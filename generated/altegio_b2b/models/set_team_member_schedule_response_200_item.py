from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import timestamps as _timestamps
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.set_team_member_schedule_response_200_item_slots_item import (
        SetTeamMemberScheduleResponse200ItemSlotsItem,
    )


T = TypeVar("T", bound="SetTeamMemberScheduleResponse200Item")


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
        team_member_id = self.team_member_id

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        slots: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.slots, Unset):
            slots = []
            for slots_item_data in self.slots:
                slots_item = slots_item_data.to_dict()
                slots.append(slots_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if team_member_id is not UNSET:
            field_dict["team_member_id"] = team_member_id
        if date is not UNSET:
            field_dict["date"] = date
        if slots is not UNSET:
            field_dict["slots"] = slots

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.set_team_member_schedule_response_200_item_slots_item import (
            SetTeamMemberScheduleResponse200ItemSlotsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        team_member_id = d.pop("team_member_id", UNSET)

        _date = d.pop("date", UNSET)
        date: datetime.date | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = _timestamps.parse_date(_date)

        _slots = d.pop("slots", UNSET)
        slots: list[SetTeamMemberScheduleResponse200ItemSlotsItem] | Unset = UNSET
        if _slots is not UNSET:
            slots = []
            for slots_item_data in _slots:
                slots_item = SetTeamMemberScheduleResponse200ItemSlotsItem.from_dict(slots_item_data)

                slots.append(slots_item)

        _model = cls(
            team_member_id=team_member_id,
            date=date,
            slots=slots,
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
