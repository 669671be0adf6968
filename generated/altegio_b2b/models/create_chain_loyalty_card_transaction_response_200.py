from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateChainLoyaltyCardTransactionResponse200")


@_attrs_define
class CreateChainLoyaltyCardTransactionResponse200:
    """Loyalty card

    Attributes:
        id (int | Unset): Loyalty card ID
        balance (float | Unset): Card balance
        points (float | Unset): Points
        paid_amount (float | Unset): \\"Paid\\" amount
        sold_amount (float | Unset): \\"Sold\\" amount
        visits_count (float | Unset): Visits count
        number (str | Unset): Loyalty card number
        type_id (int | Unset): Loyalty card type ID
        salon_group_id (int | Unset): Chain ID
        max_discount_percent (float | Unset): Maximum discount percent
        max_discount_amount (float | Unset): Maximum discount amount
    """

    id: int | Unset = UNSET
    balance: float | Unset = UNSET
    points: float | Unset = UNSET
    paid_amount: float | Unset = UNSET
    sold_amount: float | Unset = UNSET
    visits_count: float | Unset = UNSET
    number: str | Unset = UNSET
    type_id: int | Unset = UNSET
    salon_group_id: int | Unset = UNSET
    max_discount_percent: float | Unset = UNSET
    max_discount_amount: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        balance = self.balance

        points = self.points

        paid_amount = self.paid_amount

        sold_amount = self.sold_amount

        visits_count = self.visits_count

        number = self.number

        type_id = self.type_id

        salon_group_id = self.salon_group_id

        max_discount_percent = self.max_discount_percent

        max_discount_amount = self.max_discount_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if balance is not UNSET:
            field_dict["balance"] = balance
        if points is not UNSET:
            field_dict["points"] = points
        if paid_amount is not UNSET:
            field_dict["paid_amount"] = paid_amount
        if sold_amount is not UNSET:
            field_dict["sold_amount"] = sold_amount
        if visits_count is not UNSET:
            field_dict["visits_count"] = visits_count
        if number is not UNSET:
            field_dict["number"] = number
        if type_id is not UNSET:
            field_dict["type_id"] = type_id
        if salon_group_id is not UNSET:
            field_dict["salon_group_id"] = salon_group_id
        if max_discount_percent is not UNSET:
            field_dict["max_discount_percent"] = max_discount_percent
        if max_discount_amount is not UNSET:
            field_dict["max_discount_amount"] = max_discount_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        balance = d.pop("balance", UNSET)

        points = d.pop("points", UNSET)

        paid_amount = d.pop("paid_amount", UNSET)

        sold_amount = d.pop("sold_amount", UNSET)

        visits_count = d.pop("visits_count", UNSET)

        number = d.pop("number", UNSET)

        type_id = d.pop("type_id", UNSET)

        salon_group_id = d.pop("salon_group_id", UNSET)

        max_discount_percent = d.pop("max_discount_percent", UNSET)

        max_discount_amount = d.pop("max_discount_amount", UNSET)

        _model = cls(
            id=id,
            balance=balance,
            points=points,
            paid_amount=paid_amount,
            sold_amount=sold_amount,
            visits_count=visits_count,
            number=number,
            type_id=type_id,
            salon_group_id=salon_group_id,
            max_discount_percent=max_discount_percent,
            max_discount_amount=max_discount_amount,
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
