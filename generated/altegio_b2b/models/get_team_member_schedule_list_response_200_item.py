from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import timestamps as _timestamps
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_team_member_schedule_list_response_200_item_busy_intervals_item import (
        GetTeamMemberScheduleListResponse200ItemBusyIntervalsItem,
    )
    from ..models.get_team_member_schedule_list_response_200_item_slots_item import (
        GetTeamMemberScheduleListResponse200ItemSlotsItem,
    )


T = TypeVar("T", bound="GetTeamMemberScheduleListResponse200Item")


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
        staff_id = self.staff_id

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        slots: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.slots, Unset):
            slots = []
            for slots_item_data in self.slots:
                slots_item = slots_item_data.to_dict()
                slots.append(slots_item)

        busy_intervals: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.busy_intervals, Unset):
            busy_intervals = []
            for busy_intervals_item_data in self.busy_intervals:
                busy_intervals_item = busy_intervals_item_data.to_dict()
                busy_intervals.append(busy_intervals_item)

        off_day_type: int | None | Unset
        if isinstance(self.off_day_type, Unset):
            off_day_type = UNSET
        else:
            off_day_type = self.off_day_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id
        if date is not UNSET:
            field_dict["date"] = date
        if slots is not UNSET:
            field_dict["slots"] = slots
        if busy_intervals is not UNSET:
            field_dict["busy_intervals"] = busy_intervals
        if off_day_type is not UNSET:
            field_dict["off_day_type"] = off_day_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_team_member_schedule_list_response_200_item_busy_intervals_item import (
            GetTeamMemberScheduleListResponse200ItemBusyIntervalsItem,  # noqa: PLC0415
        )
        from ..models.get_team_member_schedule_list_response_200_item_slots_item import (
            GetTeamMemberScheduleListResponse200ItemSlotsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        staff_id = d.pop("staff_id", UNSET)

        _date = d.pop("date", UNSET)
        date: datetime.date | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = _timestamps.parse_date(_date)

        _slots = d.pop("slots", UNSET)
        slots: list[GetTeamMemberScheduleListResponse200ItemSlotsItem] | Unset = UNSET
        if _slots is not UNSET:
            slots = []
            for slots_item_data in _slots:
                slots_item = GetTeamMemberScheduleListResponse200ItemSlotsItem.from_dict(slots_item_data)

                slots.append(slots_item)

        _busy_intervals = d.pop("busy_intervals", UNSET)
        busy_intervals: list[GetTeamMemberScheduleListResponse200ItemBusyIntervalsItem] | Unset = UNSET
        if _busy_intervals is not UNSET:
            busy_intervals = []
            for busy_intervals_item_data in _busy_intervals:
                busy_intervals_item = GetTeamMemberScheduleListResponse200ItemBusyIntervalsItem.from_dict(
                    busy_intervals_item_data
                )

                busy_intervals.append(busy_intervals_item)

        def _parse_off_day_type(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        off_day_type = _parse_off_day_type(d.pop("off_day_type", UNSET))

        _model = cls(
            staff_id=staff_id,
            date=date,
            slots=slots,
            busy_intervals=busy_intervals,
            off_day_type=off_day_type,
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
