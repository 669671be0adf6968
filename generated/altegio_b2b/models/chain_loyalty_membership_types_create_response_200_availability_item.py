from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chain_loyalty_membership_types_create_response_200_availability_item_intervals_item import (
        ChainLoyaltyMembershipTypesCreateResponse200AvailabilityItemIntervalsItem,
    )


T = TypeVar("T", bound="ChainLoyaltyMembershipTypesCreateResponse200AvailabilityItem")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "week_days",
        "intervals",
    }
)
_EXTRA = _fields.ANY
_KIND_week_days = _fields.ListOf(_fields.INTEGER)
_KIND_intervals = _fields.ListOf(
    _fields.Model("ChainLoyaltyMembershipTypesCreateResponse200AvailabilityItemIntervalsItem")
)


@_attrs_define
class ChainLoyaltyMembershipTypesCreateResponse200AvailabilityItem:
    """
    Attributes:
        week_days (list[int] | Unset): Days of week: 1 = Monday, 7 = Sunday Example: [1, 2, 3].
        intervals (list[ChainLoyaltyMembershipTypesCreateResponse200AvailabilityItemIntervalsItem] | Unset): Time
            intervals (seconds from midnight)
    """

    week_days: list[int] | Unset = UNSET
    intervals: list[ChainLoyaltyMembershipTypesCreateResponse200AvailabilityItemIntervalsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        week_days = self.week_days
        if week_days is not UNSET:
            field_dict["week_days"] = _KIND_week_days.write_field(week_days, "week_days")

        intervals = self.intervals
        if intervals is not UNSET:
            field_dict["intervals"] = _KIND_intervals.write_field(intervals, "intervals")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        week_days = _get("week_days", UNSET)
        if week_days is not UNSET:
            week_days = _KIND_week_days.read_field(week_days, "week_days")

        intervals = _get("intervals", UNSET)
        if intervals is not UNSET:
            intervals = _KIND_intervals.read_field(intervals, "intervals")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.week_days = week_days
        _model.intervals = intervals
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not ChainLoyaltyMembershipTypesCreateResponse200AvailabilityItem:
            _fields.init_added_fields(_model, ChainLoyaltyMembershipTypesCreateResponse200AvailabilityItem)
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
