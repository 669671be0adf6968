from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetPermissionListResponse200Notification")


@_attrs_define
class GetPermissionListResponse200Notification:
    """Notification settings

    Attributes:
        notification (bool | Unset): true - access to Notifications, false - no access
        web_push (bool | Unset): true - there is access to show Push notifications about posts in the Web version, false
            - no access
        web_phone_push (bool | Unset): true - there is access to show Push notifications about calls in the Web version,
            false - no access
        notification_sms_ending_license (bool | Unset): true - there is access to send SMS notifications about imminent
            license expiration, false - no access
        notification_sms_low_balance (bool | Unset): true - there is access to send SMS notifications about low balance,
            false - no access
        notification_email_ending_license (bool | Unset): true - there is access to send Email notifications about
            imminent license expiration, false - no access
    """

    notification: bool | Unset = UNSET
    web_push: bool | Unset = UNSET
    web_phone_push: bool | Unset = UNSET
    notification_sms_ending_license: bool | Unset = UNSET
    notification_sms_low_balance: bool | Unset = UNSET
    notification_email_ending_license: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        notification = self.notification

        web_push = self.web_push

        web_phone_push = self.web_phone_push

        notification_sms_ending_license = self.notification_sms_ending_license

        notification_sms_low_balance = self.notification_sms_low_balance

        notification_email_ending_license = self.notification_email_ending_license

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if notification is not UNSET:
            field_dict["notification"] = notification
        if web_push is not UNSET:
            field_dict["web_push"] = web_push
        if web_phone_push is not UNSET:
            field_dict["web_phone_push"] = web_phone_push
        if notification_sms_ending_license is not UNSET:
            field_dict["notification_sms_ending_license"] = notification_sms_ending_license
        if notification_sms_low_balance is not UNSET:
            field_dict["notification_sms_low_balance"] = notification_sms_low_balance
        if notification_email_ending_license is not UNSET:
            field_dict["notification_email_ending_license"] = notification_email_ending_license

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        notification = d.pop("notification", UNSET)

        web_push = d.pop("web_push", UNSET)

        web_phone_push = d.pop("web_phone_push", UNSET)

        notification_sms_ending_license = d.pop("notification_sms_ending_license", UNSET)

        notification_sms_low_balance = d.pop("notification_sms_low_balance", UNSET)

        notification_email_ending_license = d.pop("notification_email_ending_license", UNSET)

        _model = cls(
            notification=notification,
            web_push=web_push,
            web_phone_push=web_phone_push,
            notification_sms_ending_license=notification_sms_ending_license,
            notification_sms_low_balance=notification_sms_low_balance,
            notification_email_ending_license=notification_email_ending_license,
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
