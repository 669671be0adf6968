from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IssueLoyaltyCardBody")


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
        loyalty_card_number = self.loyalty_card_number

        loyalty_card_type_id = self.loyalty_card_type_id

        phone = self.phone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if loyalty_card_number is not UNSET:
            field_dict["loyalty_card_number"] = loyalty_card_number
        if loyalty_card_type_id is not UNSET:
            field_dict["loyalty_card_type_id"] = loyalty_card_type_id
        if phone is not UNSET:
            field_dict["phone"] = phone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        loyalty_card_number = d.pop("loyalty_card_number", UNSET)

        loyalty_card_type_id = d.pop("loyalty_card_type_id", UNSET)

        phone = d.pop("phone", UNSET)

        _model = cls(
            loyalty_card_number=loyalty_card_number,
            loyalty_card_type_id=loyalty_card_type_id,
            phone=phone,
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
