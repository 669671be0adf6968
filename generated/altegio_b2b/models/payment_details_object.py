from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentDetailsObject")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "money_sum",
        "discount_sum",
        "bonus_sum",
        "certificate_sum",
        "abonement_sum",
        "deposit_sum",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class PaymentDetailsObject:
    """
    Attributes:
        money_sum (str | Unset): Sum paid with money.
        discount_sum (str | Unset): Sum paid with discount.
        bonus_sum (str | Unset): Sum paid with bonus.
        certificate_sum (str | Unset): Sum paid with a gift card.
        abonement_sum (str | Unset): Sum paid with a membership.
        deposit_sum (str | Unset): Sum paid with a customer account.
    """

    money_sum: str | Unset = UNSET
    discount_sum: str | Unset = UNSET
    bonus_sum: str | Unset = UNSET
    certificate_sum: str | Unset = UNSET
    abonement_sum: str | Unset = UNSET
    deposit_sum: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        money_sum = self.money_sum
        if type(money_sum) is not str and money_sum is not UNSET:
            money_sum = _fields.write_string(money_sum, "money_sum")
        if money_sum is not UNSET:
            field_dict["money_sum"] = money_sum

        discount_sum = self.discount_sum
        if type(discount_sum) is not str and discount_sum is not UNSET:
            discount_sum = _fields.write_string(discount_sum, "discount_sum")
        if discount_sum is not UNSET:
            field_dict["discount_sum"] = discount_sum

        bonus_sum = self.bonus_sum
        if type(bonus_sum) is not str and bonus_sum is not UNSET:
            bonus_sum = _fields.write_string(bonus_sum, "bonus_sum")
        if bonus_sum is not UNSET:
            field_dict["bonus_sum"] = bonus_sum

        certificate_sum = self.certificate_sum
        if type(certificate_sum) is not str and certificate_sum is not UNSET:
            certificate_sum = _fields.write_string(certificate_sum, "certificate_sum")
        if certificate_sum is not UNSET:
            field_dict["certificate_sum"] = certificate_sum

        abonement_sum = self.abonement_sum
        if type(abonement_sum) is not str and abonement_sum is not UNSET:
            abonement_sum = _fields.write_string(abonement_sum, "abonement_sum")
        if abonement_sum is not UNSET:
            field_dict["abonement_sum"] = abonement_sum

        deposit_sum = self.deposit_sum
        if type(deposit_sum) is not str and deposit_sum is not UNSET:
            deposit_sum = _fields.write_string(deposit_sum, "deposit_sum")
        if deposit_sum is not UNSET:
            field_dict["deposit_sum"] = deposit_sum

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        money_sum = _get("money_sum", UNSET)
        if type(money_sum) is not str and money_sum is not UNSET:
            money_sum = _fields.read_string(money_sum, "money_sum")

        discount_sum = _get("discount_sum", UNSET)
        if type(discount_sum) is not str and discount_sum is not UNSET:
            discount_sum = _fields.read_string(discount_sum, "discount_sum")

        bonus_sum = _get("bonus_sum", UNSET)
        if type(bonus_sum) is not str and bonus_sum is not UNSET:
            bonus_sum = _fields.read_string(bonus_sum, "bonus_sum")

        certificate_sum = _get("certificate_sum", UNSET)
        if type(certificate_sum) is not str and certificate_sum is not UNSET:
            certificate_sum = _fields.read_string(certificate_sum, "certificate_sum")

        abonement_sum = _get("abonement_sum", UNSET)
        if type(abonement_sum) is not str and abonement_sum is not UNSET:
            abonement_sum = _fields.read_string(abonement_sum, "abonement_sum")

        deposit_sum = _get("deposit_sum", UNSET)
        if type(deposit_sum) is not str and deposit_sum is not UNSET:
            deposit_sum = _fields.read_string(deposit_sum, "deposit_sum")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.money_sum = money_sum
        _model.discount_sum = discount_sum
        _model.bonus_sum = bonus_sum
        _model.certificate_sum = certificate_sum
        _model.abonement_sum = abonement_sum
        _model.deposit_sum = deposit_sum
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not PaymentDetailsObject:
            _fields.init_added_fields(_model, PaymentDetailsObject)
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
