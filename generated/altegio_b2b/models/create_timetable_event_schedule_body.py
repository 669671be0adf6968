from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import timestamps as _timestamps
from ..models.create_timetable_event_schedule_body_original_entity_type import (
    CreateTimetableEventScheduleBodyOriginalEntityType,
)

if TYPE_CHECKING:
    from ..models.create_timetable_event_schedule_body_days_item import CreateTimetableEventScheduleBodyDaysItem


T = TypeVar("T", bound="CreateTimetableEventScheduleBody")


@_attrs_define
class CreateTimetableEventScheduleBody:
    """
    Attributes:
        original_entity_type (CreateTimetableEventScheduleBodyOriginalEntityType): Type of entity the schedule will be
            based on:
            `record` - individual appointment, currently not supported;
            `activity` - group event.
             Example: activity.
        original_entity_id (int): ID of entity the schedule will be based on. Example: 123.
        date_end (datetime.date): Date of the schedule end. Example: 2022-02-01.
        add_clients_from_original_entity (bool): Add clients from original entity to all scheduled events. Example:
            False.
        days (list[CreateTimetableEventScheduleBodyDaysItem]): Each object represents schedule series settings for a
            specific day of the week. A minimum of 1 and a maximum of 7 schedule series can be defined (one for each day of
            the week).
    """

    original_entity_type: CreateTimetableEventScheduleBodyOriginalEntityType
    original_entity_id: int
    date_end: datetime.date
    add_clients_from_original_entity: bool
    days: list[CreateTimetableEventScheduleBodyDaysItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        original_entity_type = self.original_entity_type.value

        original_entity_id = self.original_entity_id

        date_end = self.date_end.isoformat()

        add_clients_from_original_entity = self.add_clients_from_original_entity

        days = []
        for days_item_data in self.days:
            days_item = days_item_data.to_dict()
            days.append(days_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "original_entity_type": original_entity_type,
                "original_entity_id": original_entity_id,
                "date_end": date_end,
                "add_clients_from_original_entity": add_clients_from_original_entity,
                "days": days,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_timetable_event_schedule_body_days_item import CreateTimetableEventScheduleBodyDaysItem  # noqa: PLC0415

        d = dict(src_dict)
        original_entity_type = CreateTimetableEventScheduleBodyOriginalEntityType(d.pop("original_entity_type"))

        original_entity_id = d.pop("original_entity_id")

        date_end = _timestamps.parse_date(d.pop("date_end"))

        add_clients_from_original_entity = d.pop("add_clients_from_original_entity")

        days = []
        _days = d.pop("days")
        for days_item_data in _days:
            days_item = CreateTimetableEventScheduleBodyDaysItem.from_dict(days_item_data)

            days.append(days_item)

        _model = cls(
            original_entity_type=original_entity_type,
            original_entity_id=original_entity_id,
            date_end=date_end,
            add_clients_from_original_entity=add_clients_from_original_entity,
            days=days,
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
