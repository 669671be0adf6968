from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import timestamps as _timestamps
from ..models.search_timetable_event_schedules_by_event_response_200_original_entity_type import (
    SearchTimetableEventSchedulesByEventResponse200OriginalEntityType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.object_of_model_schedule_series import ObjectOfModelScheduleSeries


T = TypeVar("T", bound="SearchTimetableEventSchedulesByEventResponse200")


@_attrs_define
class SearchTimetableEventSchedulesByEventResponse200:
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
        original_entity_type (SearchTimetableEventSchedulesByEventResponse200OriginalEntityType | Unset): Type of entity
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
    original_entity_type: SearchTimetableEventSchedulesByEventResponse200OriginalEntityType | Unset = UNSET
    original_entity_id: int | Unset = UNSET
    date_start: datetime.date | Unset = UNSET
    date_end: datetime.date | Unset = UNSET
    days: list[ObjectOfModelScheduleSeries] | Unset = UNSET
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

        original_entity_type: str | Unset = UNSET
        if not isinstance(self.original_entity_type, Unset):
            original_entity_type = self.original_entity_type.value

        original_entity_id = self.original_entity_id

        date_start: str | Unset = UNSET
        if not isinstance(self.date_start, Unset):
            date_start = self.date_start.isoformat()

        date_end: str | Unset = UNSET
        if not isinstance(self.date_end, Unset):
            date_end = self.date_end.isoformat()

        days: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.days, Unset):
            days = []
            for days_item_data in self.days:
                days_item = days_item_data.to_dict()
                days.append(days_item)

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
        if original_entity_type is not UNSET:
            field_dict["original_entity_type"] = original_entity_type
        if original_entity_id is not UNSET:
            field_dict["original_entity_id"] = original_entity_id
        if date_start is not UNSET:
            field_dict["date_start"] = date_start
        if date_end is not UNSET:
            field_dict["date_end"] = date_end
        if days is not UNSET:
            field_dict["days"] = days

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.object_of_model_schedule_series import ObjectOfModelScheduleSeries  # noqa: PLC0415

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

        _original_entity_type = d.pop("original_entity_type", UNSET)
        original_entity_type: SearchTimetableEventSchedulesByEventResponse200OriginalEntityType | Unset
        if isinstance(_original_entity_type, Unset):
            original_entity_type = UNSET
        else:
            original_entity_type = SearchTimetableEventSchedulesByEventResponse200OriginalEntityType(
                _original_entity_type
            )

        original_entity_id = d.pop("original_entity_id", UNSET)

        _date_start = d.pop("date_start", UNSET)
        date_start: datetime.date | Unset
        if isinstance(_date_start, Unset):
            date_start = UNSET
        else:
            date_start = _timestamps.parse_date(_date_start)

        _date_end = d.pop("date_end", UNSET)
        date_end: datetime.date | Unset
        if isinstance(_date_end, Unset):
            date_end = UNSET
        else:
            date_end = _timestamps.parse_date(_date_end)

        _days = d.pop("days", UNSET)
        days: list[ObjectOfModelScheduleSeries] | Unset = UNSET
        if _days is not UNSET:
            days = []
            for days_item_data in _days:
                days_item = ObjectOfModelScheduleSeries.from_dict(days_item_data)

                days.append(days_item)

        _model = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            deleted_at=deleted_at,
            original_entity_type=original_entity_type,
            original_entity_id=original_entity_id,
            date_start=date_start,
            date_end=date_end,
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
