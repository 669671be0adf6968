from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateVisitBodyGoodsTransactionsItem")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "title",
        "barcode",
        "article",
        "amount",
        "cost_per_unit",
        "price",
        "cost",
        "operation_unit_type",
        "master_id",
        "storage_id",
        "good_id",
        "discount",
    }
)
_EXTRA = _fields.ANY


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
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        id = self.id
        if type(id) is not int and id is not UNSET:
            id = _fields.write_integer(id, "id")
        if id is not UNSET:
            field_dict["id"] = id

        title = self.title
        if type(title) is not str and title is not UNSET:
            title = _fields.write_string(title, "title")
        if title is not UNSET:
            field_dict["title"] = title

        barcode = self.barcode
        if type(barcode) is not str and barcode is not UNSET:
            barcode = _fields.write_string(barcode, "barcode")
        if barcode is not UNSET:
            field_dict["barcode"] = barcode

        article = self.article
        if type(article) is not str and article is not UNSET:
            article = _fields.write_string(article, "article")
        if article is not UNSET:
            field_dict["article"] = article

        amount = self.amount
        if type(amount) is not str and amount is not UNSET:
            amount = _fields.write_string(amount, "amount")
        if amount is not UNSET:
            field_dict["amount"] = amount

        cost_per_unit = self.cost_per_unit
        if type(cost_per_unit) is not str and cost_per_unit is not UNSET:
            cost_per_unit = _fields.write_string(cost_per_unit, "cost_per_unit")
        if cost_per_unit is not UNSET:
            field_dict["cost_per_unit"] = cost_per_unit

        price = self.price
        if type(price) is not str and price is not UNSET:
            price = _fields.write_string(price, "price")
        if price is not UNSET:
            field_dict["price"] = price

        cost = self.cost
        if type(cost) is not str and cost is not UNSET:
            cost = _fields.write_string(cost, "cost")
        if cost is not UNSET:
            field_dict["cost"] = cost

        operation_unit_type = self.operation_unit_type
        if operation_unit_type is not UNSET:
            field_dict["operation_unit_type"] = _fields.write_number(operation_unit_type, "operation_unit_type")

        master_id = self.master_id
        if type(master_id) is not str and master_id is not UNSET:
            master_id = _fields.write_string(master_id, "master_id")
        if master_id is not UNSET:
            field_dict["master_id"] = master_id

        storage_id = self.storage_id
        if type(storage_id) is not str and storage_id is not UNSET:
            storage_id = _fields.write_string(storage_id, "storage_id")
        if storage_id is not UNSET:
            field_dict["storage_id"] = storage_id

        good_id = self.good_id
        if type(good_id) is not str and good_id is not UNSET:
            good_id = _fields.write_string(good_id, "good_id")
        if good_id is not UNSET:
            field_dict["good_id"] = good_id

        discount = self.discount
        if type(discount) is not str and discount is not UNSET:
            discount = _fields.write_string(discount, "discount")
        if discount is not UNSET:
            field_dict["discount"] = discount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _fields.read_integer(id, "id")

        title = _get("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = _fields.read_string(title, "title")

        barcode = _get("barcode", UNSET)
        if type(barcode) is not str and barcode is not UNSET:
            barcode = _fields.read_string(barcode, "barcode")

        article = _get("article", UNSET)
        if type(article) is not str and article is not UNSET:
            article = _fields.read_string(article, "article")

        amount = _get("amount", UNSET)
        if type(amount) is not str and amount is not UNSET:
            amount = _fields.read_string(amount, "amount")

        cost_per_unit = _get("cost_per_unit", UNSET)
        if type(cost_per_unit) is not str and cost_per_unit is not UNSET:
            cost_per_unit = _fields.read_string(cost_per_unit, "cost_per_unit")

        price = _get("price", UNSET)
        if type(price) is not str and price is not UNSET:
            price = _fields.read_string(price, "price")

        cost = _get("cost", UNSET)
        if type(cost) is not str and cost is not UNSET:
            cost = _fields.read_string(cost, "cost")

        operation_unit_type = _get("operation_unit_type", UNSET)
        if (
            type(operation_unit_type) is not float
            and type(operation_unit_type) is not int
            and operation_unit_type is not UNSET
        ):
            operation_unit_type = _fields.read_number(operation_unit_type, "operation_unit_type")

        master_id = _get("master_id", UNSET)
        if type(master_id) is not str and master_id is not UNSET:
            master_id = _fields.read_string(master_id, "master_id")

        storage_id = _get("storage_id", UNSET)
        if type(storage_id) is not str and storage_id is not UNSET:
            storage_id = _fields.read_string(storage_id, "storage_id")

        good_id = _get("good_id", UNSET)
        if type(good_id) is not str and good_id is not UNSET:
            good_id = _fields.read_string(good_id, "good_id")

        discount = _get("discount", UNSET)
        if type(discount) is not str and discount is not UNSET:
            discount = _fields.read_string(discount, "discount")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.title = title
        _model.barcode = barcode
        _model.article = article
        _model.amount = amount
        _model.cost_per_unit = cost_per_unit
        _model.price = price
        _model.cost = cost
        _model.operation_unit_type = operation_unit_type
        _model.master_id = master_id
        _model.storage_id = storage_id
        _model.good_id = good_id
        _model.discount = discount
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not UpdateVisitBodyGoodsTransactionsItem:
            _fields.init_added_fields(_model, UpdateVisitBodyGoodsTransactionsItem)
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
