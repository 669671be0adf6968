from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._runtime import fields as _fields
from .._runtime.errors import FieldError as _FieldError
from ..models.list_timetable_schedule_day_events_response_200_item_event_entity_type import (
    ListTimetableScheduleDayEventsResponse200ItemEventEntityType,
)
from ..models.list_timetable_schedule_day_events_response_200_item_event_status import (
    ListTimetableScheduleDayEventsResponse200ItemEventStatus,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.object_of_model_resource_instance import ObjectOfModelResourceInstance
    from ..models.object_of_model_tag import ObjectOfModelTag
    from ..models.object_of_model_team_member_with_position import ObjectOfModelTeamMemberWithPosition


T = TypeVar("T", bound="ListTimetableScheduleDayEventsResponse200Item")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "created_at",
        "updated_at",
        "deleted_at",
        "event_status",
        "event_datetime",
        "event_entity_type",
        "event_entity_id",
        "is_entity_master_changed",
        "is_entity_datetime_changed",
        "is_entity_duration_changed",
        "is_entity_labels_changed",
        "is_entity_resource_instances_changed",
        "entity_master",
        "entity_datetime",
        "entity_duration",
        "entity_labels",
        "entity_resource_instances",
    }
)
_EXTRA = _fields.ANY
_KIND_deleted_at = _fields.OneOf(
    _fields.DATETIME,
    _fields.NULL,
)
_KIND_event_status = _fields.EnumOf("ListTimetableScheduleDayEventsResponse200ItemEventStatus", _fields.STRING)
_KIND_event_entity_type = _fields.EnumOf("ListTimetableScheduleDayEventsResponse200ItemEventEntityType", _fields.STRING)
_KIND_entity_labels = _fields.ListOf(_fields.Model("ObjectOfModelTag"))
_KIND_entity_resource_instances = _fields.ListOf(_fields.Model("ObjectOfModelResourceInstance"))


@_attrs_define
class ListTimetableScheduleDayEventsResponse200Item:
    """Data of the existing event of appointment or event in a schedule.

    Example:
        {'id': 123, 'created_at': '2026-01-01T12:12:12-05:00', 'updated_at': '2026-01-01T12:12:12-05:00', 'deleted_at':
            None, 'event_status': 'stable', 'event_datetime': '2026-01-24T14:00:00-05:00', 'event_entity_type': 'activity',
            'event_entity_id': 123, 'is_entity_master_changed': False, 'is_entity_datetime_changed': False,
            'is_entity_duration_changed': False, 'is_entity_labels_changed': False, 'is_entity_resource_instances_changed':
            False, 'entity_master': {'id': 123, 'name': 'John Johnson', 'company_id': 123, 'specialization': 'Team Member',
            'avatar': 'https://app.alteg.io/images/no-master-sm.png', 'avatar_big': 'https://app.alteg.io/images/no-
            master.png', 'position': {'id': 123, 'title': 'Team Member'}}, 'entity_datetime': '2022-01-24 14:00:00',
            'entity_duration': 3600, 'entity_labels': [{'id': 123, 'title': 'Tag', 'color': '#ff0000'}],
            'entity_resource_instances': [{'id': 123, 'title': 'Resource #1', 'resource_id': 123}]}

    Attributes:
        id (int | Unset): ID of an event of appointment/event in a schedule.
        created_at (datetime.datetime | Unset): Datetime of an event of appointment/event in a schedule created.
        updated_at (datetime.datetime | Unset): Datetime of an event of appointment/event in a schedule last updated.
        deleted_at (datetime.datetime | None | Unset): Datetime of an event of appointment/event in a schedule deleted.
        event_status (ListTimetableScheduleDayEventsResponse200ItemEventStatus | Unset): Event of appointment/event
            status:
            `stable` - entity is stable;
            `event_created` - event is created, corresponding appointment/event is not created yet;
            `event_changed` - event is changed, corresponding appointment/event is not changed yet;
            `event_changed_force` - event is changed with force override of manual changes, corresponding appointment/event
            is not changed yet;
            `event_deleted` - event is deleted, corresponding appointment/event is not deleted yet;
            `entity_deleted` - appointment/event corresponding to an event is deleted (due to event deletion or due to
            manual deletion);
            `entity_failed` - appointment/event creation failure.
        event_datetime (datetime.datetime | Unset): Datetime of a scheduled appointment/event beginning.
        event_entity_type (ListTimetableScheduleDayEventsResponse200ItemEventEntityType | Unset): Type of an scheduled
            entity (appointment or event). Note: enum values "record" and "activity" are legacy terms for appointment and
            event.
        event_entity_id (int | None | Unset): ID of an scheduled entity (appointment or event).
        is_entity_master_changed (bool | Unset): Flag for manual change of a team member for a scheduled
            appointment/event.
        is_entity_datetime_changed (bool | Unset): Flag for manual change of a datetime for a scheduled
            appointment/event.
        is_entity_duration_changed (bool | Unset): Flag for manual change of a duration for a scheduled
            appointment/event.
        is_entity_labels_changed (bool | Unset): Flag for manual change of a tags linked to a scheduled
            appointment/event.
        is_entity_resource_instances_changed (bool | Unset): Flag for manual change of a resource instances linked to a
            scheduled appointment/event.
        entity_master (ObjectOfModelTeamMemberWithPosition | Unset):  Example: {'id': 123, 'name': 'John Johnson',
            'company_id': 123, 'specialization': 'Master', 'avatar': 'https://app.alteg.io/images/no-master-sm.png',
            'avatar_big': 'https://app.alteg.io/images/no-master.png', 'position': {'id': 123, 'title': 'Position'},
            'is_paid_staff': False}.
        entity_datetime (str | Unset): Actual datetime of a scheduled appointment/event beginning.
        entity_duration (str | Unset): Actual duration of a scheduled appointment/event.
        entity_labels (list[ObjectOfModelTag] | Unset): Actual tags linked to a scheduled appointment/event.
        entity_resource_instances (list[ObjectOfModelResourceInstance] | Unset): Actual resource instances linked to a
            scheduled appointment/event.
    """

    id: int | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    deleted_at: datetime.datetime | None | Unset = UNSET
    event_status: ListTimetableScheduleDayEventsResponse200ItemEventStatus | Unset = UNSET
    event_datetime: datetime.datetime | Unset = UNSET
    event_entity_type: ListTimetableScheduleDayEventsResponse200ItemEventEntityType | Unset = UNSET
    event_entity_id: int | None | Unset = UNSET
    is_entity_master_changed: bool | Unset = UNSET
    is_entity_datetime_changed: bool | Unset = UNSET
    is_entity_duration_changed: bool | Unset = UNSET
    is_entity_labels_changed: bool | Unset = UNSET
    is_entity_resource_instances_changed: bool | Unset = UNSET
    entity_master: ObjectOfModelTeamMemberWithPosition | Unset = UNSET
    entity_datetime: str | Unset = UNSET
    entity_duration: str | Unset = UNSET
    entity_labels: list[ObjectOfModelTag] | Unset = UNSET
    entity_resource_instances: list[ObjectOfModelResourceInstance] | Unset = UNSET
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

        event_status = self.event_status
        if event_status is not UNSET:
            field_dict["event_status"] = _KIND_event_status.write_field(event_status, "event_status")

        event_datetime = self.event_datetime
        if event_datetime is not UNSET:
            field_dict["event_datetime"] = _fields.write_datetime(event_datetime, "event_datetime")

        event_entity_type = self.event_entity_type
        if event_entity_type is not UNSET:
            field_dict["event_entity_type"] = _KIND_event_entity_type.write_field(
                event_entity_type, "event_entity_type"
            )

        event_entity_id = self.event_entity_id
        if type(event_entity_id) is not int and event_entity_id is not UNSET and event_entity_id is not None:
            event_entity_id = _fields.write_integer(event_entity_id, "event_entity_id")
        if event_entity_id is not UNSET:
            field_dict["event_entity_id"] = event_entity_id

        is_entity_master_changed = self.is_entity_master_changed
        if type(is_entity_master_changed) is not bool and is_entity_master_changed is not UNSET:
            is_entity_master_changed = _fields.write_boolean(is_entity_master_changed, "is_entity_master_changed")
        if is_entity_master_changed is not UNSET:
            field_dict["is_entity_master_changed"] = is_entity_master_changed

        is_entity_datetime_changed = self.is_entity_datetime_changed
        if type(is_entity_datetime_changed) is not bool and is_entity_datetime_changed is not UNSET:
            is_entity_datetime_changed = _fields.write_boolean(is_entity_datetime_changed, "is_entity_datetime_changed")
        if is_entity_datetime_changed is not UNSET:
            field_dict["is_entity_datetime_changed"] = is_entity_datetime_changed

        is_entity_duration_changed = self.is_entity_duration_changed
        if type(is_entity_duration_changed) is not bool and is_entity_duration_changed is not UNSET:
            is_entity_duration_changed = _fields.write_boolean(is_entity_duration_changed, "is_entity_duration_changed")
        if is_entity_duration_changed is not UNSET:
            field_dict["is_entity_duration_changed"] = is_entity_duration_changed

        is_entity_labels_changed = self.is_entity_labels_changed
        if type(is_entity_labels_changed) is not bool and is_entity_labels_changed is not UNSET:
            is_entity_labels_changed = _fields.write_boolean(is_entity_labels_changed, "is_entity_labels_changed")
        if is_entity_labels_changed is not UNSET:
            field_dict["is_entity_labels_changed"] = is_entity_labels_changed

        is_entity_resource_instances_changed = self.is_entity_resource_instances_changed
        if type(is_entity_resource_instances_changed) is not bool and is_entity_resource_instances_changed is not UNSET:
            is_entity_resource_instances_changed = _fields.write_boolean(
                is_entity_resource_instances_changed, "is_entity_resource_instances_changed"
            )
        if is_entity_resource_instances_changed is not UNSET:
            field_dict["is_entity_resource_instances_changed"] = is_entity_resource_instances_changed

        entity_master = self.entity_master
        if entity_master is not UNSET:
            field_dict["entity_master"] = _fields.write_model(
                entity_master, _models.ObjectOfModelTeamMemberWithPosition, "entity_master"
            )

        entity_datetime = self.entity_datetime
        if type(entity_datetime) is not str and entity_datetime is not UNSET:
            entity_datetime = _fields.write_string(entity_datetime, "entity_datetime")
        if entity_datetime is not UNSET:
            field_dict["entity_datetime"] = entity_datetime

        entity_duration = self.entity_duration
        if type(entity_duration) is not str and entity_duration is not UNSET:
            entity_duration = _fields.write_string(entity_duration, "entity_duration")
        if entity_duration is not UNSET:
            field_dict["entity_duration"] = entity_duration

        entity_labels = self.entity_labels
        if entity_labels is not UNSET:
            field_dict["entity_labels"] = _KIND_entity_labels.write_field(entity_labels, "entity_labels")

        entity_resource_instances = self.entity_resource_instances
        if entity_resource_instances is not UNSET:
            field_dict["entity_resource_instances"] = _KIND_entity_resource_instances.write_field(
                entity_resource_instances, "entity_resource_instances"
            )

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

        event_status = _get("event_status", UNSET)
        if event_status is not UNSET:
            event_status = _KIND_event_status.read_field(event_status, "event_status")

        event_datetime = _get("event_datetime", UNSET)
        if event_datetime is not UNSET:
            try:
                event_datetime = _fields.datetime_fromisoformat(event_datetime)
            except (TypeError, ValueError):
                event_datetime = _fields.read_datetime(event_datetime, "event_datetime")

        event_entity_type = _get("event_entity_type", UNSET)
        if event_entity_type is not UNSET:
            event_entity_type = _KIND_event_entity_type.read_field(event_entity_type, "event_entity_type")

        event_entity_id = _get("event_entity_id", UNSET)
        if type(event_entity_id) is not int and event_entity_id is not UNSET and event_entity_id is not None:
            event_entity_id = _fields.read_integer(event_entity_id, "event_entity_id")

        is_entity_master_changed = _get("is_entity_master_changed", UNSET)
        if type(is_entity_master_changed) is not bool and is_entity_master_changed is not UNSET:
            is_entity_master_changed = _fields.read_boolean(is_entity_master_changed, "is_entity_master_changed")

        is_entity_datetime_changed = _get("is_entity_datetime_changed", UNSET)
        if type(is_entity_datetime_changed) is not bool and is_entity_datetime_changed is not UNSET:
            is_entity_datetime_changed = _fields.read_boolean(is_entity_datetime_changed, "is_entity_datetime_changed")

        is_entity_duration_changed = _get("is_entity_duration_changed", UNSET)
        if type(is_entity_duration_changed) is not bool and is_entity_duration_changed is not UNSET:
            is_entity_duration_changed = _fields.read_boolean(is_entity_duration_changed, "is_entity_duration_changed")

        is_entity_labels_changed = _get("is_entity_labels_changed", UNSET)
        if type(is_entity_labels_changed) is not bool and is_entity_labels_changed is not UNSET:
            is_entity_labels_changed = _fields.read_boolean(is_entity_labels_changed, "is_entity_labels_changed")

        is_entity_resource_instances_changed = _get("is_entity_resource_instances_changed", UNSET)
        if type(is_entity_resource_instances_changed) is not bool and is_entity_resource_instances_changed is not UNSET:
            is_entity_resource_instances_changed = _fields.read_boolean(
                is_entity_resource_instances_changed, "is_entity_resource_instances_changed"
            )

        entity_master = _get("entity_master", UNSET)
        if entity_master is not UNSET:
            try:
                entity_master = _models.ObjectOfModelTeamMemberWithPosition.from_dict(entity_master)
            except _FieldError as _error:
                raise _error.within("entity_master")

        entity_datetime = _get("entity_datetime", UNSET)
        if type(entity_datetime) is not str and entity_datetime is not UNSET:
            entity_datetime = _fields.read_string(entity_datetime, "entity_datetime")

        entity_duration = _get("entity_duration", UNSET)
        if type(entity_duration) is not str and entity_duration is not UNSET:
            entity_duration = _fields.read_string(entity_duration, "entity_duration")

        entity_labels = _get("entity_labels", UNSET)
        if entity_labels is not UNSET:
            entity_labels = _KIND_entity_labels.read_field(entity_labels, "entity_labels")

        entity_resource_instances = _get("entity_resource_instances", UNSET)
        if entity_resource_instances is not UNSET:
            entity_resource_instances = _KIND_entity_resource_instances.read_field(
                entity_resource_instances, "entity_resource_instances"
            )

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.created_at = created_at
        _model.updated_at = updated_at
        _model.deleted_at = deleted_at
        _model.event_status = event_status
        _model.event_datetime = event_datetime
        _model.event_entity_type = event_entity_type
        _model.event_entity_id = event_entity_id
        _model.is_entity_master_changed = is_entity_master_changed
        _model.is_entity_datetime_changed = is_entity_datetime_changed
        _model.is_entity_duration_changed = is_entity_duration_changed
        _model.is_entity_labels_changed = is_entity_labels_changed
        _model.is_entity_resource_instances_changed = is_entity_resource_instances_changed
        _model.entity_master = entity_master
        _model.entity_datetime = entity_datetime
        _model.entity_duration = entity_duration
        _model.entity_labels = entity_labels
        _model.entity_resource_instances = entity_resource_instances
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not ListTimetableScheduleDayEventsResponse200Item:
            _fields.init_added_fields(_model, ListTimetableScheduleDayEventsResponse200Item)
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
