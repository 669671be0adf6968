from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import timestamps as _timestamps
from ..models.create_timetable_schedule_day_response_201_day_of_week import (
    CreateTimetableScheduleDayResponse201DayOfWeek,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_in_a_schedule import EventInASchedule
    from ..models.object_of_model_resource_instance import ObjectOfModelResourceInstance
    from ..models.object_of_model_tag import ObjectOfModelTag
    from ..models.object_of_model_team_member_with_position import ObjectOfModelTeamMemberWithPosition


T = TypeVar("T", bound="CreateTimetableScheduleDayResponse201")


@_attrs_define
class CreateTimetableScheduleDayResponse201:
    """Data for an existing schedule series in a location.

    Example:
        {'id': 123, 'created_at': '2026-01-01T12:12:12-05:00', 'updated_at': '2026-01-01T12:12:12-05:00', 'deleted_at':
            None, 'timetable_event_schedule_id': 123, 'day_of_week': 'mon', 'events_time': '14:00:00', 'events_duration':
            3600, 'event_technical_break_duration': 0, 'events_master': {'id': 123, 'name': 'John Johnson', 'company_id':
            123, 'specialization': 'Team Member', 'avatar': 'https://app.alteg.io/images/no-master-sm.png', 'avatar_big':
            'https://app.alteg.io/images/no-master.png', 'position': {'id': 123, 'title': 'Team Member'}}, 'events_labels':
            [{'id': 123, 'title': 'Tag', 'color': '#ff0000'}], 'events_resource_instances': [{'id': 123, 'title': 'Resource
            #1', 'resource_id': 123}], 'events': [{'id': 123, 'created_at': '2026-01-01T12:12:12-05:00', 'updated_at':
            '2026-01-01T12:12:12-05:00', 'deleted_at': None, 'event_status': 'stable', 'event_datetime':
            '2026-01-24T14:00:00-05:00', 'event_entity_type': 'activity', 'event_entity_id': 123,
            'is_entity_master_changed': False, 'is_entity_datetime_changed': False, 'is_entity_duration_changed': False,
            'is_entity_labels_changed': False, 'is_entity_resource_instances_changed': False}]}

    Attributes:
        id (int | Unset): ID of a schedule series.
        created_at (datetime.datetime | Unset): Datetime of a schedule series created.
        updated_at (datetime.datetime | Unset): Datetime of a schedule series last updated.
        deleted_at (datetime.datetime | None | Unset): Datetime of a schedule series deleted.
        timetable_event_schedule_id (int | Unset): ID of a schedule, which series is linked to.
        day_of_week (CreateTimetableScheduleDayResponse201DayOfWeek | Unset): Day of week of a schedule series.
        events_time (str | Unset): Time of beginning of the events in a schedule series.
        events_duration (float | Unset): Duration of the events in a schedule series.
            Note: Does not include technical break duration.
        event_technical_break_duration (float | Unset): Technical break duration in seconds.
        events_master (ObjectOfModelTeamMemberWithPosition | Unset):  Example: {'id': 123, 'name': 'John Johnson',
            'company_id': 123, 'specialization': 'Master', 'avatar': 'https://app.alteg.io/images/no-master-sm.png',
            'avatar_big': 'https://app.alteg.io/images/no-master.png', 'position': {'id': 123, 'title': 'Position'},
            'is_paid_staff': False}.
        events_labels (list[ObjectOfModelTag] | Unset): Tags for the events in a schedule series.
            Returned in response only if corresponding `include` is present in request.
        events_resource_instances (list[ObjectOfModelResourceInstance] | Unset): Resource instances for the events in a
            schedule series.
            Returned in response only if corresponding `include` is present in request.
        events (list[EventInASchedule] | Unset): Events of appointments or events in a schedule series.
            Returned in response only if corresponding `include` is present in request.
    """

    id: int | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    deleted_at: datetime.datetime | None | Unset = UNSET
    timetable_event_schedule_id: int | Unset = UNSET
    day_of_week: CreateTimetableScheduleDayResponse201DayOfWeek | Unset = UNSET
    events_time: str | Unset = UNSET
    events_duration: float | Unset = UNSET
    event_technical_break_duration: float | Unset = UNSET
    events_master: ObjectOfModelTeamMemberWithPosition | Unset = UNSET
    events_labels: list[ObjectOfModelTag] | Unset = UNSET
    events_resource_instances: list[ObjectOfModelResourceInstance] | Unset = UNSET
    events: list[EventInASchedule] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        elif isinstance(self.deleted_at, datetime.datetime):
            deleted_at = self.deleted_at.isoformat()
        else:
            deleted_at = self.deleted_at

        timetable_event_schedule_id = self.timetable_event_schedule_id

        day_of_week: str | Unset = UNSET
        if not isinstance(self.day_of_week, Unset):
            day_of_week = self.day_of_week.value

        events_time = self.events_time

        events_duration = self.events_duration

        event_technical_break_duration = self.event_technical_break_duration

        events_master: dict[str, Any] | Unset = UNSET
        if not isinstance(self.events_master, Unset):
            events_master = self.events_master.to_dict()

        events_labels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.events_labels, Unset):
            events_labels = []
            for events_labels_item_data in self.events_labels:
                events_labels_item = events_labels_item_data.to_dict()
                events_labels.append(events_labels_item)

        events_resource_instances: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.events_resource_instances, Unset):
            events_resource_instances = []
            for events_resource_instances_item_data in self.events_resource_instances:
                events_resource_instances_item = events_resource_instances_item_data.to_dict()
                events_resource_instances.append(events_resource_instances_item)

        events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.to_dict()
                events.append(events_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at
        if timetable_event_schedule_id is not UNSET:
            field_dict["timetable_event_schedule_id"] = timetable_event_schedule_id
        if day_of_week is not UNSET:
            field_dict["day_of_week"] = day_of_week
        if events_time is not UNSET:
            field_dict["events_time"] = events_time
        if events_duration is not UNSET:
            field_dict["events_duration"] = events_duration
        if event_technical_break_duration is not UNSET:
            field_dict["event_technical_break_duration"] = event_technical_break_duration
        if events_master is not UNSET:
            field_dict["events_master"] = events_master
        if events_labels is not UNSET:
            field_dict["events_labels"] = events_labels
        if events_resource_instances is not UNSET:
            field_dict["events_resource_instances"] = events_resource_instances
        if events is not UNSET:
            field_dict["events"] = events

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_in_a_schedule import EventInASchedule  # noqa: PLC0415
        from ..models.object_of_model_resource_instance import ObjectOfModelResourceInstance  # noqa: PLC0415
        from ..models.object_of_model_tag import ObjectOfModelTag  # noqa: PLC0415
        from ..models.object_of_model_team_member_with_position import ObjectOfModelTeamMemberWithPosition  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = _timestamps.parse_datetime(_created_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = _timestamps.parse_datetime(_updated_at)

        def _parse_deleted_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deleted_at_type_0 = _timestamps.parse_datetime(data)

                return deleted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        deleted_at = _parse_deleted_at(d.pop("deleted_at", UNSET))

        timetable_event_schedule_id = d.pop("timetable_event_schedule_id", UNSET)

        _day_of_week = d.pop("day_of_week", UNSET)
        day_of_week: CreateTimetableScheduleDayResponse201DayOfWeek | Unset
        if isinstance(_day_of_week, Unset):
            day_of_week = UNSET
        else:
            day_of_week = CreateTimetableScheduleDayResponse201DayOfWeek(_day_of_week)

        events_time = d.pop("events_time", UNSET)

        events_duration = d.pop("events_duration", UNSET)

        event_technical_break_duration = d.pop("event_technical_break_duration", UNSET)

        _events_master = d.pop("events_master", UNSET)
        events_master: ObjectOfModelTeamMemberWithPosition | Unset
        if isinstance(_events_master, Unset):
            events_master = UNSET
        else:
            events_master = ObjectOfModelTeamMemberWithPosition.from_dict(_events_master)

        _events_labels = d.pop("events_labels", UNSET)
        events_labels: list[ObjectOfModelTag] | Unset = UNSET
        if _events_labels is not UNSET:
            events_labels = []
            for events_labels_item_data in _events_labels:
                events_labels_item = ObjectOfModelTag.from_dict(events_labels_item_data)

                events_labels.append(events_labels_item)

        _events_resource_instances = d.pop("events_resource_instances", UNSET)
        events_resource_instances: list[ObjectOfModelResourceInstance] | Unset = UNSET
        if _events_resource_instances is not UNSET:
            events_resource_instances = []
            for events_resource_instances_item_data in _events_resource_instances:
                events_resource_instances_item = ObjectOfModelResourceInstance.from_dict(
                    events_resource_instances_item_data
                )

                events_resource_instances.append(events_resource_instances_item)

        _events = d.pop("events", UNSET)
        events: list[EventInASchedule] | Unset = UNSET
        if _events is not UNSET:
            events = []
            for events_item_data in _events:
                events_item = EventInASchedule.from_dict(events_item_data)

                events.append(events_item)

        _model = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            deleted_at=deleted_at,
            timetable_event_schedule_id=timetable_event_schedule_id,
            day_of_week=day_of_week,
            events_time=events_time,
            events_duration=events_duration,
            event_technical_break_duration=event_technical_break_duration,
            events_master=events_master,
            events_labels=events_labels,
            events_resource_instances=events_resource_instances,
            events=events,
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
