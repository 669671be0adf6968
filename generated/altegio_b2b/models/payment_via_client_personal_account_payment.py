from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_via_client_personal_account_payment_method import PaymentViaClientPersonalAccountPaymentMethod


T = TypeVar("T", bound="PaymentViaClientPersonalAccountPayment")


@_attrs_define
class PaymentViaClientPersonalAccountPayment:
    """Object containing the payment method

    Attributes:
        method (PaymentViaClientPersonalAccountPaymentMethod | Unset): Payment method
        amount (float | Unset): Payment amount
    """

    method: PaymentViaClientPersonalAccountPaymentMethod | Unset = UNSET
    amount: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        method: dict[str, Any] | Unset = UNSET
        if not isinstance(self.method, Unset):
            method = self.method.to_dict()

        amount = self.amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if method is not UNSET:
            field_dict["method"] = method
        if amount is not UNSET:
            field_dict["amount"] = amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.payment_via_client_personal_account_payment_method import (
            PaymentViaClientPersonalAccountPaymentMethod,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _method = d.pop("method", UNSET)
        method: PaymentViaClientPersonalAccountPaymentMethod | Unset
        if isinstance(_method, Unset):
            method = UNSET
        else:
            method = PaymentViaClientPersonalAccountPaymentMethod.from_dict(_method)

        amount = d.pop("amount", UNSET)

        _model = cls(
            method=method,
            amount=amount,
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
