from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChainLoyaltyMembershipTypesCreateResponse200AvailabilityItem")


@_attrs_define
class ChainLoyaltyMembershipTypesCreateResponse200AvailabilityItem:
    """
    Attributes:
        intervals (list[Any] | Unset): Time intervals (seconds from midnight)
        week_days (list[Any] | Unset): Days of week: 1 = Monday, 7 = Sunday
    """

    intervals: list[Any] | Unset = UNSET
    week_days: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        intervals: list[Any] | Unset = UNSET
        if not isinstance(self.intervals, Unset):
            intervals = self.intervals

        week_days: list[Any] | Unset = UNSET
        if not isinstance(self.week_days, Unset):
            week_days = self.week_days

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if intervals is not UNSET:
            field_dict["intervals"] = intervals
        if week_days is not UNSET:
            field_dict["week_days"] = week_days

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        intervals = cast(list[Any], d.pop("intervals", UNSET))

        week_days = cast(list[Any], d.pop("week_days", UNSET))

        chain_loyalty_membership_types_create_response_200_availability_item = cls(
            intervals=intervals,
            week_days=week_days,
        )

        chain_loyalty_membership_types_create_response_200_availability_item.additional_properties = d
        return chain_loyalty_membership_types_create_response_200_availability_item

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
