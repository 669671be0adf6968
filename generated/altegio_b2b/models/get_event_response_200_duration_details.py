from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetEventResponse200DurationDetails")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "services_duration",
        "technical_break_duration",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class GetEventResponse200DurationDetails:
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
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        id = self.id
        if type(id) is not int and id is not UNSET:
            id = _fields.write_integer(id, "id")
        if id is not UNSET:
            field_dict["id"] = id

        services_duration = self.services_duration
        if services_duration is not UNSET:
            field_dict["services_duration"] = _fields.write_number(services_duration, "services_duration")

        technical_break_duration = self.technical_break_duration
        if technical_break_duration is not UNSET:
            field_dict["technical_break_duration"] = _fields.write_number(
                technical_break_duration, "technical_break_duration"
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

        services_duration = _get("services_duration", UNSET)
        if (
            type(services_duration) is not float
            and type(services_duration) is not int
            and services_duration is not UNSET
        ):
            services_duration = _fields.read_number(services_duration, "services_duration")

        technical_break_duration = _get("technical_break_duration", UNSET)
        if (
            type(technical_break_duration) is not float
            and type(technical_break_duration) is not int
            and technical_break_duration is not UNSET
        ):
            technical_break_duration = _fields.read_number(technical_break_duration, "technical_break_duration")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.services_duration = services_duration
        _model.technical_break_duration = technical_break_duration
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetEventResponse200DurationDetails:
            _fields.init_added_fields(_model, GetEventResponse200DurationDetails)
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
