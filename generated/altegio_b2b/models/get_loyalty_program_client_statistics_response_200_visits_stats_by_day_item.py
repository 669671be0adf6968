from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetLoyaltyProgramClientStatisticsResponse200VisitsStatsByDayItem")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "date",
        "new_count",
        "old_count",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class GetLoyaltyProgramClientStatisticsResponse200VisitsStatsByDayItem:
    """
    Attributes:
        date (datetime.date | Unset): date
        new_count (int | Unset): Number of new clients
        old_count (int | Unset): Number of old clients
    """

    date: datetime.date | Unset = UNSET
    new_count: int | Unset = UNSET
    old_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        date = self.date
        if date is not UNSET:
            field_dict["date"] = _fields.write_date(date, "date")

        new_count = self.new_count
        if type(new_count) is not int and new_count is not UNSET:
            new_count = _fields.write_integer(new_count, "new_count")
        if new_count is not UNSET:
            field_dict["new_count"] = new_count

        old_count = self.old_count
        if type(old_count) is not int and old_count is not UNSET:
            old_count = _fields.write_integer(old_count, "old_count")
        if old_count is not UNSET:
            field_dict["old_count"] = old_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        date = _get("date", UNSET)
        if date is not UNSET:
            try:
                date = _fields.date_fromisoformat(date)
            except (TypeError, ValueError):
                date = _fields.read_date(date, "date")

        new_count = _get("new_count", UNSET)
        if type(new_count) is not int and new_count is not UNSET:
            new_count = _fields.read_integer(new_count, "new_count")

        old_count = _get("old_count", UNSET)
        if type(old_count) is not int and old_count is not UNSET:
            old_count = _fields.read_integer(old_count, "old_count")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.date = date
        _model.new_count = new_count
        _model.old_count = old_count
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetLoyaltyProgramClientStatisticsResponse200VisitsStatsByDayItem:
            _fields.init_added_fields(_model, GetLoyaltyProgramClientStatisticsResponse200VisitsStatsByDayItem)
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
