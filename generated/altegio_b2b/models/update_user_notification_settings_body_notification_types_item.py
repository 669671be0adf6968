from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_user_notification_settings_body_notification_types_item_channels import (
        UpdateUserNotificationSettingsBodyNotificationTypesItemChannels,
    )


T = TypeVar("T", bound="UpdateUserNotificationSettingsBodyNotificationTypesItem")


@_attrs_define
class UpdateUserNotificationSettingsBodyNotificationTypesItem:
    """
    Attributes:
        channels (UpdateUserNotificationSettingsBodyNotificationTypesItemChannels | Unset): The channel on which the
            notification will be sent
        type_ (str | Unset): Notification type
    """

    channels: UpdateUserNotificationSettingsBodyNotificationTypesItemChannels | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.channels, Unset):
            channels = self.channels.to_dict()

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if channels is not UNSET:
            field_dict["channels"] = channels
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_user_notification_settings_body_notification_types_item_channels import (
            UpdateUserNotificationSettingsBodyNotificationTypesItemChannels,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _channels = d.pop("channels", UNSET)
        channels: UpdateUserNotificationSettingsBodyNotificationTypesItemChannels | Unset
        if isinstance(_channels, Unset):
            channels = UNSET
        else:
            channels = UpdateUserNotificationSettingsBodyNotificationTypesItemChannels.from_dict(_channels)

        type_ = d.pop("type", UNSET)

        update_user_notification_settings_body_notification_types_item = cls(
            channels=channels,
            type_=type_,
        )

        update_user_notification_settings_body_notification_types_item.additional_properties = d
        return update_user_notification_settings_body_notification_types_item

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
