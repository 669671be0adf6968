from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_user_notification_settings_response_200_mode import UpdateUserNotificationSettingsResponse200Mode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_user_notification_settings_response_200_notification_types_item import (
        UpdateUserNotificationSettingsResponse200NotificationTypesItem,
    )


T = TypeVar("T", bound="UpdateUserNotificationSettingsResponse200")


@_attrs_define
class UpdateUserNotificationSettingsResponse200:
    """Object with data

    Attributes:
        mode (UpdateUserNotificationSettingsResponse200Mode | Unset): Notification type (for team member/for
            administrator)
        notification_types (list[UpdateUserNotificationSettingsResponse200NotificationTypesItem] | Unset):
    """

    mode: UpdateUserNotificationSettingsResponse200Mode | Unset = UNSET
    notification_types: list[UpdateUserNotificationSettingsResponse200NotificationTypesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value

        notification_types: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.notification_types, Unset):
            notification_types = []
            for notification_types_item_data in self.notification_types:
                notification_types_item = notification_types_item_data.to_dict()
                notification_types.append(notification_types_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mode is not UNSET:
            field_dict["mode"] = mode
        if notification_types is not UNSET:
            field_dict["notification_types"] = notification_types

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_user_notification_settings_response_200_notification_types_item import (
            UpdateUserNotificationSettingsResponse200NotificationTypesItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _mode = d.pop("mode", UNSET)
        mode: UpdateUserNotificationSettingsResponse200Mode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = UpdateUserNotificationSettingsResponse200Mode(_mode)

        _notification_types = d.pop("notification_types", UNSET)
        notification_types: list[UpdateUserNotificationSettingsResponse200NotificationTypesItem] | Unset = UNSET
        if _notification_types is not UNSET:
            notification_types = []
            for notification_types_item_data in _notification_types:
                notification_types_item = UpdateUserNotificationSettingsResponse200NotificationTypesItem.from_dict(
                    notification_types_item_data
                )

                notification_types.append(notification_types_item)

        _model = cls(
            mode=mode,
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
