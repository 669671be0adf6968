from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="BookEventBody")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "fullname",
        "phone",
        "email",
        "code",
        "comment",
        "notify_by_sms",
        "notify_by_email",
        "type",
        "api_id",
        "clients_count",
    }
)
_EXTRA = _fields.ANY


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
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        fullname = self.fullname
        if type(fullname) is not str:
            fullname = _fields.write_string(fullname, "fullname")
        field_dict["fullname"] = fullname

        phone = self.phone
        if type(phone) is not str:
            phone = _fields.write_string(phone, "phone")
        field_dict["phone"] = phone

        email = self.email
        if type(email) is not str:
            email = _fields.write_string(email, "email")
        field_dict["email"] = email

        code = self.code
        if code is not UNSET:
            field_dict["code"] = _fields.write_number(code, "code")

        comment = self.comment
        if type(comment) is not str and comment is not UNSET:
            comment = _fields.write_string(comment, "comment")
        if comment is not UNSET:
            field_dict["comment"] = comment

        notify_by_sms = self.notify_by_sms
        if type(notify_by_sms) is not int and notify_by_sms is not UNSET:
            notify_by_sms = _fields.write_integer(notify_by_sms, "notify_by_sms")
        if notify_by_sms is not UNSET:
            field_dict["notify_by_sms"] = notify_by_sms

        notify_by_email = self.notify_by_email
        if type(notify_by_email) is not int and notify_by_email is not UNSET:
            notify_by_email = _fields.write_integer(notify_by_email, "notify_by_email")
        if notify_by_email is not UNSET:
            field_dict["notify_by_email"] = notify_by_email

        type_ = self.type_
        if type(type_) is not str and type_ is not UNSET:
            type_ = _fields.write_string(type_, "type_")
        if type_ is not UNSET:
            field_dict["type"] = type_

        api_id = self.api_id
        if type(api_id) is not int and api_id is not UNSET:
            api_id = _fields.write_integer(api_id, "api_id")
        if api_id is not UNSET:
            field_dict["api_id"] = api_id

        clients_count = self.clients_count
        if clients_count is not UNSET:
            field_dict["clients_count"] = _fields.write_number(clients_count, "clients_count")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        fullname = _get("fullname", UNSET)
        if type(fullname) is not str:
            fullname = _fields.read_string(fullname, "fullname")

        phone = _get("phone", UNSET)
        if type(phone) is not str:
            phone = _fields.read_string(phone, "phone")

        email = _get("email", UNSET)
        if type(email) is not str:
            email = _fields.read_string(email, "email")

        code = _get("code", UNSET)
        if type(code) is not float and type(code) is not int and code is not UNSET:
            code = _fields.read_number(code, "code")

        comment = _get("comment", UNSET)
        if type(comment) is not str and comment is not UNSET:
            comment = _fields.read_string(comment, "comment")

        notify_by_sms = _get("notify_by_sms", UNSET)
        if type(notify_by_sms) is not int and notify_by_sms is not UNSET:
            notify_by_sms = _fields.read_integer(notify_by_sms, "notify_by_sms")

        notify_by_email = _get("notify_by_email", UNSET)
        if type(notify_by_email) is not int and notify_by_email is not UNSET:
            notify_by_email = _fields.read_integer(notify_by_email, "notify_by_email")

        type_ = _get("type", UNSET)
        if type(type_) is not str and type_ is not UNSET:
            type_ = _fields.read_string(type_, "type")

        api_id = _get("api_id", UNSET)
        if type(api_id) is not int and api_id is not UNSET:
            api_id = _fields.read_integer(api_id, "api_id")

        clients_count = _get("clients_count", UNSET)
        if type(clients_count) is not float and type(clients_count) is not int and clients_count is not UNSET:
            clients_count = _fields.read_number(clients_count, "clients_count")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.fullname = fullname
        _model.phone = phone
        _model.email = email
        _model.code = code
        _model.comment = comment
        _model.notify_by_sms = notify_by_sms
        _model.notify_by_email = notify_by_email
        _model.type_ = type_
        _model.api_id = api_id
        _model.clients_count = clients_count
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not BookEventBody:
            _fields.init_added_fields(_model, BookEventBody)
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
