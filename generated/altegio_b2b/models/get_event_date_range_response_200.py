from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetEventDateRangeResponse200")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "min_date",
        "max_date",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class GetEventDateRangeResponse200:
    """Date range for Event search.

    Example:
        {'min_date': '2026-06-01', 'max_date': '2026-07-15'}

    Attributes:
        min_date (None | str | Unset): Start date (YYYY-MM-DD).
        max_date (None | str | Unset): End date (YYYY-MM-DD).
    """

    min_date: None | str | Unset = UNSET
    max_date: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        min_date = self.min_date
        if type(min_date) is not str and min_date is not UNSET and min_date is not None:
            min_date = _fields.write_string(min_date, "min_date")
        if min_date is not UNSET:
            field_dict["min_date"] = min_date

        max_date = self.max_date
        if type(max_date) is not str and max_date is not UNSET and max_date is not None:
            max_date = _fields.write_string(max_date, "max_date")
        if max_date is not UNSET:
            field_dict["max_date"] = max_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        min_date = _get("min_date", UNSET)
        if type(min_date) is not str and min_date is not UNSET and min_date is not None:
            min_date = _fields.read_string(min_date, "min_date")

        max_date = _get("max_date", UNSET)
        if type(max_date) is not str and max_date is not UNSET and max_date is not None:
            max_date = _fields.read_string(max_date, "max_date")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.min_date = min_date
        _model.max_date = max_date
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetEventDateRangeResponse200:
            _fields.init_added_fields(_model, GetEventDateRangeResponse200)
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
