from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import timestamps as _timestamps
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_timeslot_settings_response_200_dates_settings_item_setting import (
        GetTimeslotSettingsResponse200DatesSettingsItemSetting,
    )


T = TypeVar("T", bound="GetTimeslotSettingsResponse200DatesSettingsItem")


@_attrs_define
class GetTimeslotSettingsResponse200DatesSettingsItem:
    """
    Attributes:
        date (datetime.date | Unset): Date for override (YYYY-MM-DD) Example: 2026-12-25.
        timeslots (list[int] | Unset): Available timeslots for this date (empty = unavailable) Example: [].
        setting (GetTimeslotSettingsResponse200DatesSettingsItemSetting | Unset): Grid generation rules
    """

    date: datetime.date | Unset = UNSET
    timeslots: list[int] | Unset = UNSET
    setting: GetTimeslotSettingsResponse200DatesSettingsItemSetting | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        timeslots: list[int] | Unset = UNSET
        if not isinstance(self.timeslots, Unset):
            timeslots = self.timeslots

        setting: dict[str, Any] | Unset = UNSET
        if not isinstance(self.setting, Unset):
            setting = self.setting.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date
        if timeslots is not UNSET:
            field_dict["timeslots"] = timeslots
        if setting is not UNSET:
            field_dict["setting"] = setting

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_timeslot_settings_response_200_dates_settings_item_setting import (
            GetTimeslotSettingsResponse200DatesSettingsItemSetting,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _date = d.pop("date", UNSET)
        date: datetime.date | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = _timestamps.parse_date(_date)

        timeslots = cast(list[int], d.pop("timeslots", UNSET))

        _setting = d.pop("setting", UNSET)
        setting: GetTimeslotSettingsResponse200DatesSettingsItemSetting | Unset
        if isinstance(_setting, Unset):
            setting = UNSET
        else:
            setting = GetTimeslotSettingsResponse200DatesSettingsItemSetting.from_dict(_setting)

        _model = cls(
            date=date,
            timeslots=timeslots,
            setting=setting,
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
