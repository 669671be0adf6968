from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateTimetableEventScheduleBody")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "date_end",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class UpdateTimetableEventScheduleBody:
    """
    Attributes:
        date_end (datetime.date | Unset): Date of the schedule end. Example: 2022-02-01.
    """

    date_end: datetime.date | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        date_end = self.date_end
        if date_end is not UNSET:
            field_dict["date_end"] = _fields.write_date(date_end, "date_end")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        date_end = _get("date_end", UNSET)
        if date_end is not UNSET:
            try:
                date_end = _fields.date_fromisoformat(date_end)
            except (TypeError, ValueError):
                date_end = _fields.read_date(date_end, "date_end")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.date_end = date_end
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not UpdateTimetableEventScheduleBody:
            _fields.init_added_fields(_model, UpdateTimetableEventScheduleBody)
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
