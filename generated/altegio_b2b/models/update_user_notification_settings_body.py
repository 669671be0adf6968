from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_user_notification_settings_body_notification_types_item import (
        UpdateUserNotificationSettingsBodyNotificationTypesItem,
    )


T = TypeVar("T", bound="UpdateUserNotificationSettingsBody")


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
        notification_types: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.notification_types, Unset):
            notification_types = []
            for notification_types_item_data in self.notification_types:
                notification_types_item = notification_types_item_data.to_dict()
                notification_types.append(notification_types_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if notification_types is not UNSET:
            field_dict["notification_types"] = notification_types

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_user_notification_settings_body_notification_types_item import (
            UpdateUserNotificationSettingsBodyNotificationTypesItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _notification_types = d.pop("notification_types", UNSET)
        notification_types: list[UpdateUserNotificationSettingsBodyNotificationTypesItem] | Unset = UNSET
        if _notification_types is not UNSET:
            notification_types = []
            for notification_types_item_data in _notification_types:
                notification_types_item = UpdateUserNotificationSettingsBodyNotificationTypesItem.from_dict(
                    notification_types_item_data
                )

                notification_types.append(notification_types_item)

        _model = cls(
            notification_types=notification_types,
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
