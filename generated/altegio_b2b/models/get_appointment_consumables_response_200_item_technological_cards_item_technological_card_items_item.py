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
    from ..models.get_appointment_consumables_response_200_item_technological_cards_item_technological_card_items_item_good import (
        GetAppointmentConsumablesResponse200ItemTechnologicalCardsItemTechnologicalCardItemsItemGood,
    )


T = TypeVar("T", bound="GetAppointmentConsumablesResponse200ItemTechnologicalCardsItemTechnologicalCardItemsItem")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "technological_card_id",
        "storage_id",
        "good_id",
        "amount",
        "price",
        "good",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class GetAppointmentConsumablesResponse200ItemTechnologicalCardsItemTechnologicalCardItemsItem:
    """
    Attributes:
        id (int | Unset): Consumable ID
        technological_card_id (int | Unset): Dash ID
        storage_id (int | Unset): Inventory ID
        good_id (int | Unset): Item ID
        amount (float | Unset): Quantity
        price (float | Unset): Price
        good (GetAppointmentConsumablesResponse200ItemTechnologicalCardsItemTechnologicalCardItemsItemGood | Unset):
            Product
    """

    id: int | Unset = UNSET
    technological_card_id: int | Unset = UNSET
    storage_id: int | Unset = UNSET
    good_id: int | Unset = UNSET
    amount: float | Unset = UNSET
    price: float | Unset = UNSET
    good: GetAppointmentConsumablesResponse200ItemTechnologicalCardsItemTechnologicalCardItemsItemGood | Unset = UNSET
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

        price = self.price
        if price is not UNSET:
            field_dict["price"] = _fields.write_number(price, "price")

        good = self.good
        if good is not UNSET:
            field_dict["good"] = _fields.write_model(
                good,
                _models.GetAppointmentConsumablesResponse200ItemTechnologicalCardsItemTechnologicalCardItemsItemGood,
                "good",
            )

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

        price = _get("price", UNSET)
        if type(price) is not float and type(price) is not int and price is not UNSET:
            price = _fields.read_number(price, "price")

        good = _get("good", UNSET)
        if good is not UNSET:
            try:
                good = _models.GetAppointmentConsumablesResponse200ItemTechnologicalCardsItemTechnologicalCardItemsItemGood.from_dict(
                    good
                )
            except _FieldError as _error:
                raise _error.within("good")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.technological_card_id = technological_card_id
        _model.storage_id = storage_id
        _model.good_id = good_id
        _model.amount = amount
        _model.price = price
        _model.good = good
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetAppointmentConsumablesResponse200ItemTechnologicalCardsItemTechnologicalCardItemsItem:
            _fields.init_added_fields(
                _model, GetAppointmentConsumablesResponse200ItemTechnologicalCardsItemTechnologicalCardItemsItem
            )
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
