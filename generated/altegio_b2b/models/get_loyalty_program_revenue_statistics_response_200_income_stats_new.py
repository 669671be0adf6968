from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetLoyaltyProgramRevenueStatisticsResponse200IncomeStatsNew")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "all_sum",
        "returned_sum",
    }
)
_EXTRA = _fields.ANY


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
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        all_sum = self.all_sum
        if type(all_sum) is not int and all_sum is not UNSET:
            all_sum = _fields.write_integer(all_sum, "all_sum")
        if all_sum is not UNSET:
            field_dict["all_sum"] = all_sum

        returned_sum = self.returned_sum
        if type(returned_sum) is not int and returned_sum is not UNSET:
            returned_sum = _fields.write_integer(returned_sum, "returned_sum")
        if returned_sum is not UNSET:
            field_dict["returned_sum"] = returned_sum

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        all_sum = _get("all_sum", UNSET)
        if type(all_sum) is not int and all_sum is not UNSET:
            all_sum = _fields.read_integer(all_sum, "all_sum")

        returned_sum = _get("returned_sum", UNSET)
        if type(returned_sum) is not int and returned_sum is not UNSET:
            returned_sum = _fields.read_integer(returned_sum, "returned_sum")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.all_sum = all_sum
        _model.returned_sum = returned_sum
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetLoyaltyProgramRevenueStatisticsResponse200IncomeStatsNew:
            _fields.init_added_fields(_model, GetLoyaltyProgramRevenueStatisticsResponse200IncomeStatsNew)
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
