from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.object_of_model_schedule_series import ObjectOfModelScheduleSeries


T = TypeVar("T", bound="UpdateTimetableClientScheduleResponse200")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "loyalty_abonement_id",
        "final_day",
        "days",
    }
)
_EXTRA = _fields.ANY
_KIND_days = _fields.ListOf(_fields.Model("ObjectOfModelScheduleSeries"))


@_attrs_define
class UpdateTimetableClientScheduleResponse200:
    """Data for an existing client schedule in a location.

    Example:
        {'id': 123, 'loyalty_abonement_id': None, 'final_day': '2022-01-01 12:12:12', 'days': [{'id': 123, 'created_at':
            '2026-01-01T12:12:12-05:00', 'updated_at': '2026-01-01T12:12:12-05:00', 'deleted_at': None,
            'timetable_event_schedule_id': 123, 'day_of_week': 'mon', 'events_time': '14:00:00', 'events_duration': 3600,
            'event_technical_break_duration': 0, 'events_master': {'id': 123, 'name': 'John Johnson', 'company_id': 123,
            'specialization': 'Team Member', 'avatar': 'https://app.alteg.io/images/no-master-sm.png', 'avatar_big':
            'https://app.alteg.io/images/no-master.png', 'position': {'id': 123, 'title': 'Team Member'}}, 'events_labels':
            [{'id': 123, 'title': 'Tag', 'color': '#ff0000'}], 'events_resource_instances': [{'id': 123, 'title': 'Resource
            #1', 'resource_id': 123}]}]}

    Attributes:
        id (int | Unset): ID of a client schedule.
        loyalty_abonement_id (int | None | Unset): ID of a loyalty membership used for client schedule (not supported at
            the moment).
        final_day (str | Unset): Datetime of a client schedule end.
        days (list[ObjectOfModelScheduleSeries] | Unset): Schedule series linked to a client schedule.
    """

    id: int | Unset = UNSET
    loyalty_abonement_id: int | None | Unset = UNSET
    final_day: str | Unset = UNSET
    days: list[ObjectOfModelScheduleSeries] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        id = self.id
        if type(id) is not int and id is not UNSET:
            id = _fields.write_integer(id, "id")
        if id is not UNSET:
            field_dict["id"] = id

        loyalty_abonement_id = self.loyalty_abonement_id
        if (
            type(loyalty_abonement_id) is not int
            and loyalty_abonement_id is not UNSET
            and loyalty_abonement_id is not None
        ):
            loyalty_abonement_id = _fields.write_integer(loyalty_abonement_id, "loyalty_abonement_id")
        if loyalty_abonement_id is not UNSET:
            field_dict["loyalty_abonement_id"] = loyalty_abonement_id

        final_day = self.final_day
        if type(final_day) is not str and final_day is not UNSET:
            final_day = _fields.write_string(final_day, "final_day")
        if final_day is not UNSET:
            field_dict["final_day"] = final_day

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

        loyalty_abonement_id = _get("loyalty_abonement_id", UNSET)
        if (
            type(loyalty_abonement_id) is not int
            and loyalty_abonement_id is not UNSET
            and loyalty_abonement_id is not None
        ):
            loyalty_abonement_id = _fields.read_integer(loyalty_abonement_id, "loyalty_abonement_id")

        final_day = _get("final_day", UNSET)
        if type(final_day) is not str and final_day is not UNSET:
            final_day = _fields.read_string(final_day, "final_day")

        days = _get("days", UNSET)
        if days is not UNSET:
            days = _KIND_days.read_field(days, "days")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.loyalty_abonement_id = loyalty_abonement_id
        _model.final_day = final_day
        _model.days = days
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not UpdateTimetableClientScheduleResponse200:
            _fields.init_added_fields(_model, UpdateTimetableClientScheduleResponse200)
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
