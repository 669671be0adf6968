from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateBookingUserBody")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "name",
        "email",
        "phone",
        "confirmation_code",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class UpdateBookingUserBody:
    """Updating User Data in Online Booking

    Example:
        {'name': 'James Smith', 'email': 'j.smith@example.com', 'phone': '+13155550175', 'confirmation_code': '1234'}

    Attributes:
        name (str | Unset): Name
        email (str | Unset): mail
        phone (str | Unset): Phone number
        confirmation_code (str | Unset): SMS confirmation code (when changing phone number)
    """

    name: str | Unset = UNSET
    email: str | Unset = UNSET
    phone: str | Unset = UNSET
    confirmation_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        name = self.name
        if type(name) is not str and name is not UNSET:
            name = _fields.write_string(name, "name")
        if name is not UNSET:
            field_dict["name"] = name

        email = self.email
        if type(email) is not str and email is not UNSET:
            email = _fields.write_string(email, "email")
        if email is not UNSET:
            field_dict["email"] = email

        phone = self.phone
        if type(phone) is not str and phone is not UNSET:
            phone = _fields.write_string(phone, "phone")
        if phone is not UNSET:
            field_dict["phone"] = phone

        confirmation_code = self.confirmation_code
        if type(confirmation_code) is not str and confirmation_code is not UNSET:
            confirmation_code = _fields.write_string(confirmation_code, "confirmation_code")
        if confirmation_code is not UNSET:
            field_dict["confirmation_code"] = confirmation_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        name = _get("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = _fields.read_string(name, "name")

        email = _get("email", UNSET)
        if type(email) is not str and email is not UNSET:
            email = _fields.read_string(email, "email")

        phone = _get("phone", UNSET)
        if type(phone) is not str and phone is not UNSET:
            phone = _fields.read_string(phone, "phone")

        confirmation_code = _get("confirmation_code", UNSET)
        if type(confirmation_code) is not str and confirmation_code is not UNSET:
            confirmation_code = _fields.read_string(confirmation_code, "confirmation_code")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.name = name
        _model.email = email
        _model.phone = phone
        _model.confirmation_code = confirmation_code
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not UpdateBookingUserBody:
            _fields.init_added_fields(_model, UpdateBookingUserBody)
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
