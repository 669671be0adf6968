from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_timeslot_settings_response_200_dates_settings_item import (
        GetTimeslotSettingsResponse200DatesSettingsItem,
    )
    from ..models.get_timeslot_settings_response_200_weekdays_settings_item import (
        GetTimeslotSettingsResponse200WeekdaysSettingsItem,
    )


T = TypeVar("T", bound="GetTimeslotSettingsResponse200")


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
        is_enabled = self.is_enabled

        weekdays_settings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.weekdays_settings, Unset):
            weekdays_settings = []
            for weekdays_settings_item_data in self.weekdays_settings:
                weekdays_settings_item = weekdays_settings_item_data.to_dict()
                weekdays_settings.append(weekdays_settings_item)

        dates_settings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.dates_settings, Unset):
            dates_settings = []
            for dates_settings_item_data in self.dates_settings:
                dates_settings_item = dates_settings_item_data.to_dict()
                dates_settings.append(dates_settings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_enabled is not UNSET:
            field_dict["is_enabled"] = is_enabled
        if weekdays_settings is not UNSET:
            field_dict["weekdays_settings"] = weekdays_settings
        if dates_settings is not UNSET:
            field_dict["dates_settings"] = dates_settings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_timeslot_settings_response_200_dates_settings_item import (
            GetTimeslotSettingsResponse200DatesSettingsItem,  # noqa: PLC0415
        )
        from ..models.get_timeslot_settings_response_200_weekdays_settings_item import (
            GetTimeslotSettingsResponse200WeekdaysSettingsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        is_enabled = d.pop("is_enabled", UNSET)

        _weekdays_settings = d.pop("weekdays_settings", UNSET)
        weekdays_settings: list[GetTimeslotSettingsResponse200WeekdaysSettingsItem] | Unset = UNSET
        if _weekdays_settings is not UNSET:
            weekdays_settings = []
            for weekdays_settings_item_data in _weekdays_settings:
                weekdays_settings_item = GetTimeslotSettingsResponse200WeekdaysSettingsItem.from_dict(
                    weekdays_settings_item_data
                )

                weekdays_settings.append(weekdays_settings_item)

        _dates_settings = d.pop("dates_settings", UNSET)
        dates_settings: list[GetTimeslotSettingsResponse200DatesSettingsItem] | Unset = UNSET
        if _dates_settings is not UNSET:
            dates_settings = []
            for dates_settings_item_data in _dates_settings:
                dates_settings_item = GetTimeslotSettingsResponse200DatesSettingsItem.from_dict(
                    dates_settings_item_data
                )

                dates_settings.append(dates_settings_item)

        _model = cls(
            is_enabled=is_enabled,
            weekdays_settings=weekdays_settings,
            dates_settings=dates_settings,
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
