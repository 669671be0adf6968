from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..models.update_timetable_event_schedule_response_200_original_entity_type import (
    UpdateTimetableEventScheduleResponse200OriginalEntityType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.object_of_model_schedule_series import ObjectOfModelScheduleSeries


T = TypeVar("T", bound="UpdateTimetableEventScheduleResponse200")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "created_at",
        "updated_at",
        "deleted_at",
        "original_entity_type",
        "original_entity_id",
        "date_start",
        "date_end",
        "days",
    }
)
_EXTRA = _fields.ANY
_KIND_deleted_at = _fields.OneOf(
    _fields.DATETIME,
    _fields.NULL,
)
_KIND_original_entity_type = _fields.EnumOf("UpdateTimetableEventScheduleResponse200OriginalEntityType", _fields.STRING)
_KIND_days = _fields.ListOf(_fields.Model("ObjectOfModelScheduleSeries"))


@_attrs_define
class UpdateTimetableEventScheduleResponse200:
    """Data for an existing schedule in a location.

    Example:
        {'id': 123, 'created_at': '2026-01-01T12:12:12-05:00', 'updated_at': '2026-01-01T12:12:12-05:00', 'deleted_at':
            None, 'original_entity_type': 'activity', 'original_entity_id': 123, 'date_start': '2026-01-01', 'date_end':
            '2026-02-01', 'days': [{'id': 123, 'created_at': '2026-01-01T12:12:12-05:00', 'updated_at':
            '2026-01-01T12:12:12-05:00', 'deleted_at': None, 'timetable_event_schedule_id': 123, 'day_of_week': 'mon',
            'events_time': '14:00:00', 'events_duration': 3600, 'events_master': {'id': 123, 'name': 'John Johnson',
            'company_id': 123, 'specialization': 'Team Member', 'avatar': 'https://app.alteg.io/images/no-master-sm.png',
            'avatar_big': 'https://app.alteg.io/images/no-master.png', 'position': {'id': 123, 'title': 'Team Member'}},
            'events_labels': [{'id': 123, 'title': 'Tag', 'color': '#ff0000'}], 'events_resource_instances': [{'id': 123,
            'title': 'Resource #1', 'resource_id': 123}]}]}

    Attributes:
        id (int | Unset): ID of a schedule.
        created_at (datetime.datetime | Unset): Datetime of a schedule created.
        updated_at (datetime.datetime | Unset): Datetime of a schedule last updated.
        deleted_at (datetime.datetime | None | Unset): Datetime of a schedule deleted.
        original_entity_type (UpdateTimetableEventScheduleResponse200OriginalEntityType | Unset): Type of entity
            schedule is based on (appointment or event).
        original_entity_id (int | Unset): ID of entity schedule is based on.
        date_start (datetime.date | Unset): Date of a schedule start.
        date_end (datetime.date | Unset): Date of a schedule end.
        days (list[ObjectOfModelScheduleSeries] | Unset): Schedule series, linked to a specified schedule.
            Returned in response only if corresponding `include` is present in request.
    """

    id: int | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    deleted_at: datetime.datetime | None | Unset = UNSET
    original_entity_type: UpdateTimetableEventScheduleResponse200OriginalEntityType | Unset = UNSET
    original_entity_id: int | Unset = UNSET
    date_start: datetime.date | Unset = UNSET
    date_end: datetime.date | Unset = UNSET
    days: list[ObjectOfModelScheduleSeries] | Unset = UNSET
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

        original_entity_type = self.original_entity_type
        if original_entity_type is not UNSET:
            field_dict["original_entity_type"] = _KIND_original_entity_type.write_field(
                original_entity_type, "original_entity_type"
            )

        original_entity_id = self.original_entity_id
        if type(original_entity_id) is not int and original_entity_id is not UNSET:
            original_entity_id = _fields.write_integer(original_entity_id, "original_entity_id")
        if original_entity_id is not UNSET:
            field_dict["original_entity_id"] = original_entity_id

        date_start = self.date_start
        if date_start is not UNSET:
            field_dict["date_start"] = _fields.write_date(date_start, "date_start")

        date_end = self.date_end
        if date_end is not UNSET:
            field_dict["date_end"] = _fields.write_date(date_end, "date_end")

        days = self.days
        if days is not UNSET:
            field_dict["days"] = _KIND_days.write_field(days, "days")

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

        original_entity_type = _get("original_entity_type", UNSET)
        if original_entity_type is not UNSET:
            original_entity_type = _KIND_original_entity_type.read_field(original_entity_type, "original_entity_type")

        original_entity_id = _get("original_entity_id", UNSET)
        if type(original_entity_id) is not int and original_entity_id is not UNSET:
            original_entity_id = _fields.read_integer(original_entity_id, "original_entity_id")

        date_start = _get("date_start", UNSET)
        if date_start is not UNSET:
            try:
                date_start = _fields.date_fromisoformat(date_start)
            except (TypeError, ValueError):
                date_start = _fields.read_date(date_start, "date_start")

        date_end = _get("date_end", UNSET)
        if date_end is not UNSET:
            try:
                date_end = _fields.date_fromisoformat(date_end)
            except (TypeError, ValueError):
                date_end = _fields.read_date(date_end, "date_end")

        days = _get("days", UNSET)
        if days is not UNSET:
            days = _KIND_days.read_field(days, "days")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.created_at = created_at
        _model.updated_at = updated_at
        _model.deleted_at = deleted_at
        _model.original_entity_type = original_entity_type
        _model.original_entity_id = original_entity_id
        _model.date_start = date_start
        _model.date_end = date_end
        _model.days = days
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not UpdateTimetableEventScheduleResponse200:
            _fields.init_added_fields(_model, UpdateTimetableEventScheduleResponse200)
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
