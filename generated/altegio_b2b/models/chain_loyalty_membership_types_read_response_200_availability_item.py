from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chain_loyalty_membership_types_read_response_200_availability_item_intervals_item import (
        ChainLoyaltyMembershipTypesReadResponse200AvailabilityItemIntervalsItem,
    )


T = TypeVar("T", bound="ChainLoyaltyMembershipTypesReadResponse200AvailabilityItem")


@_attrs_define
class ChainLoyaltyMembershipTypesReadResponse200AvailabilityItem:
    """
    Attributes:
        week_days (list[int] | Unset): Days of week: 1 = Monday, 7 = Sunday Example: [1, 2, 3].
        intervals (list[ChainLoyaltyMembershipTypesReadResponse200AvailabilityItemIntervalsItem] | Unset): Time
            intervals (seconds from midnight)
    """

    week_days: list[int] | Unset = UNSET
    intervals: list[ChainLoyaltyMembershipTypesReadResponse200AvailabilityItemIntervalsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        week_days: list[int] | Unset = UNSET
        if not isinstance(self.week_days, Unset):
            week_days = self.week_days

        intervals: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.intervals, Unset):
            intervals = []
            for intervals_item_data in self.intervals:
                intervals_item = intervals_item_data.to_dict()
                intervals.append(intervals_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if week_days is not UNSET:
            field_dict["week_days"] = week_days
        if intervals is not UNSET:
            field_dict["intervals"] = intervals

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chain_loyalty_membership_types_read_response_200_availability_item_intervals_item import (
            ChainLoyaltyMembershipTypesReadResponse200AvailabilityItemIntervalsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        week_days = cast(list[int], d.pop("week_days", UNSET))

        _intervals = d.pop("intervals", UNSET)
        intervals: list[ChainLoyaltyMembershipTypesReadResponse200AvailabilityItemIntervalsItem] | Unset = UNSET
        if _intervals is not UNSET:
            intervals = []
            for intervals_item_data in _intervals:
                intervals_item = ChainLoyaltyMembershipTypesReadResponse200AvailabilityItemIntervalsItem.from_dict(
                    intervals_item_data
                )

                intervals.append(intervals_item)

        _model = cls(
            week_days=week_days,
            intervals=intervals,
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
