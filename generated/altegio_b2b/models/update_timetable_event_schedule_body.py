from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import timestamps as _timestamps
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateTimetableEventScheduleBody")


@_attrs_define
class UpdateTimetableEventScheduleBody:
    """
    Attributes:
        date_end (datetime.date | Unset): Date of the schedule end. Example: 2022-02-01.
    """

    date_end: datetime.date | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date_end: str | Unset = UNSET
        if not isinstance(self.date_end, Unset):
            date_end = self.date_end.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date_end is not UNSET:
            field_dict["date_end"] = date_end

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _date_end = d.pop("date_end", UNSET)
        date_end: datetime.date | Unset
        if isinstance(_date_end, Unset):
            date_end = UNSET
        else:
            date_end = _timestamps.parse_date(_date_end)

        _model = cls(
            date_end=date_end,
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
