from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import timestamps as _timestamps
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateEventBody")


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
        date = self.date.isoformat()

        service_id = self.service_id

        staff_id = self.staff_id

        capacity = self.capacity

        force = self.force

        resource_instance_ids: list[float] | Unset = UNSET
        if not isinstance(self.resource_instance_ids, Unset):
            resource_instance_ids = self.resource_instance_ids

        length = self.length

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date": date,
                "service_id": service_id,
                "staff_id": staff_id,
                "capacity": capacity,
                "force": force,
            }
        )
        if resource_instance_ids is not UNSET:
            field_dict["resource_instance_ids"] = resource_instance_ids
        if length is not UNSET:
            field_dict["length"] = length

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        date = _timestamps.parse_datetime(d.pop("date"))

        service_id = d.pop("service_id")

        staff_id = d.pop("staff_id")

        capacity = d.pop("capacity")

        force = d.pop("force")

        resource_instance_ids = cast(list[float], d.pop("resource_instance_ids", UNSET))

        length = d.pop("length", UNSET)

        _model = cls(
            date=date,
            service_id=service_id,
            staff_id=staff_id,
            capacity=capacity,
            force=force,
            resource_instance_ids=resource_instance_ids,
            length=length,
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
