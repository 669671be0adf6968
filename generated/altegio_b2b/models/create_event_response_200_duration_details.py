from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateEventResponse200DurationDetails")


@_attrs_define
class CreateEventResponse200DurationDetails:
    """Event duration details

    Attributes:
        id (int | Unset): Duration detail ID
        services_duration (float | Unset): Services duration in seconds
        technical_break_duration (float | Unset): Technical break duration in seconds
    """

    id: int | Unset = UNSET
    services_duration: float | Unset = UNSET
    technical_break_duration: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        services_duration = self.services_duration

        technical_break_duration = self.technical_break_duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if services_duration is not UNSET:
            field_dict["services_duration"] = services_duration
        if technical_break_duration is not UNSET:
            field_dict["technical_break_duration"] = technical_break_duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        services_duration = d.pop("services_duration", UNSET)

        technical_break_duration = d.pop("technical_break_duration", UNSET)

        _model = cls(
            id=id,
            services_duration=services_duration,
            technical_break_duration=technical_break_duration,
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
