from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetMessageStatusListBodyItem")


@_attrs_define
class GetMessageStatusListBodyItem:
    """
    Attributes:
        id (str | Unset): Identifier
        status (float | Unset): Message status
        payment_sum (float | Unset): Full message cost
        currency_iso (str | Unset): Currency ISO
        parts_amount (float | Unset): Amount of message's parts
    """

    id: str | Unset = UNSET
    status: float | Unset = UNSET
    payment_sum: float | Unset = UNSET
    currency_iso: str | Unset = UNSET
    parts_amount: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status

        payment_sum = self.payment_sum

        currency_iso = self.currency_iso

        parts_amount = self.parts_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if payment_sum is not UNSET:
            field_dict["payment_sum"] = payment_sum
        if currency_iso is not UNSET:
            field_dict["currency_iso"] = currency_iso
        if parts_amount is not UNSET:
            field_dict["parts_amount"] = parts_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        status = d.pop("status", UNSET)

        payment_sum = d.pop("payment_sum", UNSET)

        currency_iso = d.pop("currency_iso", UNSET)

        parts_amount = d.pop("parts_amount", UNSET)

        _model = cls(
            id=id,
            status=status,
            payment_sum=payment_sum,
            currency_iso=currency_iso,
            parts_amount=parts_amount,
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
