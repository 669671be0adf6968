from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_timetable_client_schedule_response_201_days_item import (
        CreateTimetableClientScheduleResponse201DaysItem,
    )


T = TypeVar("T", bound="CreateTimetableClientScheduleResponse201")


@_attrs_define
class CreateTimetableClientScheduleResponse201:
    """Data for an existing client schedule in a location.

    Attributes:
        days (list[CreateTimetableClientScheduleResponse201DaysItem] | Unset): Schedule series linked to a client
            schedule.
        final_day (str | Unset): Datetime of a client schedule end.
        id (int | Unset): ID of a client schedule.
        loyalty_abonement_id (int | None | Unset): ID of a loyalty membership used for client schedule (not supported at
            the moment).
    """

    days: list[CreateTimetableClientScheduleResponse201DaysItem] | Unset = UNSET
    final_day: str | Unset = UNSET
    id: int | Unset = UNSET
    loyalty_abonement_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        days: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.days, Unset):
            days = []
            for days_item_data in self.days:
                days_item = days_item_data.to_dict()
                days.append(days_item)

        final_day = self.final_day

        id = self.id

        loyalty_abonement_id: int | None | Unset
        if isinstance(self.loyalty_abonement_id, Unset):
            loyalty_abonement_id = UNSET
        else:
            loyalty_abonement_id = self.loyalty_abonement_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if days is not UNSET:
            field_dict["days"] = days
        if final_day is not UNSET:
            field_dict["final_day"] = final_day
        if id is not UNSET:
            field_dict["id"] = id
        if loyalty_abonement_id is not UNSET:
            field_dict["loyalty_abonement_id"] = loyalty_abonement_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_timetable_client_schedule_response_201_days_item import (
            CreateTimetableClientScheduleResponse201DaysItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _days = d.pop("days", UNSET)
        days: list[CreateTimetableClientScheduleResponse201DaysItem] | Unset = UNSET
        if _days is not UNSET:
            days = []
            for days_item_data in _days:
                days_item = CreateTimetableClientScheduleResponse201DaysItem.from_dict(days_item_data)

                days.append(days_item)

        final_day = d.pop("final_day", UNSET)

        id = d.pop("id", UNSET)

        def _parse_loyalty_abonement_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        loyalty_abonement_id = _parse_loyalty_abonement_id(d.pop("loyalty_abonement_id", UNSET))

        create_timetable_client_schedule_response_201 = cls(
            days=days,
            final_day=final_day,
            id=id,
            loyalty_abonement_id=loyalty_abonement_id,
        )

        create_timetable_client_schedule_response_201.additional_properties = d
        return create_timetable_client_schedule_response_201

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
