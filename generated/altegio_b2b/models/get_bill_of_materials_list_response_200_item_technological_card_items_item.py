from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetBillOfMaterialsListResponse200ItemTechnologicalCardItemsItem")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "technological_card_id",
        "storage_id",
        "good_id",
        "amount",
        "unit",
        "price",
        "title",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class GetBillOfMaterialsListResponse200ItemTechnologicalCardItemsItem:
    """
    Attributes:
        id (int | Unset): Consumable ID
        technological_card_id (int | Unset): Tech ID. cards
        storage_id (int | Unset): Inventory ID
        good_id (int | Unset): Item ID
        amount (float | Unset): Quantity
        unit (str | Unset): unit of measurement
        price (float | Unset): Price
        title (str | Unset): Name
    """

    id: int | Unset = UNSET
    technological_card_id: int | Unset = UNSET
    storage_id: int | Unset = UNSET
    good_id: int | Unset = UNSET
    amount: float | Unset = UNSET
    unit: str | Unset = UNSET
    price: float | Unset = UNSET
    title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        id = self.id
        if type(id) is not int and id is not UNSET:
            id = _fields.write_integer(id, "id")
        if id is not UNSET:
            field_dict["id"] = id

        technological_card_id = self.technological_card_id
        if type(technological_card_id) is not int and technological_card_id is not UNSET:
            technological_card_id = _fields.write_integer(technological_card_id, "technological_card_id")
        if technological_card_id is not UNSET:
            field_dict["technological_card_id"] = technological_card_id

        storage_id = self.storage_id
        if type(storage_id) is not int and storage_id is not UNSET:
            storage_id = _fields.write_integer(storage_id, "storage_id")
        if storage_id is not UNSET:
            field_dict["storage_id"] = storage_id

        good_id = self.good_id
        if type(good_id) is not int and good_id is not UNSET:
            good_id = _fields.write_integer(good_id, "good_id")
        if good_id is not UNSET:
            field_dict["good_id"] = good_id

        amount = self.amount
        if amount is not UNSET:
            field_dict["amount"] = _fields.write_number(amount, "amount")

        unit = self.unit
        if type(unit) is not str and unit is not UNSET:
            unit = _fields.write_string(unit, "unit")
        if unit is not UNSET:
            field_dict["unit"] = unit

        price = self.price
        if price is not UNSET:
            field_dict["price"] = _fields.write_number(price, "price")

        title = self.title
        if type(title) is not str and title is not UNSET:
            title = _fields.write_string(title, "title")
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _fields.read_integer(id, "id")

        technological_card_id = _get("technological_card_id", UNSET)
        if type(technological_card_id) is not int and technological_card_id is not UNSET:
            technological_card_id = _fields.read_integer(technological_card_id, "technological_card_id")

        storage_id = _get("storage_id", UNSET)
        if type(storage_id) is not int and storage_id is not UNSET:
            storage_id = _fields.read_integer(storage_id, "storage_id")

        good_id = _get("good_id", UNSET)
        if type(good_id) is not int and good_id is not UNSET:
            good_id = _fields.read_integer(good_id, "good_id")

        amount = _get("amount", UNSET)
        if type(amount) is not float and type(amount) is not int and amount is not UNSET:
            amount = _fields.read_number(amount, "amount")

        unit = _get("unit", UNSET)
        if type(unit) is not str and unit is not UNSET:
            unit = _fields.read_string(unit, "unit")

        price = _get("price", UNSET)
        if type(price) is not float and type(price) is not int and price is not UNSET:
            price = _fields.read_number(price, "price")

        title = _get("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = _fields.read_string(title, "title")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.technological_card_id = technological_card_id
        _model.storage_id = storage_id
        _model.good_id = good_id
        _model.amount = amount
        _model.unit = unit
        _model.price = price
        _model.title = title
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetBillOfMaterialsListResponse200ItemTechnologicalCardItemsItem:
            _fields.init_added_fields(_model, GetBillOfMaterialsListResponse200ItemTechnologicalCardItemsItem)
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
