from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import timestamps as _timestamps
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetLoyaltyProgramRevenueStatisticsResponse200IncomeStatsByDayItem")


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
        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        new_sum = self.new_sum

        old_sum = self.old_sum

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date
        if new_sum is not UNSET:
            field_dict["new_sum"] = new_sum
        if old_sum is not UNSET:
            field_dict["old_sum"] = old_sum

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _date = d.pop("date", UNSET)
        date: datetime.date | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = _timestamps.parse_date(_date)

        new_sum = d.pop("new_sum", UNSET)

        old_sum = d.pop("old_sum", UNSET)

        _model = cls(
            date=date,
            new_sum=new_sum,
            old_sum=old_sum,
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
