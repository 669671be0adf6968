from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetLoyaltyProgramClientStatisticsResponse200ClientStatsNew")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "all_count",
        "lost_count",
        "returned_count",
        "returned_percent",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class GetLoyaltyProgramClientStatisticsResponse200ClientStatsNew:
    """New clients

    Attributes:
        all_count (int | Unset): Total
        lost_count (int | Unset): Lost Clients
        returned_count (int | Unset): Returning clients
        returned_percent (float | Unset): Percentage of returning customers
    """

    all_count: int | Unset = UNSET
    lost_count: int | Unset = UNSET
    returned_count: int | Unset = UNSET
    returned_percent: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        all_count = self.all_count
        if type(all_count) is not int and all_count is not UNSET:
            all_count = _fields.write_integer(all_count, "all_count")
        if all_count is not UNSET:
            field_dict["all_count"] = all_count

        lost_count = self.lost_count
        if type(lost_count) is not int and lost_count is not UNSET:
            lost_count = _fields.write_integer(lost_count, "lost_count")
        if lost_count is not UNSET:
            field_dict["lost_count"] = lost_count

        returned_count = self.returned_count
        if type(returned_count) is not int and returned_count is not UNSET:
            returned_count = _fields.write_integer(returned_count, "returned_count")
        if returned_count is not UNSET:
            field_dict["returned_count"] = returned_count

        returned_percent = self.returned_percent
        if returned_percent is not UNSET:
            field_dict["returned_percent"] = _fields.write_number(returned_percent, "returned_percent")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        all_count = _get("all_count", UNSET)
        if type(all_count) is not int and all_count is not UNSET:
            all_count = _fields.read_integer(all_count, "all_count")

        lost_count = _get("lost_count", UNSET)
        if type(lost_count) is not int and lost_count is not UNSET:
            lost_count = _fields.read_integer(lost_count, "lost_count")

        returned_count = _get("returned_count", UNSET)
        if type(returned_count) is not int and returned_count is not UNSET:
            returned_count = _fields.read_integer(returned_count, "returned_count")

        returned_percent = _get("returned_percent", UNSET)
        if type(returned_percent) is not float and type(returned_percent) is not int and returned_percent is not UNSET:
            returned_percent = _fields.read_number(returned_percent, "returned_percent")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.all_count = all_count
        _model.lost_count = lost_count
        _model.returned_count = returned_count
        _model.returned_percent = returned_percent
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetLoyaltyProgramClientStatisticsResponse200ClientStatsNew:
            _fields.init_added_fields(_model, GetLoyaltyProgramClientStatisticsResponse200ClientStatsNew)
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
