from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreatePaymentWithLoyaltyMethodsResponse200StateItemsItem")


@_attrs_define
class CreatePaymentWithLoyaltyMethodsResponse200StateItemsItem:
    """Selling unit

    Attributes:
        id (int | Unset): Selling unit ID
        type_ (str | Unset): Type (service/product)
        title (str | Unset): Name
        amount (int | Unset): Quantity
        default_cost_per_unit (float | Unset): Unit price
        default_cost_total (float | Unset): Total default price
        client_discount_percent (float | Unset): Discount percentage
        cost_to_pay_total (float | Unset): Payable price
    """

    id: int | Unset = UNSET
    type_: str | Unset = UNSET
    title: str | Unset = UNSET
    amount: int | Unset = UNSET
    default_cost_per_unit: float | Unset = UNSET
    default_cost_total: float | Unset = UNSET
    client_discount_percent: float | Unset = UNSET
    cost_to_pay_total: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        title = self.title

        amount = self.amount

        default_cost_per_unit = self.default_cost_per_unit

        default_cost_total = self.default_cost_total

        client_discount_percent = self.client_discount_percent

        cost_to_pay_total = self.cost_to_pay_total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if title is not UNSET:
            field_dict["title"] = title
        if amount is not UNSET:
            field_dict["amount"] = amount
        if default_cost_per_unit is not UNSET:
            field_dict["default_cost_per_unit"] = default_cost_per_unit
        if default_cost_total is not UNSET:
            field_dict["default_cost_total"] = default_cost_total
        if client_discount_percent is not UNSET:
            field_dict["client_discount_percent"] = client_discount_percent
        if cost_to_pay_total is not UNSET:
            field_dict["cost_to_pay_total"] = cost_to_pay_total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        type_ = d.pop("type", UNSET)

        title = d.pop("title", UNSET)

        amount = d.pop("amount", UNSET)

        default_cost_per_unit = d.pop("default_cost_per_unit", UNSET)

        default_cost_total = d.pop("default_cost_total", UNSET)

        client_discount_percent = d.pop("client_discount_percent", UNSET)

        cost_to_pay_total = d.pop("cost_to_pay_total", UNSET)

        _model = cls(
            id=id,
            type_=type_,
            title=title,
            amount=amount,
            default_cost_per_unit=default_cost_per_unit,
            default_cost_total=default_cost_total,
            client_discount_percent=client_discount_percent,
            cost_to_pay_total=cost_to_pay_total,
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
