from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..models.get_user_notification_settings_response_200_mode import GetUserNotificationSettingsResponse200Mode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_user_notification_settings_response_200_notification_types_item import (
        GetUserNotificationSettingsResponse200NotificationTypesItem,
    )


T = TypeVar("T", bound="GetUserNotificationSettingsResponse200")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "mode",
        "notification_types",
    }
)
_EXTRA = _fields.ANY
_KIND_mode = _fields.EnumOf("GetUserNotificationSettingsResponse200Mode", _fields.STRING)
_KIND_notification_types = _fields.ListOf(_fields.Model("GetUserNotificationSettingsResponse200NotificationTypesItem"))


@_attrs_define
class GetUserNotificationSettingsResponse200:
    """Object with data

    Attributes:
        mode (GetUserNotificationSettingsResponse200Mode | Unset): Notification type (for team member/for administrator)
        notification_types (list[GetUserNotificationSettingsResponse200NotificationTypesItem] | Unset):
    """

    mode: GetUserNotificationSettingsResponse200Mode | Unset = UNSET
    notification_types: list[GetUserNotificationSettingsResponse200NotificationTypesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        mode = self.mode
        if mode is not UNSET:
            field_dict["mode"] = _KIND_mode.write_field(mode, "mode")

        notification_types = self.notification_types
        if notification_types is not UNSET:
            field_dict["notification_types"] = _KIND_notification_types.write_field(
                notification_types, "notification_types"
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        mode = _get("mode", UNSET)
        if mode is not UNSET:
            mode = _KIND_mode.read_field(mode, "mode")

        notification_types = _get("notification_types", UNSET)
        if notification_types is not UNSET:
            notification_types = _KIND_notification_types.read_field(notification_types, "notification_types")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.mode = mode
        _model.notification_types = notification_types
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetUserNotificationSettingsResponse200:
            _fields.init_added_fields(_model, GetUserNotificationSettingsResponse200)
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
