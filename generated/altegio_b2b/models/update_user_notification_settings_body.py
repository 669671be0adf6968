from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_user_notification_settings_body_notification_types_item import (
        UpdateUserNotificationSettingsBodyNotificationTypesItem,
    )


T = TypeVar("T", bound="UpdateUserNotificationSettingsBody")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "notification_types",
    }
)
_EXTRA = _fields.ANY
_KIND_notification_types = _fields.ListOf(_fields.Model("UpdateUserNotificationSettingsBodyNotificationTypesItem"))


@_attrs_define
class UpdateUserNotificationSettingsBody:
    """Change User Push Notification Settings

    Example:
        {'notification_types': [{'type': 'record_create_online_admin', 'channels': {'push': 1}}, {'type':
            'record_create_offline_admin', 'channels': {'push': 1}}, {'type': 'record_delete_admin', 'channels': {'push':
            1}}, {'type': 'record_move_admin', 'channels': {'push': 1}}, {'type': 'license_expire', 'channels': {'push':
            1}}]}

    Attributes:
        notification_types (list[UpdateUserNotificationSettingsBodyNotificationTypesItem] | Unset): Array of objects
    """

    notification_types: list[UpdateUserNotificationSettingsBodyNotificationTypesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
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
        notification_types = _get("notification_types", UNSET)
        if notification_types is not UNSET:
            notification_types = _KIND_notification_types.read_field(notification_types, "notification_types")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.notification_types = notification_types
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not UpdateUserNotificationSettingsBody:
            _fields.init_added_fields(_model, UpdateUserNotificationSettingsBody)
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
