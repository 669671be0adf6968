from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..models.create_timetable_event_schedule_body_original_entity_type import (
    CreateTimetableEventScheduleBodyOriginalEntityType,
)
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.create_timetable_event_schedule_body_days_item import CreateTimetableEventScheduleBodyDaysItem


T = TypeVar("T", bound="CreateTimetableEventScheduleBody")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "original_entity_type",
        "original_entity_id",
        "date_end",
        "add_clients_from_original_entity",
        "days",
    }
)
_EXTRA = _fields.ANY
_KIND_original_entity_type = _fields.EnumOf("CreateTimetableEventScheduleBodyOriginalEntityType", _fields.STRING)
_KIND_days = _fields.ListOf(_fields.Model("CreateTimetableEventScheduleBodyDaysItem"))


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
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        original_entity_type = self.original_entity_type
        field_dict["original_entity_type"] = _KIND_original_entity_type.write_field(
            original_entity_type, "original_entity_type"
        )

        original_entity_id = self.original_entity_id
        if type(original_entity_id) is not int:
            original_entity_id = _fields.write_integer(original_entity_id, "original_entity_id")
        field_dict["original_entity_id"] = original_entity_id

        date_end = self.date_end
        field_dict["date_end"] = _fields.write_date(date_end, "date_end")

        add_clients_from_original_entity = self.add_clients_from_original_entity
        if type(add_clients_from_original_entity) is not bool:
            add_clients_from_original_entity = _fields.write_boolean(
                add_clients_from_original_entity, "add_clients_from_original_entity"
            )
        field_dict["add_clients_from_original_entity"] = add_clients_from_original_entity

        days = self.days
        field_dict["days"] = _KIND_days.write_field(days, "days")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        original_entity_type = _get("original_entity_type", UNSET)
        original_entity_type = _KIND_original_entity_type.read_field(original_entity_type, "original_entity_type")

        original_entity_id = _get("original_entity_id", UNSET)
        if type(original_entity_id) is not int:
            original_entity_id = _fields.read_integer(original_entity_id, "original_entity_id")

        date_end = _get("date_end", UNSET)
        try:
            date_end = _fields.date_fromisoformat(date_end)
        except (TypeError, ValueError):
            date_end = _fields.read_date(date_end, "date_end")

        add_clients_from_original_entity = _get("add_clients_from_original_entity", UNSET)
        if type(add_clients_from_original_entity) is not bool:
            add_clients_from_original_entity = _fields.read_boolean(
                add_clients_from_original_entity, "add_clients_from_original_entity"
            )

        days = _get("days", UNSET)
        days = _KIND_days.read_field(days, "days")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.original_entity_type = original_entity_type
        _model.original_entity_id = original_entity_id
        _model.date_end = date_end
        _model.add_clients_from_original_entity = add_clients_from_original_entity
        _model.days = days
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not CreateTimetableEventScheduleBody:
            _fields.init_added_fields(_model, CreateTimetableEventScheduleBody)
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
