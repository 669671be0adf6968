from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_online_booking_body_appointments_item import CreateOnlineBookingBodyAppointmentsItem


T = TypeVar("T", bound="CreateOnlineBookingBody")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "phone",
        "fullname",
        "email",
        "code",
        "comment",
        "type",
        "notify_by_sms",
        "notify_by_email",
        "api_id",
        "appointments",
    }
)
_EXTRA = _fields.ANY
_KIND_appointments = _fields.ListOf(_fields.Model("CreateOnlineBookingBodyAppointmentsItem"))


@_attrs_define
class CreateOnlineBookingBody:
    """Create a session appointment

    Example:
        {'phone': '+13155550175', 'fullname': 'James Smith', 'email': 'j.smith@example.com', 'code': 38829, 'comment':
            'test appointment!', 'type': 'mobile', 'notify_by_sms': 6, 'notify_by_email': 24, 'api_id': 777, 'appointments':
            [{'id': 1, 'services': [331], 'staff_id': 6544, 'datetime': '2026-09-21T23:00:00.000-05:00', 'custom_fields':
            {'my_custom_field': 123, 'some_another_field': ['first value', 'next value']}}, {'id': 2, 'services': [99055],
            'staff_id': 6544, 'datetime': '2026-09-21T23:00:00.000-05:00', 'custom_fields': {'my_custom_field': 456,
            'some_another_field': ['next value', 'last value']}}]}

    Attributes:
        phone (str): Customer phone
        fullname (str): Client name
        email (str | Unset): Postal address of the client
        code (float | Unset): SMS confirmation code for verifying the phone number. This field is required if the
            location has phone_confirmation = true
        comment (str | Unset): Commentary on the post
        type_ (str | Unset): Appointment source
        notify_by_sms (float | Unset): Specifies how many hours before the visit an SMS reminder should be sent to the
            client. Set to 0 if no reminder is needed.
        notify_by_email (float | Unset): Specifies how many hours before the visit an email reminder should be sent to
            the client. Set to 0 if no reminder is needed.
        api_id (int | Unset): Appointment ID from external system
        appointments (list[CreateOnlineBookingBodyAppointmentsItem] | Unset): Appointment options (session, services,
            team member)
    """

    phone: str
    fullname: str
    email: str | Unset = UNSET
    code: float | Unset = UNSET
    comment: str | Unset = UNSET
    type_: str | Unset = UNSET
    notify_by_sms: float | Unset = UNSET
    notify_by_email: float | Unset = UNSET
    api_id: int | Unset = UNSET
    appointments: list[CreateOnlineBookingBodyAppointmentsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        phone = self.phone
        if type(phone) is not str:
            phone = _fields.write_string(phone, "phone")
        field_dict["phone"] = phone

        fullname = self.fullname
        if type(fullname) is not str:
            fullname = _fields.write_string(fullname, "fullname")
        field_dict["fullname"] = fullname

        email = self.email
        if type(email) is not str and email is not UNSET:
            email = _fields.write_string(email, "email")
        if email is not UNSET:
            field_dict["email"] = email

        code = self.code
        if code is not UNSET:
            field_dict["code"] = _fields.write_number(code, "code")

        comment = self.comment
        if type(comment) is not str and comment is not UNSET:
            comment = _fields.write_string(comment, "comment")
        if comment is not UNSET:
            field_dict["comment"] = comment

        type_ = self.type_
        if type(type_) is not str and type_ is not UNSET:
            type_ = _fields.write_string(type_, "type_")
        if type_ is not UNSET:
            field_dict["type"] = type_

        notify_by_sms = self.notify_by_sms
        if notify_by_sms is not UNSET:
            field_dict["notify_by_sms"] = _fields.write_number(notify_by_sms, "notify_by_sms")

        notify_by_email = self.notify_by_email
        if notify_by_email is not UNSET:
            field_dict["notify_by_email"] = _fields.write_number(notify_by_email, "notify_by_email")

        api_id = self.api_id
        if type(api_id) is not int and api_id is not UNSET:
            api_id = _fields.write_integer(api_id, "api_id")
        if api_id is not UNSET:
            field_dict["api_id"] = api_id

        appointments = self.appointments
        if appointments is not UNSET:
            field_dict["appointments"] = _KIND_appointments.write_field(appointments, "appointments")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        phone = _get("phone", UNSET)
        if type(phone) is not str:
            phone = _fields.read_string(phone, "phone")

        fullname = _get("fullname", UNSET)
        if type(fullname) is not str:
            fullname = _fields.read_string(fullname, "fullname")

        email = _get("email", UNSET)
        if type(email) is not str and email is not UNSET:
            email = _fields.read_string(email, "email")

        code = _get("code", UNSET)
        if type(code) is not float and type(code) is not int and code is not UNSET:
            code = _fields.read_number(code, "code")

        comment = _get("comment", UNSET)
        if type(comment) is not str and comment is not UNSET:
            comment = _fields.read_string(comment, "comment")

        type_ = _get("type", UNSET)
        if type(type_) is not str and type_ is not UNSET:
            type_ = _fields.read_string(type_, "type")

        notify_by_sms = _get("notify_by_sms", UNSET)
        if type(notify_by_sms) is not float and type(notify_by_sms) is not int and notify_by_sms is not UNSET:
            notify_by_sms = _fields.read_number(notify_by_sms, "notify_by_sms")

        notify_by_email = _get("notify_by_email", UNSET)
        if type(notify_by_email) is not float and type(notify_by_email) is not int and notify_by_email is not UNSET:
            notify_by_email = _fields.read_number(notify_by_email, "notify_by_email")

        api_id = _get("api_id", UNSET)
        if type(api_id) is not int and api_id is not UNSET:
            api_id = _fields.read_integer(api_id, "api_id")

        appointments = _get("appointments", UNSET)
        if appointments is not UNSET:
            appointments = _KIND_appointments.read_field(appointments, "appointments")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.phone = phone
        _model.fullname = fullname
        _model.email = email
        _model.code = code
        _model.comment = comment
        _model.type_ = type_
        _model.notify_by_sms = notify_by_sms
        _model.notify_by_email = notify_by_email
        _model.api_id = api_id
        _model.appointments = appointments
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not CreateOnlineBookingBody:
            _fields.init_added_fields(_model, CreateOnlineBookingBody)
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
