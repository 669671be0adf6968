from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetAppointmentCalendarSessionsResponse200Item")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "time",
        "is_free",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class GetAppointmentCalendarSessionsResponse200Item:
    """
    Attributes:
        time (str | Unset): Session time
        is_free (bool | Unset): free time or not
    """

    time: str | Unset = UNSET
    is_free: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        time = self.time
        if type(time) is not str and time is not UNSET:
            time = _fields.write_string(time, "time")
        if time is not UNSET:
            field_dict["time"] = time

        is_free = self.is_free
        if type(is_free) is not bool and is_free is not UNSET:
            is_free = _fields.write_boolean(is_free, "is_free")
        if is_free is not UNSET:
            field_dict["is_free"] = is_free

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        time = _get("time", UNSET)
        if type(time) is not str and time is not UNSET:
            time = _fields.read_string(time, "time")

        is_free = _get("is_free", UNSET)
        if type(is_free) is not bool and is_free is not UNSET:
            is_free = _fields.read_boolean(is_free, "is_free")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.time = time
        _model.is_free = is_free
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetAppointmentCalendarSessionsResponse200Item:
            _fields.init_added_fields(_model, GetAppointmentCalendarSessionsResponse200Item)
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
