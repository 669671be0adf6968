from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="SendBookingVerificationCodeBody")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "phone",
        "fulname",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class SendBookingVerificationCodeBody:
    """Send SMS verification code for phone number

    Example:
        {'phone': '+13155550175', 'fulname': 'James Smith'}

    Attributes:
        phone (str | Unset): Customer phone number
        fulname (str | Unset): Client name
    """

    phone: str | Unset = UNSET
    fulname: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        phone = self.phone
        if type(phone) is not str and phone is not UNSET:
            phone = _fields.write_string(phone, "phone")
        if phone is not UNSET:
            field_dict["phone"] = phone

        fulname = self.fulname
        if type(fulname) is not str and fulname is not UNSET:
            fulname = _fields.write_string(fulname, "fulname")
        if fulname is not UNSET:
            field_dict["fulname"] = fulname

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        phone = _get("phone", UNSET)
        if type(phone) is not str and phone is not UNSET:
            phone = _fields.read_string(phone, "phone")

        fulname = _get("fulname", UNSET)
        if type(fulname) is not str and fulname is not UNSET:
            fulname = _fields.read_string(fulname, "fulname")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.phone = phone
        _model.fulname = fulname
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not SendBookingVerificationCodeBody:
            _fields.init_added_fields(_model, SendBookingVerificationCodeBody)
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
