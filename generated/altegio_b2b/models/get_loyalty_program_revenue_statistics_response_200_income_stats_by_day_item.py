from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetLoyaltyProgramRevenueStatisticsResponse200IncomeStatsByDayItem")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "date",
        "new_sum",
        "old_sum",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class GetLoyaltyProgramRevenueStatisticsResponse200IncomeStatsByDayItem:
    """
    Attributes:
        date (datetime.date | Unset): date
        new_sum (int | Unset): Revenue from new customers
        old_sum (int | Unset): Revenue from old customers
    """

    date: datetime.date | Unset = UNSET
    new_sum: int | Unset = UNSET
    old_sum: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        date = self.date
        if date is not UNSET:
            field_dict["date"] = _fields.write_date(date, "date")

        new_sum = self.new_sum
        if type(new_sum) is not int and new_sum is not UNSET:
            new_sum = _fields.write_integer(new_sum, "new_sum")
        if new_sum is not UNSET:
            field_dict["new_sum"] = new_sum

        old_sum = self.old_sum
        if type(old_sum) is not int and old_sum is not UNSET:
            old_sum = _fields.write_integer(old_sum, "old_sum")
        if old_sum is not UNSET:
            field_dict["old_sum"] = old_sum

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

        new_sum = _get("new_sum", UNSET)
        if type(new_sum) is not int and new_sum is not UNSET:
            new_sum = _fields.read_integer(new_sum, "new_sum")

        old_sum = _get("old_sum", UNSET)
        if type(old_sum) is not int and old_sum is not UNSET:
            old_sum = _fields.read_integer(old_sum, "old_sum")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.date = date
        _model.new_sum = new_sum
        _model.old_sum = old_sum
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetLoyaltyProgramRevenueStatisticsResponse200IncomeStatsByDayItem:
            _fields.init_added_fields(_model, GetLoyaltyProgramRevenueStatisticsResponse200IncomeStatsByDayItem)
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
