from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateVisitBodyGoodsTransactionsItem")


@_attrs_define
class UpdateVisitBodyGoodsTransactionsItem:
    """
    Attributes:
        id (int | Unset): Inventory transaction ID
        title (str | Unset): Barcode
        barcode (str | Unset): Barcode
        article (str | Unset): vendor code
        amount (str | Unset): Sum
        cost_per_unit (str | Unset): Unit price
        price (str | Unset): Price
        cost (str | Unset): Selling price
        operation_unit_type (float | Unset): Unit type: 1 - for sale, 2 - for write-off
        master_id (str | Unset): team member ID
        storage_id (str | Unset): Inventory ID
        good_id (str | Unset): Item ID
        discount (str | Unset): Discount
    """

    id: int | Unset = UNSET
    title: str | Unset = UNSET
    barcode: str | Unset = UNSET
    article: str | Unset = UNSET
    amount: str | Unset = UNSET
    cost_per_unit: str | Unset = UNSET
    price: str | Unset = UNSET
    cost: str | Unset = UNSET
    operation_unit_type: float | Unset = UNSET
    master_id: str | Unset = UNSET
    storage_id: str | Unset = UNSET
    good_id: str | Unset = UNSET
    discount: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        barcode = self.barcode

        article = self.article

        amount = self.amount

        cost_per_unit = self.cost_per_unit

        price = self.price

        cost = self.cost

        operation_unit_type = self.operation_unit_type

        master_id = self.master_id

        storage_id = self.storage_id

        good_id = self.good_id

        discount = self.discount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if barcode is not UNSET:
            field_dict["barcode"] = barcode
        if article is not UNSET:
            field_dict["article"] = article
        if amount is not UNSET:
            field_dict["amount"] = amount
        if cost_per_unit is not UNSET:
            field_dict["cost_per_unit"] = cost_per_unit
        if price is not UNSET:
            field_dict["price"] = price
        if cost is not UNSET:
            field_dict["cost"] = cost
        if operation_unit_type is not UNSET:
            field_dict["operation_unit_type"] = operation_unit_type
        if master_id is not UNSET:
            field_dict["master_id"] = master_id
        if storage_id is not UNSET:
            field_dict["storage_id"] = storage_id
        if good_id is not UNSET:
            field_dict["good_id"] = good_id
        if discount is not UNSET:
            field_dict["discount"] = discount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        barcode = d.pop("barcode", UNSET)

        article = d.pop("article", UNSET)

        amount = d.pop("amount", UNSET)

        cost_per_unit = d.pop("cost_per_unit", UNSET)

        price = d.pop("price", UNSET)

        cost = d.pop("cost", UNSET)

        operation_unit_type = d.pop("operation_unit_type", UNSET)

        master_id = d.pop("master_id", UNSET)

        storage_id = d.pop("storage_id", UNSET)

        good_id = d.pop("good_id", UNSET)

        discount = d.pop("discount", UNSET)

        _model = cls(
            id=id,
            title=title,
            barcode=barcode,
            article=article,
            amount=amount,
            cost_per_unit=cost_per_unit,
            price=price,
            cost=cost,
            operation_unit_type=operation_unit_type,
            master_id=master_id,
            storage_id=storage_id,
            good_id=good_id,
            discount=discount,
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
