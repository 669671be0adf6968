from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateUserNotificationSettingsResponse200NotificationTypesItemChannels")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "push",
        "sms",
        "email",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class UpdateUserNotificationSettingsResponse200NotificationTypesItemChannels:
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
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        push = self.push
        if type(push) is not int and push is not UNSET:
            push = _fields.write_integer(push, "push")
        if push is not UNSET:
            field_dict["push"] = push

        sms = self.sms
        if type(sms) is not int and sms is not UNSET:
            sms = _fields.write_integer(sms, "sms")
        if sms is not UNSET:
            field_dict["sms"] = sms

        email = self.email
        if type(email) is not int and email is not UNSET:
            email = _fields.write_integer(email, "email")
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        push = _get("push", UNSET)
        if type(push) is not int and push is not UNSET:
            push = _fields.read_integer(push, "push")

        sms = _get("sms", UNSET)
        if type(sms) is not int and sms is not UNSET:
            sms = _fields.read_integer(sms, "sms")

        email = _get("email", UNSET)
        if type(email) is not int and email is not UNSET:
            email = _fields.read_integer(email, "email")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.push = push
        _model.sms = sms
        _model.email = email
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not UpdateUserNotificationSettingsResponse200NotificationTypesItemChannels:
            _fields.init_added_fields(_model, UpdateUserNotificationSettingsResponse200NotificationTypesItemChannels)
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
