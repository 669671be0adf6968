from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_location_notification_settings_response_200_item_channels import (
        GetLocationNotificationSettingsResponse200ItemChannels,
    )


T = TypeVar("T", bound="GetLocationNotificationSettingsResponse200Item")


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
        type_ = self.type_

        channels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.channels, Unset):
            channels = self.channels.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if channels is not UNSET:
            field_dict["channels"] = channels

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_location_notification_settings_response_200_item_channels import (
            GetLocationNotificationSettingsResponse200ItemChannels,  # noqa: PLC0415
        )

        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        _channels = d.pop("channels", UNSET)
        channels: GetLocationNotificationSettingsResponse200ItemChannels | Unset
        if isinstance(_channels, Unset):
            channels = UNSET
        else:
            channels = GetLocationNotificationSettingsResponse200ItemChannels.from_dict(_channels)

        _model = cls(
            type_=type_,
            channels=channels,
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
