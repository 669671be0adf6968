from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import timestamps as _timestamps
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetNearestTimeSlotsResponse200SeancesItem")


@_attrs_define
class GetNearestTimeSlotsResponse200SeancesItem:
    """
    Attributes:
        time (str | Unset): Session time (HH:MM format)
        seance_length (float | Unset): Session duration in seconds
        sum_length (float | Unset): Total duration including all selected services in seconds
        datetime_ (datetime.datetime | Unset): Session date and time in ISO 8601 format
    """

    time: str | Unset = UNSET
    seance_length: float | Unset = UNSET
    sum_length: float | Unset = UNSET
    datetime_: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        time = self.time

        seance_length = self.seance_length

        sum_length = self.sum_length

        datetime_: str | Unset = UNSET
        if not isinstance(self.datetime_, Unset):
            datetime_ = self.datetime_.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if time is not UNSET:
            field_dict["time"] = time
        if seance_length is not UNSET:
            field_dict["seance_length"] = seance_length
        if sum_length is not UNSET:
            field_dict["sum_length"] = sum_length
        if datetime_ is not UNSET:
            field_dict["datetime"] = datetime_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        time = d.pop("time", UNSET)

        seance_length = d.pop("seance_length", UNSET)

        sum_length = d.pop("sum_length", UNSET)

        _datetime_ = d.pop("datetime", UNSET)
        datetime_: datetime.datetime | Unset
        if isinstance(_datetime_, Unset):
            datetime_ = UNSET
        else:
            datetime_ = _timestamps.parse_datetime(_datetime_)

        _model = cls(
            time=time,
            seance_length=seance_length,
            sum_length=sum_length,
            datetime_=datetime_,
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
