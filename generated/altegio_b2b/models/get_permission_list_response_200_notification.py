from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetPermissionListResponse200Notification")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "notification",
        "web_push",
        "web_phone_push",
        "notification_sms_ending_license",
        "notification_sms_low_balance",
        "notification_email_ending_license",
    }
)
_EXTRA = _fields.ANY


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
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        notification = self.notification
        if type(notification) is not bool and notification is not UNSET:
            notification = _fields.write_boolean(notification, "notification")
        if notification is not UNSET:
            field_dict["notification"] = notification

        web_push = self.web_push
        if type(web_push) is not bool and web_push is not UNSET:
            web_push = _fields.write_boolean(web_push, "web_push")
        if web_push is not UNSET:
            field_dict["web_push"] = web_push

        web_phone_push = self.web_phone_push
        if type(web_phone_push) is not bool and web_phone_push is not UNSET:
            web_phone_push = _fields.write_boolean(web_phone_push, "web_phone_push")
        if web_phone_push is not UNSET:
            field_dict["web_phone_push"] = web_phone_push

        notification_sms_ending_license = self.notification_sms_ending_license
        if type(notification_sms_ending_license) is not bool and notification_sms_ending_license is not UNSET:
            notification_sms_ending_license = _fields.write_boolean(
                notification_sms_ending_license, "notification_sms_ending_license"
            )
        if notification_sms_ending_license is not UNSET:
            field_dict["notification_sms_ending_license"] = notification_sms_ending_license

        notification_sms_low_balance = self.notification_sms_low_balance
        if type(notification_sms_low_balance) is not bool and notification_sms_low_balance is not UNSET:
            notification_sms_low_balance = _fields.write_boolean(
                notification_sms_low_balance, "notification_sms_low_balance"
            )
        if notification_sms_low_balance is not UNSET:
            field_dict["notification_sms_low_balance"] = notification_sms_low_balance

        notification_email_ending_license = self.notification_email_ending_license
        if type(notification_email_ending_license) is not bool and notification_email_ending_license is not UNSET:
            notification_email_ending_license = _fields.write_boolean(
                notification_email_ending_license, "notification_email_ending_license"
            )
        if notification_email_ending_license is not UNSET:
            field_dict["notification_email_ending_license"] = notification_email_ending_license

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        notification = _get("notification", UNSET)
        if type(notification) is not bool and notification is not UNSET:
            notification = _fields.read_boolean(notification, "notification")

        web_push = _get("web_push", UNSET)
        if type(web_push) is not bool and web_push is not UNSET:
            web_push = _fields.read_boolean(web_push, "web_push")

        web_phone_push = _get("web_phone_push", UNSET)
        if type(web_phone_push) is not bool and web_phone_push is not UNSET:
            web_phone_push = _fields.read_boolean(web_phone_push, "web_phone_push")

        notification_sms_ending_license = _get("notification_sms_ending_license", UNSET)
        if type(notification_sms_ending_license) is not bool and notification_sms_ending_license is not UNSET:
            notification_sms_ending_license = _fields.read_boolean(
                notification_sms_ending_license, "notification_sms_ending_license"
            )

        notification_sms_low_balance = _get("notification_sms_low_balance", UNSET)
        if type(notification_sms_low_balance) is not bool and notification_sms_low_balance is not UNSET:
            notification_sms_low_balance = _fields.read_boolean(
                notification_sms_low_balance, "notification_sms_low_balance"
            )

        notification_email_ending_license = _get("notification_email_ending_license", UNSET)
        if type(notification_email_ending_license) is not bool and notification_email_ending_license is not UNSET:
            notification_email_ending_license = _fields.read_boolean(
                notification_email_ending_license, "notification_email_ending_license"
            )

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.notification = notification
        _model.web_push = web_push
        _model.web_phone_push = web_phone_push
        _model.notification_sms_ending_license = notification_sms_ending_license
        _model.notification_sms_low_balance = notification_sms_low_balance
        _model.notification_email_ending_license = notification_email_ending_license
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetPermissionListResponse200Notification:
            _fields.init_added_fields(_model, GetPermissionListResponse200Notification)
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
