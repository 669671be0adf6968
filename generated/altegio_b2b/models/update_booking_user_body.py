from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateBookingUserBody")


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
        name = self.name

        email = self.email

        phone = self.phone

        confirmation_code = self.confirmation_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if confirmation_code is not UNSET:
            field_dict["confirmation_code"] = confirmation_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        email = d.pop("email", UNSET)

        phone = d.pop("phone", UNSET)

        confirmation_code = d.pop("confirmation_code", UNSET)

        _model = cls(
            name=name,
            email=email,
            phone=phone,
            confirmation_code=confirmation_code,
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
