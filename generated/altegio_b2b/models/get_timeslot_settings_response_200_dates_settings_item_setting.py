from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..models.get_timeslot_settings_response_200_dates_settings_item_setting_grid_base_type import (
    GetTimeslotSettingsResponse200DatesSettingsItemSettingGridBaseType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetTimeslotSettingsResponse200DatesSettingsItemSetting")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "grid_first_timeslot",
        "grid_last_timeslot",
        "grid_display_step",
        "grid_nearest_timeslot_delay",
        "grid_base_type",
        "is_grid_flexible",
    }
)
_EXTRA = _fields.ANY
_KIND_grid_base_type = _fields.EnumOf(
    "GetTimeslotSettingsResponse200DatesSettingsItemSettingGridBaseType", _fields.STRING
)


@_attrs_define
class GetTimeslotSettingsResponse200DatesSettingsItemSetting:
    """Grid generation rules

    Attributes:
        grid_first_timeslot (int | Unset):  Example: 0.
        grid_last_timeslot (int | Unset):  Example: 85800.
        grid_display_step (int | Unset):  Example: 7200.
        grid_nearest_timeslot_delay (int | Unset):  Example: 1800.
        grid_base_type (GetTimeslotSettingsResponse200DatesSettingsItemSettingGridBaseType | Unset):  Example:
            predefined.
        is_grid_flexible (bool | Unset):  Example: False.
    """

    grid_first_timeslot: int | Unset = UNSET
    grid_last_timeslot: int | Unset = UNSET
    grid_display_step: int | Unset = UNSET
    grid_nearest_timeslot_delay: int | Unset = UNSET
    grid_base_type: GetTimeslotSettingsResponse200DatesSettingsItemSettingGridBaseType | Unset = UNSET
    is_grid_flexible: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        grid_first_timeslot = self.grid_first_timeslot
        if type(grid_first_timeslot) is not int and grid_first_timeslot is not UNSET:
            grid_first_timeslot = _fields.write_integer(grid_first_timeslot, "grid_first_timeslot")
        if grid_first_timeslot is not UNSET:
            field_dict["grid_first_timeslot"] = grid_first_timeslot

        grid_last_timeslot = self.grid_last_timeslot
        if type(grid_last_timeslot) is not int and grid_last_timeslot is not UNSET:
            grid_last_timeslot = _fields.write_integer(grid_last_timeslot, "grid_last_timeslot")
        if grid_last_timeslot is not UNSET:
            field_dict["grid_last_timeslot"] = grid_last_timeslot

        grid_display_step = self.grid_display_step
        if type(grid_display_step) is not int and grid_display_step is not UNSET:
            grid_display_step = _fields.write_integer(grid_display_step, "grid_display_step")
        if grid_display_step is not UNSET:
            field_dict["grid_display_step"] = grid_display_step

        grid_nearest_timeslot_delay = self.grid_nearest_timeslot_delay
        if type(grid_nearest_timeslot_delay) is not int and grid_nearest_timeslot_delay is not UNSET:
            grid_nearest_timeslot_delay = _fields.write_integer(
                grid_nearest_timeslot_delay, "grid_nearest_timeslot_delay"
            )
        if grid_nearest_timeslot_delay is not UNSET:
            field_dict["grid_nearest_timeslot_delay"] = grid_nearest_timeslot_delay

        grid_base_type = self.grid_base_type
        if grid_base_type is not UNSET:
            field_dict["grid_base_type"] = _KIND_grid_base_type.write_field(grid_base_type, "grid_base_type")

        is_grid_flexible = self.is_grid_flexible
        if type(is_grid_flexible) is not bool and is_grid_flexible is not UNSET:
            is_grid_flexible = _fields.write_boolean(is_grid_flexible, "is_grid_flexible")
        if is_grid_flexible is not UNSET:
            field_dict["is_grid_flexible"] = is_grid_flexible

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        grid_first_timeslot = _get("grid_first_timeslot", UNSET)
        if type(grid_first_timeslot) is not int and grid_first_timeslot is not UNSET:
            grid_first_timeslot = _fields.read_integer(grid_first_timeslot, "grid_first_timeslot")

        grid_last_timeslot = _get("grid_last_timeslot", UNSET)
        if type(grid_last_timeslot) is not int and grid_last_timeslot is not UNSET:
            grid_last_timeslot = _fields.read_integer(grid_last_timeslot, "grid_last_timeslot")

        grid_display_step = _get("grid_display_step", UNSET)
        if type(grid_display_step) is not int and grid_display_step is not UNSET:
            grid_display_step = _fields.read_integer(grid_display_step, "grid_display_step")

        grid_nearest_timeslot_delay = _get("grid_nearest_timeslot_delay", UNSET)
        if type(grid_nearest_timeslot_delay) is not int and grid_nearest_timeslot_delay is not UNSET:
            grid_nearest_timeslot_delay = _fields.read_integer(
                grid_nearest_timeslot_delay, "grid_nearest_timeslot_delay"
            )

        grid_base_type = _get("grid_base_type", UNSET)
        if grid_base_type is not UNSET:
            grid_base_type = _KIND_grid_base_type.read_field(grid_base_type, "grid_base_type")

        is_grid_flexible = _get("is_grid_flexible", UNSET)
        if type(is_grid_flexible) is not bool and is_grid_flexible is not UNSET:
            is_grid_flexible = _fields.read_boolean(is_grid_flexible, "is_grid_flexible")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.grid_first_timeslot = grid_first_timeslot
        _model.grid_last_timeslot = grid_last_timeslot
        _model.grid_display_step = grid_display_step
        _model.grid_nearest_timeslot_delay = grid_nearest_timeslot_delay
        _model.grid_base_type = grid_base_type
        _model.is_grid_flexible = is_grid_flexible
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetTimeslotSettingsResponse200DatesSettingsItemSetting:
            _fields.init_added_fields(_model, GetTimeslotSettingsResponse200DatesSettingsItemSetting)
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
