from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_payment_with_loyalty_methods_body_type_1_payment_method import (
        CreatePaymentWithLoyaltyMethodsBodyType1PaymentMethod,
    )


T = TypeVar("T", bound="CreatePaymentWithLoyaltyMethodsBodyType1Payment")


@_attrs_define
class CreatePaymentWithLoyaltyMethodsBodyType1Payment:
    """Object containing the payment method

    Attributes:
        amount (float | Unset): Payment amount
        method (CreatePaymentWithLoyaltyMethodsBodyType1PaymentMethod | Unset): Payment method
    """

    amount: float | Unset = UNSET
    method: CreatePaymentWithLoyaltyMethodsBodyType1PaymentMethod | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        method: dict[str, Any] | Unset = UNSET
        if not isinstance(self.method, Unset):
            method = self.method.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if method is not UNSET:
            field_dict["method"] = method

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_payment_with_loyalty_methods_body_type_1_payment_method import (
            CreatePaymentWithLoyaltyMethodsBodyType1PaymentMethod,  # noqa: PLC0415
        )

        d = dict(src_dict)
        amount = d.pop("amount", UNSET)

        _method = d.pop("method", UNSET)
        method: CreatePaymentWithLoyaltyMethodsBodyType1PaymentMethod | Unset
        if isinstance(_method, Unset):
            method = UNSET
        else:
            method = CreatePaymentWithLoyaltyMethodsBodyType1PaymentMethod.from_dict(_method)

        create_payment_with_loyalty_methods_body_type_1_payment = cls(
            amount=amount,
            method=method,
        )

        create_payment_with_loyalty_methods_body_type_1_payment.additional_properties = d
        return create_payment_with_loyalty_methods_body_type_1_payment

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
