from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.update_team_member_schedule_body_type_0_slots import UpdateTeamMemberScheduleBodyType0Slots


T = TypeVar("T", bound="UpdateTeamMemberScheduleBodyType0")


@_attrs_define
class UpdateTeamMemberScheduleBodyType0:
    """
    Example:
        [{'date': '2026-09-21T23:00:00.000-05:00', 'is_working': True, 'slots': [{'from': '10:00', 'to': '14:30'},
            {'from': '15:00', 'to': '22:00'}]}, {'date': '2026-09-21T23:00:00.000-05:00', 'is_working': True, 'slots':
            [{'from': '10:00', 'to': '14:00'}, {'from': '15:00', 'to': '23:15'}]}]

    Attributes:
        date (str): date
        is_working (bool): Working date or not
        slots (UpdateTeamMemberScheduleBodyType0Slots): Array of (from, to) working hours
    """

    date: str
    is_working: bool
    slots: UpdateTeamMemberScheduleBodyType0Slots
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date = self.date

        is_working = self.is_working

        slots = self.slots.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date": date,
                "is_working": is_working,
                "slots": slots,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_team_member_schedule_body_type_0_slots import UpdateTeamMemberScheduleBodyType0Slots  # noqa: PLC0415

        d = dict(src_dict)
        date = d.pop("date")

        is_working = d.pop("is_working")

        slots = UpdateTeamMemberScheduleBodyType0Slots.from_dict(d.pop("slots"))

        _model = cls(
            date=date,
            is_working=is_working,
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
