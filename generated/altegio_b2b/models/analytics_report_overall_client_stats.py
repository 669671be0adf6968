from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="AnalyticsReportOverallClientStats")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "total_count",
        "new_count",
        "new_percent",
        "return_count",
        "return_percent",
        "active_count",
        "lost_count",
        "lost_percent",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class AnalyticsReportOverallClientStats:
    """Summary indicators by number of clients

    Example:
        {'total_count': 1000, 'new_count': 50, 'new_percent': 10, 'return_count': 450, 'return_percent': 90,
            'active_count': 500, 'lost_count': 20, 'lost_percent': 2}

    Attributes:
        total_count (int | Unset): Total number of clients
        new_count (int | Unset): Number of new clients in the analyzed period
        new_percent (int | Unset): Percentage of new customers relative to the number of active customers
        return_count (int | Unset): The number of customers who returned in the analyzed period
        return_percent (int | Unset): Percentage of returning customers relative to the number of active customers
        active_count (int | Unset): Number of active clients in the analyzed period
        lost_count (int | Unset): The number of lost customers in the analyzed period
        lost_percent (int | Unset): The percentage of lost customers relative to the total number of customers
    """

    total_count: int | Unset = UNSET
    new_count: int | Unset = UNSET
    new_percent: int | Unset = UNSET
    return_count: int | Unset = UNSET
    return_percent: int | Unset = UNSET
    active_count: int | Unset = UNSET
    lost_count: int | Unset = UNSET
    lost_percent: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        total_count = self.total_count
        if type(total_count) is not int and total_count is not UNSET:
            total_count = _fields.write_integer(total_count, "total_count")
        if total_count is not UNSET:
            field_dict["total_count"] = total_count

        new_count = self.new_count
        if type(new_count) is not int and new_count is not UNSET:
            new_count = _fields.write_integer(new_count, "new_count")
        if new_count is not UNSET:
            field_dict["new_count"] = new_count

        new_percent = self.new_percent
        if type(new_percent) is not int and new_percent is not UNSET:
            new_percent = _fields.write_integer(new_percent, "new_percent")
        if new_percent is not UNSET:
            field_dict["new_percent"] = new_percent

        return_count = self.return_count
        if type(return_count) is not int and return_count is not UNSET:
            return_count = _fields.write_integer(return_count, "return_count")
        if return_count is not UNSET:
            field_dict["return_count"] = return_count

        return_percent = self.return_percent
        if type(return_percent) is not int and return_percent is not UNSET:
            return_percent = _fields.write_integer(return_percent, "return_percent")
        if return_percent is not UNSET:
            field_dict["return_percent"] = return_percent

        active_count = self.active_count
        if type(active_count) is not int and active_count is not UNSET:
            active_count = _fields.write_integer(active_count, "active_count")
        if active_count is not UNSET:
            field_dict["active_count"] = active_count

        lost_count = self.lost_count
        if type(lost_count) is not int and lost_count is not UNSET:
            lost_count = _fields.write_integer(lost_count, "lost_count")
        if lost_count is not UNSET:
            field_dict["lost_count"] = lost_count

        lost_percent = self.lost_percent
        if type(lost_percent) is not int and lost_percent is not UNSET:
            lost_percent = _fields.write_integer(lost_percent, "lost_percent")
        if lost_percent is not UNSET:
            field_dict["lost_percent"] = lost_percent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        total_count = _get("total_count", UNSET)
        if type(total_count) is not int and total_count is not UNSET:
            total_count = _fields.read_integer(total_count, "total_count")

        new_count = _get("new_count", UNSET)
        if type(new_count) is not int and new_count is not UNSET:
            new_count = _fields.read_integer(new_count, "new_count")

        new_percent = _get("new_percent", UNSET)
        if type(new_percent) is not int and new_percent is not UNSET:
            new_percent = _fields.read_integer(new_percent, "new_percent")

        return_count = _get("return_count", UNSET)
        if type(return_count) is not int and return_count is not UNSET:
            return_count = _fields.read_integer(return_count, "return_count")

        return_percent = _get("return_percent", UNSET)
        if type(return_percent) is not int and return_percent is not UNSET:
            return_percent = _fields.read_integer(return_percent, "return_percent")

        active_count = _get("active_count", UNSET)
        if type(active_count) is not int and active_count is not UNSET:
            active_count = _fields.read_integer(active_count, "active_count")

        lost_count = _get("lost_count", UNSET)
        if type(lost_count) is not int and lost_count is not UNSET:
            lost_count = _fields.read_integer(lost_count, "lost_count")

        lost_percent = _get("lost_percent", UNSET)
        if type(lost_percent) is not int and lost_percent is not UNSET:
            lost_percent = _fields.read_integer(lost_percent, "lost_percent")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.total_count = total_count
        _model.new_count = new_count
        _model.new_percent = new_percent
        _model.return_count = return_count
        _model.return_percent = return_percent
        _model.active_count = active_count
        _model.lost_count = lost_count
        _model.lost_percent = lost_percent
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not AnalyticsReportOverallClientStats:
            _fields.init_added_fields(_model, AnalyticsReportOverallClientStats)
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
