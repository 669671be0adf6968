from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateEventBody")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "date",
        "service_id",
        "staff_id",
        "capacity",
        "force",
        "resource_instance_ids",
        "length",
    }
)
_EXTRA = _fields.ANY
_KIND_resource_instance_ids = _fields.ListOf(_fields.NUMBER)


@_attrs_define
class UpdateEventBody:
    """Event creation/update request body

    Example:
        {'date': '2026-10-10 15:30', 'service_id': 1185299, 'staff_id': 26427, 'length': 3600, 'capacity': 9,
            'resource_instance_ids': [3127], 'force': False}

    Attributes:
        date (datetime.datetime): date and time
        service_id (int): Service ID
        staff_id (int): team member ID
        capacity (float): Capacity
        force (bool): Ignore errors (busy team member/resources, etc.)
        resource_instance_ids (list[float] | Unset): Array of resource instance IDs
        length (float | Unset): Event duration in seconds
    """

    date: datetime.datetime
    service_id: int
    staff_id: int
    capacity: float
    force: bool
    resource_instance_ids: list[float] | Unset = UNSET
    length: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        date = self.date
        field_dict["date"] = _fields.write_datetime(date, "date")

        service_id = self.service_id
        if type(service_id) is not int:
            service_id = _fields.write_integer(service_id, "service_id")
        field_dict["service_id"] = service_id

        staff_id = self.staff_id
        if type(staff_id) is not int:
            staff_id = _fields.write_integer(staff_id, "staff_id")
        field_dict["staff_id"] = staff_id

        capacity = self.capacity
        field_dict["capacity"] = _fields.write_number(capacity, "capacity")

        force = self.force
        if type(force) is not bool:
            force = _fields.write_boolean(force, "force")
        field_dict["force"] = force

        resource_instance_ids = self.resource_instance_ids
        if resource_instance_ids is not UNSET:
            field_dict["resource_instance_ids"] = _KIND_resource_instance_ids.write_field(
                resource_instance_ids, "resource_instance_ids"
            )

        length = self.length
        if length is not UNSET:
            field_dict["length"] = _fields.write_number(length, "length")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        date = _get("date", UNSET)
        try:
            date = _fields.datetime_fromisoformat(date)
        except (TypeError, ValueError):
            date = _fields.read_datetime(date, "date")

        service_id = _get("service_id", UNSET)
        if type(service_id) is not int:
            service_id = _fields.read_integer(service_id, "service_id")

        staff_id = _get("staff_id", UNSET)
        if type(staff_id) is not int:
            staff_id = _fields.read_integer(staff_id, "staff_id")

        capacity = _get("capacity", UNSET)
        if type(capacity) is not float and type(capacity) is not int:
            capacity = _fields.read_number(capacity, "capacity")

        force = _get("force", UNSET)
        if type(force) is not bool:
            force = _fields.read_boolean(force, "force")

        resource_instance_ids = _get("resource_instance_ids", UNSET)
        if resource_instance_ids is not UNSET:
            resource_instance_ids = _KIND_resource_instance_ids.read_field(
                resource_instance_ids, "resource_instance_ids"
            )

        length = _get("length", UNSET)
        if type(length) is not float and type(length) is not int and length is not UNSET:
            length = _fields.read_number(length, "length")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.date = date
        _model.service_id = service_id
        _model.staff_id = staff_id
        _model.capacity = capacity
        _model.force = force
        _model.resource_instance_ids = resource_instance_ids
        _model.length = length
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not UpdateEventBody:
            _fields.init_added_fields(_model, UpdateEventBody)
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
