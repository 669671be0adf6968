from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._runtime import fields as _fields
from .._runtime.errors import FieldError as _FieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_timeslot_settings_response_200_dates_settings_item_setting import (
        GetTimeslotSettingsResponse200DatesSettingsItemSetting,
    )


T = TypeVar("T", bound="GetTimeslotSettingsResponse200DatesSettingsItem")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "date",
        "timeslots",
        "setting",
    }
)
_EXTRA = _fields.ANY
_KIND_timeslots = _fields.ListOf(_fields.INTEGER)


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
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        date = self.date
        if date is not UNSET:
            field_dict["date"] = _fields.write_date(date, "date")

        timeslots = self.timeslots
        if timeslots is not UNSET:
            field_dict["timeslots"] = _KIND_timeslots.write_field(timeslots, "timeslots")

        setting = self.setting
        if setting is not UNSET:
            field_dict["setting"] = _fields.write_model(
                setting, _models.GetTimeslotSettingsResponse200DatesSettingsItemSetting, "setting"
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        date = _get("date", UNSET)
        if date is not UNSET:
            try:
                date = _fields.date_fromisoformat(date)
            except (TypeError, ValueError):
                date = _fields.read_date(date, "date")

        timeslots = _get("timeslots", UNSET)
        if timeslots is not UNSET:
            timeslots = _KIND_timeslots.read_field(timeslots, "timeslots")

        setting = _get("setting", UNSET)
        if setting is not UNSET:
            try:
                setting = _models.GetTimeslotSettingsResponse200DatesSettingsItemSetting.from_dict(setting)
            except _FieldError as _error:
                raise _error.within("setting")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.date = date
        _model.timeslots = timeslots
        _model.setting = setting
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetTimeslotSettingsResponse200DatesSettingsItem:
            _fields.init_added_fields(_model, GetTimeslotSettingsResponse200DatesSettingsItem)
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
