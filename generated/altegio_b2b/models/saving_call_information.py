from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import timestamps as _timestamps
from ..types import UNSET, Unset

T = TypeVar("T", bound="SavingCallInformation")


@_attrs_define
class SavingCallInformation:
    """Save Call Information

    Example:
        {'command': 'history', 'type': 'incoming', 'crm_token': '7cf262d6-1656-43f9-86ac-2826bdc125d2', 'phone':
            '+13155550175', 'user': 'external_user_id', 'diversion': '+13155550176', 'duration': 90, 'link':
            'https://external.call.storage/call_record.mp3', 'call_id': 'external_call_id', 'status': 'success', 'date':
            '2026-09-01T14:40:28-05:00'}

    Attributes:
        command (str): Operation type: 'history'
        type_ (str): Operation type ("incoming", "outgoing", "internal")
        crm_token (str): CRM-token from the VoIP Integration in the client's chain section
        phone (str): Caller number
        diversion (str): The number through which the call came
        user (str | Unset): SIP subscriber ID
        duration (float | Unset): Call duration (in seconds)
        link (str | Unset): Call recording link
        call_id (str | Unset): Call ID in voip system
        status (str | Unset): Call status 'success'|'missed'
        date (datetime.datetime | Unset): Date and time of the call (ISO8601)
    """

    command: str
    type_: str
    crm_token: str
    phone: str
    diversion: str
    user: str | Unset = UNSET
    duration: float | Unset = UNSET
    link: str | Unset = UNSET
    call_id: str | Unset = UNSET
    status: str | Unset = UNSET
    date: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        command = self.command

        type_ = self.type_

        crm_token = self.crm_token

        phone = self.phone

        diversion = self.diversion

        user = self.user

        duration = self.duration

        link = self.link

        call_id = self.call_id

        status = self.status

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

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
        if duration is not UNSET:
            field_dict["duration"] = duration
        if link is not UNSET:
            field_dict["link"] = link
        if call_id is not UNSET:
            field_dict["call_id"] = call_id
        if status is not UNSET:
            field_dict["status"] = status
        if date is not UNSET:
            field_dict["date"] = date

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

        duration = d.pop("duration", UNSET)

        link = d.pop("link", UNSET)

        call_id = d.pop("call_id", UNSET)

        status = d.pop("status", UNSET)

        _date = d.pop("date", UNSET)
        date: datetime.datetime | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = _timestamps.parse_datetime(_date)

        _model = cls(
            command=command,
            type_=type_,
            crm_token=crm_token,
            phone=phone,
            diversion=diversion,
            user=user,
            duration=duration,
            link=link,
            call_id=call_id,
            status=status,
            date=date,
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
