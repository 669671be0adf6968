from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._runtime import fields as _fields
from .._runtime.errors import FieldError as _FieldError
from ..models.update_timetable_schedule_day_response_200_day_of_week import (
    UpdateTimetableScheduleDayResponse200DayOfWeek,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_in_a_schedule import EventInASchedule
    from ..models.object_of_model_resource_instance import ObjectOfModelResourceInstance
    from ..models.object_of_model_tag import ObjectOfModelTag
    from ..models.object_of_model_team_member_with_position import ObjectOfModelTeamMemberWithPosition


T = TypeVar("T", bound="UpdateTimetableScheduleDayResponse200")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "created_at",
        "updated_at",
        "deleted_at",
        "timetable_event_schedule_id",
        "day_of_week",
        "events_time",
        "events_duration",
        "event_technical_break_duration",
        "events_master",
        "events_labels",
        "events_resource_instances",
        "events",
    }
)
_EXTRA = _fields.ANY
_KIND_deleted_at = _fields.OneOf(
    _fields.DATETIME,
    _fields.NULL,
)
_KIND_day_of_week = _fields.EnumOf("UpdateTimetableScheduleDayResponse200DayOfWeek", _fields.STRING)
_KIND_events_labels = _fields.ListOf(_fields.Model("ObjectOfModelTag"))
_KIND_events_resource_instances = _fields.ListOf(_fields.Model("ObjectOfModelResourceInstance"))
_KIND_events = _fields.ListOf(_fields.Model("EventInASchedule"))


@_attrs_define
class UpdateTimetableScheduleDayResponse200:
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
        day_of_week (UpdateTimetableScheduleDayResponse200DayOfWeek | Unset): Day of week of a schedule series.
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
    day_of_week: UpdateTimetableScheduleDayResponse200DayOfWeek | Unset = UNSET
    events_time: str | Unset = UNSET
    events_duration: float | Unset = UNSET
    event_technical_break_duration: float | Unset = UNSET
    events_master: ObjectOfModelTeamMemberWithPosition | Unset = UNSET
    events_labels: list[ObjectOfModelTag] | Unset = UNSET
    events_resource_instances: list[ObjectOfModelResourceInstance] | Unset = UNSET
    events: list[EventInASchedule] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        id = self.id
        if type(id) is not int and id is not UNSET:
            id = _fields.write_integer(id, "id")
        if id is not UNSET:
            field_dict["id"] = id

        created_at = self.created_at
        if created_at is not UNSET:
            field_dict["created_at"] = _fields.write_datetime(created_at, "created_at")

        updated_at = self.updated_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = _fields.write_datetime(updated_at, "updated_at")

        deleted_at = self.deleted_at
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = _KIND_deleted_at.write_field(deleted_at, "deleted_at")

        timetable_event_schedule_id = self.timetable_event_schedule_id
        if type(timetable_event_schedule_id) is not int and timetable_event_schedule_id is not UNSET:
            timetable_event_schedule_id = _fields.write_integer(
                timetable_event_schedule_id, "timetable_event_schedule_id"
            )
        if timetable_event_schedule_id is not UNSET:
            field_dict["timetable_event_schedule_id"] = timetable_event_schedule_id

        day_of_week = self.day_of_week
        if day_of_week is not UNSET:
            field_dict["day_of_week"] = _KIND_day_of_week.write_field(day_of_week, "day_of_week")

        events_time = self.events_time
        if type(events_time) is not str and events_time is not UNSET:
            events_time = _fields.write_string(events_time, "events_time")
        if events_time is not UNSET:
            field_dict["events_time"] = events_time

        events_duration = self.events_duration
        if events_duration is not UNSET:
            field_dict["events_duration"] = _fields.write_number(events_duration, "events_duration")

        event_technical_break_duration = self.event_technical_break_duration
        if event_technical_break_duration is not UNSET:
            field_dict["event_technical_break_duration"] = _fields.write_number(
                event_technical_break_duration, "event_technical_break_duration"
            )

        events_master = self.events_master
        if events_master is not UNSET:
            field_dict["events_master"] = _fields.write_model(
                events_master, _models.ObjectOfModelTeamMemberWithPosition, "events_master"
            )

        events_labels = self.events_labels
        if events_labels is not UNSET:
            field_dict["events_labels"] = _KIND_events_labels.write_field(events_labels, "events_labels")

        events_resource_instances = self.events_resource_instances
        if events_resource_instances is not UNSET:
            field_dict["events_resource_instances"] = _KIND_events_resource_instances.write_field(
                events_resource_instances, "events_resource_instances"
            )

        events = self.events
        if events is not UNSET:
            field_dict["events"] = _KIND_events.write_field(events, "events")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _fields.read_integer(id, "id")

        created_at = _get("created_at", UNSET)
        if created_at is not UNSET:
            try:
                created_at = _fields.datetime_fromisoformat(created_at)
            except (TypeError, ValueError):
                created_at = _fields.read_datetime(created_at, "created_at")

        updated_at = _get("updated_at", UNSET)
        if updated_at is not UNSET:
            try:
                updated_at = _fields.datetime_fromisoformat(updated_at)
            except (TypeError, ValueError):
                updated_at = _fields.read_datetime(updated_at, "updated_at")

        deleted_at = _get("deleted_at", UNSET)
        if deleted_at is not UNSET and deleted_at is not None:
            try:
                deleted_at = _fields.datetime_fromisoformat(deleted_at)
            except (TypeError, ValueError):
                deleted_at = _fields.read_datetime(deleted_at, "deleted_at")

        timetable_event_schedule_id = _get("timetable_event_schedule_id", UNSET)
        if type(timetable_event_schedule_id) is not int and timetable_event_schedule_id is not UNSET:
            timetable_event_schedule_id = _fields.read_integer(
                timetable_event_schedule_id, "timetable_event_schedule_id"
            )

        day_of_week = _get("day_of_week", UNSET)
        if day_of_week is not UNSET:
            day_of_week = _KIND_day_of_week.read_field(day_of_week, "day_of_week")

        events_time = _get("events_time", UNSET)
        if type(events_time) is not str and events_time is not UNSET:
            events_time = _fields.read_string(events_time, "events_time")

        events_duration = _get("events_duration", UNSET)
        if type(events_duration) is not float and type(events_duration) is not int and events_duration is not UNSET:
            events_duration = _fields.read_number(events_duration, "events_duration")

        event_technical_break_duration = _get("event_technical_break_duration", UNSET)
        if (
            type(event_technical_break_duration) is not float
            and type(event_technical_break_duration) is not int
            and event_technical_break_duration is not UNSET
        ):
            event_technical_break_duration = _fields.read_number(
                event_technical_break_duration, "event_technical_break_duration"
            )

        events_master = _get("events_master", UNSET)
        if events_master is not UNSET:
            try:
                events_master = _models.ObjectOfModelTeamMemberWithPosition.from_dict(events_master)
            except _FieldError as _error:
                raise _error.within("events_master")

        events_labels = _get("events_labels", UNSET)
        if events_labels is not UNSET:
            events_labels = _KIND_events_labels.read_field(events_labels, "events_labels")

        events_resource_instances = _get("events_resource_instances", UNSET)
        if events_resource_instances is not UNSET:
            events_resource_instances = _KIND_events_resource_instances.read_field(
                events_resource_instances, "events_resource_instances"
            )

        events = _get("events", UNSET)
        if events is not UNSET:
            events = _KIND_events.read_field(events, "events")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.created_at = created_at
        _model.updated_at = updated_at
        _model.deleted_at = deleted_at
        _model.timetable_event_schedule_id = timetable_event_schedule_id
        _model.day_of_week = day_of_week
        _model.events_time = events_time
        _model.events_duration = events_duration
        _model.event_technical_break_duration = event_technical_break_duration
        _model.events_master = events_master
        _model.events_labels = events_labels
        _model.events_resource_instances = events_resource_instances
        _model.events = events
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not UpdateTimetableScheduleDayResponse200:
            _fields.init_added_fields(_model, UpdateTimetableScheduleDayResponse200)
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
