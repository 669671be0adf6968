from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreatePaymentWithLoyaltyMethodsBodyType0PaymentMethod")


@_attrs_define
class CreatePaymentWithLoyaltyMethodsBodyType0PaymentMethod:
    """Payment method

    Attributes:
        account_id (int | Unset): Checkout ID
        slug (str | Unset): Payment method type
    """

    account_id: int | Unset = UNSET
    slug: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        slug = self.slug

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if slug is not UNSET:
            field_dict["slug"] = slug

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_id = d.pop("account_id", UNSET)

        slug = d.pop("slug", UNSET)

        create_payment_with_loyalty_methods_body_type_0_payment_method = cls(
            account_id=account_id,
            slug=slug,
        )

        create_payment_with_loyalty_methods_body_type_0_payment_method.additional_properties = d
        return create_payment_with_loyalty_methods_body_type_0_payment_method

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
