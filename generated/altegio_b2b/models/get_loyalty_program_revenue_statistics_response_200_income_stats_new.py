from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetLoyaltyProgramRevenueStatisticsResponse200IncomeStatsNew")


@_attrs_define
class GetLoyaltyProgramRevenueStatisticsResponse200IncomeStatsNew:
    """New clients

    Attributes:
        all_sum (int | Unset): Revenue from new customers
        returned_sum (int | Unset): Revenue from returning customers
    """

    all_sum: int | Unset = UNSET
    returned_sum: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        all_sum = self.all_sum

        returned_sum = self.returned_sum

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if all_sum is not UNSET:
            field_dict["all_sum"] = all_sum
        if returned_sum is not UNSET:
            field_dict["returned_sum"] = returned_sum

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        all_sum = d.pop("all_sum", UNSET)

        returned_sum = d.pop("returned_sum", UNSET)

        _model = cls(
            all_sum=all_sum,
            returned_sum=returned_sum,
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
