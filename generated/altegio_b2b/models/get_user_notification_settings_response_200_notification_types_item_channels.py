from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetUserNotificationSettingsResponse200NotificationTypesItemChannels")


@_attrs_define
class GetUserNotificationSettingsResponse200NotificationTypesItemChannels:
    """Channels through which notifications will be sent

    Attributes:
        push (int | Unset): PUSH notifications
        sms (int | Unset): SMS notifications
        email (int | Unset): Email Notifications
    """

    push: int | Unset = UNSET
    sms: int | Unset = UNSET
    email: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        push = self.push

        sms = self.sms

        email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if push is not UNSET:
            field_dict["push"] = push
        if sms is not UNSET:
            field_dict["sms"] = sms
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        push = d.pop("push", UNSET)

        sms = d.pop("sms", UNSET)

        email = d.pop("email", UNSET)

        _model = cls(
            push=push,
            sms=sms,
            email=email,
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
