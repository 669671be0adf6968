from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentDetailsObject")


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
        money_sum = self.money_sum

        discount_sum = self.discount_sum

        bonus_sum = self.bonus_sum

        certificate_sum = self.certificate_sum

        abonement_sum = self.abonement_sum

        deposit_sum = self.deposit_sum

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if money_sum is not UNSET:
            field_dict["money_sum"] = money_sum
        if discount_sum is not UNSET:
            field_dict["discount_sum"] = discount_sum
        if bonus_sum is not UNSET:
            field_dict["bonus_sum"] = bonus_sum
        if certificate_sum is not UNSET:
            field_dict["certificate_sum"] = certificate_sum
        if abonement_sum is not UNSET:
            field_dict["abonement_sum"] = abonement_sum
        if deposit_sum is not UNSET:
            field_dict["deposit_sum"] = deposit_sum

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        money_sum = d.pop("money_sum", UNSET)

        discount_sum = d.pop("discount_sum", UNSET)

        bonus_sum = d.pop("bonus_sum", UNSET)

        certificate_sum = d.pop("certificate_sum", UNSET)

        abonement_sum = d.pop("abonement_sum", UNSET)

        deposit_sum = d.pop("deposit_sum", UNSET)

        _model = cls(
            money_sum=money_sum,
            discount_sum=discount_sum,
            bonus_sum=bonus_sum,
            certificate_sum=certificate_sum,
            abonement_sum=abonement_sum,
            deposit_sum=deposit_sum,
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
