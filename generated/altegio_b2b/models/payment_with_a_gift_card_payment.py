from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._runtime import fields as _fields
from .._runtime.errors import FieldError as _FieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_with_a_gift_card_payment_method import PaymentWithAGiftCardPaymentMethod


T = TypeVar("T", bound="PaymentWithAGiftCardPayment")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "method",
        "amount",
        "number",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class PaymentWithAGiftCardPayment:
    """Object containing the payment method

    Attributes:
        method (PaymentWithAGiftCardPaymentMethod | Unset): Payment method
        amount (float | Unset): Payment amount
        number (str | Unset): Certificate code
    """

    method: PaymentWithAGiftCardPaymentMethod | Unset = UNSET
    amount: float | Unset = UNSET
    number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        method = self.method
        if method is not UNSET:
            field_dict["method"] = _fields.write_model(method, _models.PaymentWithAGiftCardPaymentMethod, "method")

        amount = self.amount
        if amount is not UNSET:
            field_dict["amount"] = _fields.write_number(amount, "amount")

        number = self.number
        if type(number) is not str and number is not UNSET:
            number = _fields.write_string(number, "number")
        if number is not UNSET:
            field_dict["number"] = number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        method = _get("method", UNSET)
        if method is not UNSET:
            try:
                method = _models.PaymentWithAGiftCardPaymentMethod.from_dict(method)
            except _FieldError as _error:
                raise _error.within("method")

        amount = _get("amount", UNSET)
        if type(amount) is not float and type(amount) is not int and amount is not UNSET:
            amount = _fields.read_number(amount, "amount")

        number = _get("number", UNSET)
        if type(number) is not str and number is not UNSET:
            number = _fields.read_string(number, "number")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.method = method
        _model.amount = amount
        _model.number = number
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not PaymentWithAGiftCardPayment:
            _fields.init_added_fields(_model, PaymentWithAGiftCardPayment)
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
