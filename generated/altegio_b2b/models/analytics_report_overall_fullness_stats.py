from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AnalyticsReportOverallFullnessStats")


@_attrs_define
class AnalyticsReportOverallFullnessStats:
    """Summary indicators of the occupancy of the working hours of the location's team members

    Example:
        {'current_percent': 12.1, 'previous_percent': 10.2, 'change_percent': 18}

    Attributes:
        current_percent (float | Unset): Percentage of occupancy in the current period
        previous_percent (float | Unset): Percentage of occupancy in the previous period
        change_percent (int | Unset): The percentage change in the current value of the indicator relative to the past.
            Null if the previous value is 0 and the current value is not 0.
    """

    current_percent: float | Unset = UNSET
    previous_percent: float | Unset = UNSET
    change_percent: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        current_percent = self.current_percent

        previous_percent = self.previous_percent

        change_percent = self.change_percent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if current_percent is not UNSET:
            field_dict["current_percent"] = current_percent
        if previous_percent is not UNSET:
            field_dict["previous_percent"] = previous_percent
        if change_percent is not UNSET:
            field_dict["change_percent"] = change_percent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        current_percent = d.pop("current_percent", UNSET)

        previous_percent = d.pop("previous_percent", UNSET)

        change_percent = d.pop("change_percent", UNSET)

        _model = cls(
            current_percent=current_percent,
            previous_percent=previous_percent,
            change_percent=change_percent,
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
