from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_timeslot_settings_response_200_dates_settings_item import (
        GetTimeslotSettingsResponse200DatesSettingsItem,
    )
    from ..models.get_timeslot_settings_response_200_weekdays_settings_item import (
        GetTimeslotSettingsResponse200WeekdaysSettingsItem,
    )


T = TypeVar("T", bound="GetTimeslotSettingsResponse200")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "is_enabled",
        "weekdays_settings",
        "dates_settings",
    }
)
_EXTRA = _fields.ANY
_KIND_weekdays_settings = _fields.ListOf(_fields.Model("GetTimeslotSettingsResponse200WeekdaysSettingsItem"))
_KIND_dates_settings = _fields.ListOf(_fields.Model("GetTimeslotSettingsResponse200DatesSettingsItem"))


@_attrs_define
class GetTimeslotSettingsResponse200:
    """Timeslot settings object

    Attributes:
        is_enabled (bool | Unset): Whether custom timeslots are enabled Example: True.
        weekdays_settings (list[GetTimeslotSettingsResponse200WeekdaysSettingsItem] | Unset): Settings for each day of
            the week
        dates_settings (list[GetTimeslotSettingsResponse200DatesSettingsItem] | Unset): Per-date overrides (e.g.,
            holidays, special days)
    """

    is_enabled: bool | Unset = UNSET
    weekdays_settings: list[GetTimeslotSettingsResponse200WeekdaysSettingsItem] | Unset = UNSET
    dates_settings: list[GetTimeslotSettingsResponse200DatesSettingsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        is_enabled = self.is_enabled
        if type(is_enabled) is not bool and is_enabled is not UNSET:
            is_enabled = _fields.write_boolean(is_enabled, "is_enabled")
        if is_enabled is not UNSET:
            field_dict["is_enabled"] = is_enabled

        weekdays_settings = self.weekdays_settings
        if weekdays_settings is not UNSET:
            field_dict["weekdays_settings"] = _KIND_weekdays_settings.write_field(
                weekdays_settings, "weekdays_settings"
            )

        dates_settings = self.dates_settings
        if dates_settings is not UNSET:
            field_dict["dates_settings"] = _KIND_dates_settings.write_field(dates_settings, "dates_settings")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        is_enabled = _get("is_enabled", UNSET)
        if type(is_enabled) is not bool and is_enabled is not UNSET:
            is_enabled = _fields.read_boolean(is_enabled, "is_enabled")

        weekdays_settings = _get("weekdays_settings", UNSET)
        if weekdays_settings is not UNSET:
            weekdays_settings = _KIND_weekdays_settings.read_field(weekdays_settings, "weekdays_settings")

        dates_settings = _get("dates_settings", UNSET)
        if dates_settings is not UNSET:
            dates_settings = _KIND_dates_settings.read_field(dates_settings, "dates_settings")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.is_enabled = is_enabled
        _model.weekdays_settings = weekdays_settings
        _model.dates_settings = dates_settings
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetTimeslotSettingsResponse200:
            _fields.init_added_fields(_model, GetTimeslotSettingsResponse200)
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
