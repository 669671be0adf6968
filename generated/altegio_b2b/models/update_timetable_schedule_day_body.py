from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateTimetableScheduleDayBody")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "force",
        "events_master_id",
        "events_time",
        "events_duration",
        "events_capacity",
        "labels_ids",
        "resource_instances_ids",
    }
)
_EXTRA = _fields.ANY
_KIND_labels_ids = _fields.ListOf(_fields.NUMBER)
_KIND_resource_instances_ids = _fields.ListOf(_fields.NUMBER)


@_attrs_define
class UpdateTimetableScheduleDayBody:
    """
    Attributes:
        force (bool): Flag for force override of manual changes in scheduled appointments/events. Example: False.
        events_master_id (int | Unset): The ID of the team member assigned to the events in the schedule series.
            Example: 123.
        events_time (str | Unset): Start time of the events in the schedule series, formatted as HH:MM:SS. Example:
            14:00:00.
        events_duration (float | Unset): Duration of each event in the schedule series, in seconds. Example: 3600.
        events_capacity (float | Unset): The capacity of activities in the schedule series. For appointments, this
            should be set to 1. Example: 4.
        labels_ids (list[float] | Unset): An array of tag IDs associated with the events in the schedule series.
        resource_instances_ids (list[float] | Unset): An array of resource instance IDs used in the events of the
            schedule series.
    """

    force: bool
    events_master_id: int | Unset = UNSET
    events_time: str | Unset = UNSET
    events_duration: float | Unset = UNSET
    events_capacity: float | Unset = UNSET
    labels_ids: list[float] | Unset = UNSET
    resource_instances_ids: list[float] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        force = self.force
        if type(force) is not bool:
            force = _fields.write_boolean(force, "force")
        field_dict["force"] = force

        events_master_id = self.events_master_id
        if type(events_master_id) is not int and events_master_id is not UNSET:
            events_master_id = _fields.write_integer(events_master_id, "events_master_id")
        if events_master_id is not UNSET:
            field_dict["events_master_id"] = events_master_id

        events_time = self.events_time
        if type(events_time) is not str and events_time is not UNSET:
            events_time = _fields.write_string(events_time, "events_time")
        if events_time is not UNSET:
            field_dict["events_time"] = events_time

        events_duration = self.events_duration
        if events_duration is not UNSET:
            field_dict["events_duration"] = _fields.write_number(events_duration, "events_duration")

        events_capacity = self.events_capacity
        if events_capacity is not UNSET:
            field_dict["events_capacity"] = _fields.write_number(events_capacity, "events_capacity")

        labels_ids = self.labels_ids
        if labels_ids is not UNSET:
            field_dict["labels_ids"] = _KIND_labels_ids.write_field(labels_ids, "labels_ids")

        resource_instances_ids = self.resource_instances_ids
        if resource_instances_ids is not UNSET:
            field_dict["resource_instances_ids"] = _KIND_resource_instances_ids.write_field(
                resource_instances_ids, "resource_instances_ids"
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        force = _get("force", UNSET)
        if type(force) is not bool:
            force = _fields.read_boolean(force, "force")

        events_master_id = _get("events_master_id", UNSET)
        if type(events_master_id) is not int and events_master_id is not UNSET:
            events_master_id = _fields.read_integer(events_master_id, "events_master_id")

        events_time = _get("events_time", UNSET)
        if type(events_time) is not str and events_time is not UNSET:
            events_time = _fields.read_string(events_time, "events_time")

        events_duration = _get("events_duration", UNSET)
        if type(events_duration) is not float and type(events_duration) is not int and events_duration is not UNSET:
            events_duration = _fields.read_number(events_duration, "events_duration")

        events_capacity = _get("events_capacity", UNSET)
        if type(events_capacity) is not float and type(events_capacity) is not int and events_capacity is not UNSET:
            events_capacity = _fields.read_number(events_capacity, "events_capacity")

        labels_ids = _get("labels_ids", UNSET)
        if labels_ids is not UNSET:
            labels_ids = _KIND_labels_ids.read_field(labels_ids, "labels_ids")

        resource_instances_ids = _get("resource_instances_ids", UNSET)
        if resource_instances_ids is not UNSET:
            resource_instances_ids = _KIND_resource_instances_ids.read_field(
                resource_instances_ids, "resource_instances_ids"
            )

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.force = force
        _model.events_master_id = events_master_id
        _model.events_time = events_time
        _model.events_duration = events_duration
        _model.events_capacity = events_capacity
        _model.labels_ids = labels_ids
        _model.resource_instances_ids = resource_instances_ids
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not UpdateTimetableScheduleDayBody:
            _fields.init_added_fields(_model, UpdateTimetableScheduleDayBody)
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
