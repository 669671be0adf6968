from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._runtime import fields as _fields
from .._runtime.errors import FieldError as _FieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_location_notification_settings_response_200_item_channels import (
        GetLocationNotificationSettingsResponse200ItemChannels,
    )


T = TypeVar("T", bound="GetLocationNotificationSettingsResponse200Item")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "type",
        "channels",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class GetLocationNotificationSettingsResponse200Item:
    """
    Attributes:
        type_ (str | Unset): Notification type
        channels (GetLocationNotificationSettingsResponse200ItemChannels | Unset): Channels through which notifications
            will be sent
    """

    type_: str | Unset = UNSET
    channels: GetLocationNotificationSettingsResponse200ItemChannels | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        type_ = self.type_
        if type(type_) is not str and type_ is not UNSET:
            type_ = _fields.write_string(type_, "type_")
        if type_ is not UNSET:
            field_dict["type"] = type_

        channels = self.channels
        if channels is not UNSET:
            field_dict["channels"] = _fields.write_model(
                channels, _models.GetLocationNotificationSettingsResponse200ItemChannels, "channels"
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        type_ = _get("type", UNSET)
        if type(type_) is not str and type_ is not UNSET:
            type_ = _fields.read_string(type_, "type")

        channels = _get("channels", UNSET)
        if channels is not UNSET:
            try:
                channels = _models.GetLocationNotificationSettingsResponse200ItemChannels.from_dict(channels)
            except _FieldError as _error:
                raise _error.within("channels")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.type_ = type_
        _model.channels = channels
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetLocationNotificationSettingsResponse200Item:
            _fields.init_added_fields(_model, GetLocationNotificationSettingsResponse200Item)
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
