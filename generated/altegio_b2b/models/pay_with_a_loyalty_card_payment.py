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
    from ..models.pay_with_a_loyalty_card_payment_method import PayWithALoyaltyCardPaymentMethod


T = TypeVar("T", bound="PayWithALoyaltyCardPayment")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "method",
        "amount",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class PayWithALoyaltyCardPayment:
    """Object containing the payment method

    Attributes:
        method (PayWithALoyaltyCardPaymentMethod | Unset): Payment method
        amount (float | Unset): Payment amount
    """

    method: PayWithALoyaltyCardPaymentMethod | Unset = UNSET
    amount: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        method = self.method
        if method is not UNSET:
            field_dict["method"] = _fields.write_model(method, _models.PayWithALoyaltyCardPaymentMethod, "method")

        amount = self.amount
        if amount is not UNSET:
            field_dict["amount"] = _fields.write_number(amount, "amount")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        method = _get("method", UNSET)
        if method is not UNSET:
            try:
                method = _models.PayWithALoyaltyCardPaymentMethod.from_dict(method)
            except _FieldError as _error:
                raise _error.within("method")

        amount = _get("amount", UNSET)
        if type(amount) is not float and type(amount) is not int and amount is not UNSET:
            amount = _fields.read_number(amount, "amount")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.method = method
        _model.amount = amount
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not PayWithALoyaltyCardPayment:
            _fields.init_added_fields(_model, PayWithALoyaltyCardPayment)
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
