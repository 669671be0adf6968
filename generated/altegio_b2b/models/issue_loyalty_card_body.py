from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="IssueLoyaltyCardBody")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "loyalty_card_number",
        "loyalty_card_type_id",
        "phone",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class IssueLoyaltyCardBody:
    """Issue a Loyalty Card

    Example:
        {'loyalty_card_number': '9090909', 'loyalty_card_type_id': '8230', 'phone': 13155550175}

    Attributes:
        loyalty_card_number (str | Unset): Loyalty card number
        loyalty_card_type_id (str | Unset): Loyalty card type identifier
        phone (float | Unset): Customer phone number (e.g., 13155550175 for +13155550175)
    """

    loyalty_card_number: str | Unset = UNSET
    loyalty_card_type_id: str | Unset = UNSET
    phone: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        loyalty_card_number = self.loyalty_card_number
        if type(loyalty_card_number) is not str and loyalty_card_number is not UNSET:
            loyalty_card_number = _fields.write_string(loyalty_card_number, "loyalty_card_number")
        if loyalty_card_number is not UNSET:
            field_dict["loyalty_card_number"] = loyalty_card_number

        loyalty_card_type_id = self.loyalty_card_type_id
        if type(loyalty_card_type_id) is not str and loyalty_card_type_id is not UNSET:
            loyalty_card_type_id = _fields.write_string(loyalty_card_type_id, "loyalty_card_type_id")
        if loyalty_card_type_id is not UNSET:
            field_dict["loyalty_card_type_id"] = loyalty_card_type_id

        phone = self.phone
        if phone is not UNSET:
            field_dict["phone"] = _fields.write_number(phone, "phone")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        loyalty_card_number = _get("loyalty_card_number", UNSET)
        if type(loyalty_card_number) is not str and loyalty_card_number is not UNSET:
            loyalty_card_number = _fields.read_string(loyalty_card_number, "loyalty_card_number")

        loyalty_card_type_id = _get("loyalty_card_type_id", UNSET)
        if type(loyalty_card_type_id) is not str and loyalty_card_type_id is not UNSET:
            loyalty_card_type_id = _fields.read_string(loyalty_card_type_id, "loyalty_card_type_id")

        phone = _get("phone", UNSET)
        if type(phone) is not float and type(phone) is not int and phone is not UNSET:
            phone = _fields.read_number(phone, "phone")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.loyalty_card_number = loyalty_card_number
        _model.loyalty_card_type_id = loyalty_card_type_id
        _model.phone = phone
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not IssueLoyaltyCardBody:
            _fields.init_added_fields(_model, IssueLoyaltyCardBody)
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
