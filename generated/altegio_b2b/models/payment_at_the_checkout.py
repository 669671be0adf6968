from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_at_the_checkout_payment import PaymentAtTheCheckoutPayment


T = TypeVar("T", bound="PaymentAtTheCheckout")


@_attrs_define
class PaymentAtTheCheckout:
    """Payment at the checkout

    Example:
        {'payment': {'method': {'slug': 'account', 'account_id': 90218}, 'amount': 123}}

    Attributes:
        payment (PaymentAtTheCheckoutPayment | Unset): Object containing the payment method
    """

    payment: PaymentAtTheCheckoutPayment | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment, Unset):
            payment = self.payment.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payment is not UNSET:
            field_dict["payment"] = payment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.payment_at_the_checkout_payment import PaymentAtTheCheckoutPayment  # noqa: PLC0415

        d = dict(src_dict)
        _payment = d.pop("payment", UNSET)
        payment: PaymentAtTheCheckoutPayment | Unset
        if isinstance(_payment, Unset):
            payment = UNSET
        else:
            payment = PaymentAtTheCheckoutPayment.from_dict(_payment)

        _model = cls(
            payment=payment,
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
