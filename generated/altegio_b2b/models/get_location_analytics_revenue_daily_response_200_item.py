from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetLocationAnalyticsRevenueDailyResponse200Item")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "label",
        "data",
    }
)
_EXTRA = _fields.ANY
_KIND_data = _fields.ListOf(
    _fields.ListOf(
        _fields.OneOf(
            _fields.INTEGER,
            _fields.STRING,
            _fields.NUMBER,
        )
    )
)


@_attrs_define
class GetLocationAnalyticsRevenueDailyResponse200Item:
    """Data for plotting a chart by day in the Key Indicators report

    Example:
        {'label': 'Revenue', 'data': [['2026-09-21T23:00:00.000-05:00', 1000], ['2026-09-21T23:00:00.000-05:00', 500]]}

    Attributes:
        label (str | Unset): Name of data series
        data (list[list[float | int | str]] | Unset): Data for each day. Each day is an array of two numbers. The first
            number is the timestamp of the beginning of the day in the UTC zone, the second number is the value of the
            indicator on that day.
    """

    label: str | Unset = UNSET
    data: list[list[float | int | str]] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        label = self.label
        if type(label) is not str and label is not UNSET:
            label = _fields.write_string(label, "label")
        if label is not UNSET:
            field_dict["label"] = label

        data = self.data
        if data is not UNSET:
            field_dict["data"] = _KIND_data.write_field(data, "data")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        label = _get("label", UNSET)
        if type(label) is not str and label is not UNSET:
            label = _fields.read_string(label, "label")

        data = _get("data", UNSET)
        if data is not UNSET:
            data = _KIND_data.read_field(data, "data")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.label = label
        _model.data = data
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetLocationAnalyticsRevenueDailyResponse200Item:
            _fields.init_added_fields(_model, GetLocationAnalyticsRevenueDailyResponse200Item)
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
