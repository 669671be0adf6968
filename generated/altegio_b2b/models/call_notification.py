from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CallNotification")


@_attrs_define
class CallNotification:
    """Call Notification

    Example:
        {'command': 'event', 'type': 'incoming', 'crm_token': '7cf262d6-1656-43f9-86ac-2826bdc125d2', 'phone':
            '+13155550175', 'user': 'external_user_id', 'diversion': '+13155550176'}

    Attributes:
        command (str): Operation type: 'event'
        type_ (str): Operation type, in this case "incoming"
        crm_token (str): CRM-token from the VoIP Integration in the client's chain section
        phone (str): Caller number
        diversion (str): The number through which the call came
        user (str | Unset): SIP number
    """

    command: str
    type_: str
    crm_token: str
    phone: str
    diversion: str
    user: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        command = self.command

        type_ = self.type_

        crm_token = self.crm_token

        phone = self.phone

        diversion = self.diversion

        user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "command": command,
                "type": type_,
                "crm_token": crm_token,
                "phone": phone,
                "diversion": diversion,
            }
        )
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        command = d.pop("command")

        type_ = d.pop("type")

        crm_token = d.pop("crm_token")

        phone = d.pop("phone")

        diversion = d.pop("diversion")

        user = d.pop("user", UNSET)

        _model = cls(
            command=command,
            type_=type_,
            crm_token=crm_token,
            phone=phone,
            diversion=diversion,
            user=user,
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
