from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_timetable_event_schedule_body_days_item_day_of_week import (
    CreateTimetableEventScheduleBodyDaysItemDayOfWeek,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateTimetableEventScheduleBodyDaysItem")


@_attrs_define
class CreateTimetableEventScheduleBodyDaysItem:
    """
    Attributes:
        day_of_week (CreateTimetableEventScheduleBodyDaysItemDayOfWeek): The day of the week for the schedule series.
            Example: mon.
        events_master_id (int): The ID of the team member assigned to the events in the schedule series. Example: 123.
        events_time (str): Start time of the events in the schedule series, formatted as HH:MM:SS. Example: 14:00:00.
        events_duration (float): Duration of each event in the schedule series, in seconds. Example: 3600.
        events_capacity (float): The capacity of activities in the schedule series. For appointments, this should be set
            to 1. Example: 4.
        labels_ids (list[float] | Unset): An array of tag IDs associated with the events in the schedule series.
        resource_instances_ids (list[float] | Unset): An array of resource instance IDs used in the events of the
            schedule series.
    """

    day_of_week: CreateTimetableEventScheduleBodyDaysItemDayOfWeek
    events_master_id: int
    events_time: str
    events_duration: float
    events_capacity: float
    labels_ids: list[float] | Unset = UNSET
    resource_instances_ids: list[float] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        day_of_week = self.day_of_week.value

        events_master_id = self.events_master_id

        events_time = self.events_time

        events_duration = self.events_duration

        events_capacity = self.events_capacity

        labels_ids: list[float] | Unset = UNSET
        if not isinstance(self.labels_ids, Unset):
            labels_ids = self.labels_ids

        resource_instances_ids: list[float] | Unset = UNSET
        if not isinstance(self.resource_instances_ids, Unset):
            resource_instances_ids = self.resource_instances_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "day_of_week": day_of_week,
                "events_master_id": events_master_id,
                "events_time": events_time,
                "events_duration": events_duration,
                "events_capacity": events_capacity,
            }
        )
        if labels_ids is not UNSET:
            field_dict["labels_ids"] = labels_ids
        if resource_instances_ids is not UNSET:
            field_dict["resource_instances_ids"] = resource_instances_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        day_of_week = CreateTimetableEventScheduleBodyDaysItemDayOfWeek(d.pop("day_of_week"))

        events_master_id = d.pop("events_master_id")

        events_time = d.pop("events_time")

        events_duration = d.pop("events_duration")

        events_capacity = d.pop("events_capacity")

        labels_ids = cast(list[float], d.pop("labels_ids", UNSET))

        resource_instances_ids = cast(list[float], d.pop("resource_instances_ids", UNSET))

        _model = cls(
            day_of_week=day_of_week,
            events_master_id=events_master_id,
            events_time=events_time,
            events_duration=events_duration,
            events_capacity=events_capacity,
            labels_ids=labels_ids,
            resource_instances_ids=resource_instances_ids,
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
