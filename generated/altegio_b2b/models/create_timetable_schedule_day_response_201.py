from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_timetable_schedule_day_response_201_day_of_week import (
    CreateTimetableScheduleDayResponse201DayOfWeek,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_timetable_schedule_day_response_201_events_item import (
        CreateTimetableScheduleDayResponse201EventsItem,
    )
    from ..models.create_timetable_schedule_day_response_201_events_labels_item import (
        CreateTimetableScheduleDayResponse201EventsLabelsItem,
    )
    from ..models.create_timetable_schedule_day_response_201_events_master import (
        CreateTimetableScheduleDayResponse201EventsMaster,
    )
    from ..models.create_timetable_schedule_day_response_201_events_resource_instances_item import (
        CreateTimetableScheduleDayResponse201EventsResourceInstancesItem,
    )


T = TypeVar("T", bound="CreateTimetableScheduleDayResponse201")


@_attrs_define
class CreateTimetableScheduleDayResponse201:
    """Data for an existing schedule series in a location.

    Attributes:
        created_at (datetime.datetime | Unset): Datetime of a schedule series created.
        day_of_week (CreateTimetableScheduleDayResponse201DayOfWeek | Unset): Day of week of a schedule series.
        deleted_at (datetime.datetime | None | Unset): Datetime of a schedule series deleted.
        event_technical_break_duration (float | Unset): Technical break duration in seconds.
        events (list[CreateTimetableScheduleDayResponse201EventsItem] | Unset): Events of appointments or events in a
            schedule series. Returned in response only if corresponding `include` is present in request.
        events_duration (float | Unset): Duration of the events in a schedule series. Note: Does not include technical
            break duration.
        events_labels (list[CreateTimetableScheduleDayResponse201EventsLabelsItem] | Unset): Tags for the events in a
            schedule series. Returned in response only if corresponding `include` is present in request.
        events_master (CreateTimetableScheduleDayResponse201EventsMaster | Unset): Team member for the events in a
            schedule series. Returned in response only if corresponding `include` is present in request.
        events_resource_instances (list[CreateTimetableScheduleDayResponse201EventsResourceInstancesItem] | Unset):
            Resource instances for the events in a schedule series. Returned in response only if corresponding `include` is
            present in request.
        events_time (str | Unset): Time of beginning of the events in a schedule series.
        id (int | Unset): ID of a schedule series.
        timetable_event_schedule_id (int | Unset): ID of a schedule, which series is linked to.
        updated_at (datetime.datetime | Unset): Datetime of a schedule series last updated.
    """

    created_at: datetime.datetime | Unset = UNSET
    day_of_week: CreateTimetableScheduleDayResponse201DayOfWeek | Unset = UNSET
    deleted_at: datetime.datetime | None | Unset = UNSET
    event_technical_break_duration: float | Unset = UNSET
    events: list[CreateTimetableScheduleDayResponse201EventsItem] | Unset = UNSET
    events_duration: float | Unset = UNSET
    events_labels: list[CreateTimetableScheduleDayResponse201EventsLabelsItem] | Unset = UNSET
    events_master: CreateTimetableScheduleDayResponse201EventsMaster | Unset = UNSET
    events_resource_instances: list[CreateTimetableScheduleDayResponse201EventsResourceInstancesItem] | Unset = UNSET
    events_time: str | Unset = UNSET
    id: int | Unset = UNSET
    timetable_event_schedule_id: int | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        day_of_week: str | Unset = UNSET
        if not isinstance(self.day_of_week, Unset):
            day_of_week = self.day_of_week.value

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        elif isinstance(self.deleted_at, datetime.datetime):
            deleted_at = self.deleted_at.isoformat()
        else:
            deleted_at = self.deleted_at

        event_technical_break_duration = self.event_technical_break_duration

        events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.to_dict()
                events.append(events_item)

        events_duration = self.events_duration

        events_labels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.events_labels, Unset):
            events_labels = []
            for events_labels_item_data in self.events_labels:
                events_labels_item = events_labels_item_data.to_dict()
                events_labels.append(events_labels_item)

        events_master: dict[str, Any] | Unset = UNSET
        if not isinstance(self.events_master, Unset):
            events_master = self.events_master.to_dict()

        events_resource_instances: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.events_resource_instances, Unset):
            events_resource_instances = []
            for events_resource_instances_item_data in self.events_resource_instances:
                events_resource_instances_item = events_resource_instances_item_data.to_dict()
                events_resource_instances.append(events_resource_instances_item)

        events_time = self.events_time

        id = self.id

        timetable_event_schedule_id = self.timetable_event_schedule_id

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if day_of_week is not UNSET:
            field_dict["day_of_week"] = day_of_week
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at
        if event_technical_break_duration is not UNSET:
            field_dict["event_technical_break_duration"] = event_technical_break_duration
        if events is not UNSET:
            field_dict["events"] = events
        if events_duration is not UNSET:
            field_dict["events_duration"] = events_duration
        if events_labels is not UNSET:
            field_dict["events_labels"] = events_labels
        if events_master is not UNSET:
            field_dict["events_master"] = events_master
        if events_resource_instances is not UNSET:
            field_dict["events_resource_instances"] = events_resource_instances
        if events_time is not UNSET:
            field_dict["events_time"] = events_time
        if id is not UNSET:
            field_dict["id"] = id
        if timetable_event_schedule_id is not UNSET:
            field_dict["timetable_event_schedule_id"] = timetable_event_schedule_id
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_timetable_schedule_day_response_201_events_item import (
            CreateTimetableScheduleDayResponse201EventsItem,  # noqa: PLC0415
        )
        from ..models.create_timetable_schedule_day_response_201_events_labels_item import (
            CreateTimetableScheduleDayResponse201EventsLabelsItem,  # noqa: PLC0415
        )
        from ..models.create_timetable_schedule_day_response_201_events_master import (
            CreateTimetableScheduleDayResponse201EventsMaster,  # noqa: PLC0415
        )
        from ..models.create_timetable_schedule_day_response_201_events_resource_instances_item import (
            CreateTimetableScheduleDayResponse201EventsResourceInstancesItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _day_of_week = d.pop("day_of_week", UNSET)
        day_of_week: CreateTimetableScheduleDayResponse201DayOfWeek | Unset
        if isinstance(_day_of_week, Unset):
            day_of_week = UNSET
        else:
            day_of_week = CreateTimetableScheduleDayResponse201DayOfWeek(_day_of_week)

        def _parse_deleted_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deleted_at_type_0 = datetime.datetime.fromisoformat(data)

                return deleted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        deleted_at = _parse_deleted_at(d.pop("deleted_at", UNSET))

        event_technical_break_duration = d.pop("event_technical_break_duration", UNSET)

        _events = d.pop("events", UNSET)
        events: list[CreateTimetableScheduleDayResponse201EventsItem] | Unset = UNSET
        if _events is not UNSET:
            events = []
            for events_item_data in _events:
                events_item = CreateTimetableScheduleDayResponse201EventsItem.from_dict(events_item_data)

                events.append(events_item)

        events_duration = d.pop("events_duration", UNSET)

        _events_labels = d.pop("events_labels", UNSET)
        events_labels: list[CreateTimetableScheduleDayResponse201EventsLabelsItem] | Unset = UNSET
        if _events_labels is not UNSET:
            events_labels = []
            for events_labels_item_data in _events_labels:
                events_labels_item = CreateTimetableScheduleDayResponse201EventsLabelsItem.from_dict(
                    events_labels_item_data
                )

                events_labels.append(events_labels_item)

        _events_master = d.pop("events_master", UNSET)
        events_master: CreateTimetableScheduleDayResponse201EventsMaster | Unset
        if isinstance(_events_master, Unset):
            events_master = UNSET
        else:
            events_master = CreateTimetableScheduleDayResponse201EventsMaster.from_dict(_events_master)

        _events_resource_instances = d.pop("events_resource_instances", UNSET)
        events_resource_instances: list[CreateTimetableScheduleDayResponse201EventsResourceInstancesItem] | Unset = (
            UNSET
        )
        if _events_resource_instances is not UNSET:
            events_resource_instances = []
            for events_resource_instances_item_data in _events_resource_instances:
                events_resource_instances_item = (
                    CreateTimetableScheduleDayResponse201EventsResourceInstancesItem.from_dict(
                        events_resource_instances_item_data
                    )
                )

                events_resource_instances.append(events_resource_instances_item)

        events_time = d.pop("events_time", UNSET)

        id = d.pop("id", UNSET)

        timetable_event_schedule_id = d.pop("timetable_event_schedule_id", UNSET)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        create_timetable_schedule_day_response_201 = cls(
            created_at=created_at,
            day_of_week=day_of_week,
            deleted_at=deleted_at,
            event_technical_break_duration=event_technical_break_duration,
            events=events,
            events_duration=events_duration,
            events_labels=events_labels,
            events_master=events_master,
            events_resource_instances=events_resource_instances,
            events_time=events_time,
            id=id,
            timetable_event_schedule_id=timetable_event_schedule_id,
            updated_at=updated_at,
        )

        create_timetable_schedule_day_response_201.additional_properties = d
        return create_timetable_schedule_day_response_201

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
