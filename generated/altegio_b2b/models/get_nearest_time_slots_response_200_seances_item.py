from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetNearestTimeSlotsResponse200SeancesItem")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "time",
        "seance_length",
        "sum_length",
        "datetime",
    }
)
_EXTRA = _fields.ANY


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
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        time = self.time
        if type(time) is not str and time is not UNSET:
            time = _fields.write_string(time, "time")
        if time is not UNSET:
            field_dict["time"] = time

        seance_length = self.seance_length
        if seance_length is not UNSET:
            field_dict["seance_length"] = _fields.write_number(seance_length, "seance_length")

        sum_length = self.sum_length
        if sum_length is not UNSET:
            field_dict["sum_length"] = _fields.write_number(sum_length, "sum_length")

        datetime_ = self.datetime_
        if datetime_ is not UNSET:
            field_dict["datetime"] = _fields.write_datetime(datetime_, "datetime_")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        time = _get("time", UNSET)
        if type(time) is not str and time is not UNSET:
            time = _fields.read_string(time, "time")

        seance_length = _get("seance_length", UNSET)
        if type(seance_length) is not float and type(seance_length) is not int and seance_length is not UNSET:
            seance_length = _fields.read_number(seance_length, "seance_length")

        sum_length = _get("sum_length", UNSET)
        if type(sum_length) is not float and type(sum_length) is not int and sum_length is not UNSET:
            sum_length = _fields.read_number(sum_length, "sum_length")

        datetime_ = _get("datetime", UNSET)
        if datetime_ is not UNSET:
            try:
                datetime_ = _fields.datetime_fromisoformat(datetime_)
            except (TypeError, ValueError):
                datetime_ = _fields.read_datetime(datetime_, "datetime")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.time = time
        _model.seance_length = seance_length
        _model.sum_length = sum_length
        _model.datetime_ = datetime_
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetNearestTimeSlotsResponse200SeancesItem:
            _fields.init_added_fields(_model, GetNearestTimeSlotsResponse200SeancesItem)
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
