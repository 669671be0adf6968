from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_timeslot_settings_response_200_weekdays_settings_item_setting_grid_base_type import (
    GetTimeslotSettingsResponse200WeekdaysSettingsItemSettingGridBaseType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetTimeslotSettingsResponse200WeekdaysSettingsItemSetting")


@_attrs_define
class GetTimeslotSettingsResponse200WeekdaysSettingsItemSetting:
    """Grid generation rules

    Attributes:
        grid_first_timeslot (int | Unset): Earliest available slot time in seconds from midnight Example: 0.
        grid_last_timeslot (int | Unset): Latest available slot time in seconds from midnight Example: 85800.
        grid_display_step (int | Unset): Interval between displayed slots in seconds Example: 7200.
        grid_nearest_timeslot_delay (int | Unset): Minimum delay before nearest available slot in seconds Example: 1800.
        grid_base_type (GetTimeslotSettingsResponse200WeekdaysSettingsItemSettingGridBaseType | Unset): Grid type:
            predefined, schedule, or timeslots Example: predefined.
        is_grid_flexible (bool | Unset): Whether to add a flexible slot option Example: False.
    """

    grid_first_timeslot: int | Unset = UNSET
    grid_last_timeslot: int | Unset = UNSET
    grid_display_step: int | Unset = UNSET
    grid_nearest_timeslot_delay: int | Unset = UNSET
    grid_base_type: GetTimeslotSettingsResponse200WeekdaysSettingsItemSettingGridBaseType | Unset = UNSET
    is_grid_flexible: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        grid_first_timeslot = self.grid_first_timeslot

        grid_last_timeslot = self.grid_last_timeslot

        grid_display_step = self.grid_display_step

        grid_nearest_timeslot_delay = self.grid_nearest_timeslot_delay

        grid_base_type: str | Unset = UNSET
        if not isinstance(self.grid_base_type, Unset):
            grid_base_type = self.grid_base_type.value

        is_grid_flexible = self.is_grid_flexible

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if grid_first_timeslot is not UNSET:
            field_dict["grid_first_timeslot"] = grid_first_timeslot
        if grid_last_timeslot is not UNSET:
            field_dict["grid_last_timeslot"] = grid_last_timeslot
        if grid_display_step is not UNSET:
            field_dict["grid_display_step"] = grid_display_step
        if grid_nearest_timeslot_delay is not UNSET:
            field_dict["grid_nearest_timeslot_delay"] = grid_nearest_timeslot_delay
        if grid_base_type is not UNSET:
            field_dict["grid_base_type"] = grid_base_type
        if is_grid_flexible is not UNSET:
            field_dict["is_grid_flexible"] = is_grid_flexible

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        grid_first_timeslot = d.pop("grid_first_timeslot", UNSET)

        grid_last_timeslot = d.pop("grid_last_timeslot", UNSET)

        grid_display_step = d.pop("grid_display_step", UNSET)

        grid_nearest_timeslot_delay = d.pop("grid_nearest_timeslot_delay", UNSET)

        _grid_base_type = d.pop("grid_base_type", UNSET)
        grid_base_type: GetTimeslotSettingsResponse200WeekdaysSettingsItemSettingGridBaseType | Unset
        if isinstance(_grid_base_type, Unset):
            grid_base_type = UNSET
        else:
            grid_base_type = GetTimeslotSettingsResponse200WeekdaysSettingsItemSettingGridBaseType(_grid_base_type)

        is_grid_flexible = d.pop("is_grid_flexible", UNSET)

        _model = cls(
            grid_first_timeslot=grid_first_timeslot,
            grid_last_timeslot=grid_last_timeslot,
            grid_display_step=grid_display_step,
            grid_nearest_timeslot_delay=grid_nearest_timeslot_delay,
            grid_base_type=grid_base_type,
            is_grid_flexible=is_grid_flexible,
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
