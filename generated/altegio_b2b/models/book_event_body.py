from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BookEventBody")


@_attrs_define
class BookEventBody:
    """Book Event request body

    Example:
        {'fullname': 'James Smith', 'phone': '+13155550175', 'email': 'j.smith@example.com', 'code': 0, 'comment': '',
            'notify_by_sms': 0, 'notify_by_email': 0, 'type': 'mobile'}

    Attributes:
        fullname (str): Client name
        phone (str): Customer phone (for example +13155550175)
        email (str): Postal address of the client
        code (float | Unset): SMS confirmation code for verifying the phone number. This field is required if the
            location has phone_confirmation = true
        comment (str | Unset): Appointment Comment
        notify_by_sms (int | Unset): Specifies how many hours in advance an SMS reminder should be sent before the
            appointment. Set to 0 to disable SMS reminders.
        notify_by_email (int | Unset): Specifies how many hours in advance an email reminder should be sent before the
            appointment. Set to 0 to disable email reminders
        type_ (str | Unset): Appointment source
        api_id (int | Unset): Appointment ID from external system
        clients_count (float | Unset): number of seats
    """

    fullname: str
    phone: str
    email: str
    code: float | Unset = UNSET
    comment: str | Unset = UNSET
    notify_by_sms: int | Unset = UNSET
    notify_by_email: int | Unset = UNSET
    type_: str | Unset = UNSET
    api_id: int | Unset = UNSET
    clients_count: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fullname = self.fullname

        phone = self.phone

        email = self.email

        code = self.code

        comment = self.comment

        notify_by_sms = self.notify_by_sms

        notify_by_email = self.notify_by_email

        type_ = self.type_

        api_id = self.api_id

        clients_count = self.clients_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fullname": fullname,
                "phone": phone,
                "email": email,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if comment is not UNSET:
            field_dict["comment"] = comment
        if notify_by_sms is not UNSET:
            field_dict["notify_by_sms"] = notify_by_sms
        if notify_by_email is not UNSET:
            field_dict["notify_by_email"] = notify_by_email
        if type_ is not UNSET:
            field_dict["type"] = type_
        if api_id is not UNSET:
            field_dict["api_id"] = api_id
        if clients_count is not UNSET:
            field_dict["clients_count"] = clients_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        fullname = d.pop("fullname")

        phone = d.pop("phone")

        email = d.pop("email")

        code = d.pop("code", UNSET)

        comment = d.pop("comment", UNSET)

        notify_by_sms = d.pop("notify_by_sms", UNSET)

        notify_by_email = d.pop("notify_by_email", UNSET)

        type_ = d.pop("type", UNSET)

        api_id = d.pop("api_id", UNSET)

        clients_count = d.pop("clients_count", UNSET)

        _model = cls(
            fullname=fullname,
            phone=phone,
            email=email,
            code=code,
            comment=comment,
            notify_by_sms=notify_by_sms,
            notify_by_email=notify_by_email,
            type_=type_,
            api_id=api_id,
            clients_count=clients_count,
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
