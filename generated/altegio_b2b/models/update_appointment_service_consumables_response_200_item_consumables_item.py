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
    from ..models.update_appointment_service_consumables_response_200_item_consumables_item_good import (
        UpdateAppointmentServiceConsumablesResponse200ItemConsumablesItemGood,
    )


T = TypeVar("T", bound="UpdateAppointmentServiceConsumablesResponse200ItemConsumablesItem")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "goods_transaction_id",
        "record_id",
        "service_id",
        "storage_id",
        "good_id",
        "price",
        "amount",
        "good",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class UpdateAppointmentServiceConsumablesResponse200ItemConsumablesItem:
    """
    Attributes:
        goods_transaction_id (int | Unset): Commodity transaction ID
        record_id (int | Unset): Appointment ID
        service_id (int | Unset): Service ID
        storage_id (int | Unset): Inventory ID
        good_id (int | Unset): Item ID
        price (float | Unset): Price
        amount (float | Unset): Quantity
        good (UpdateAppointmentServiceConsumablesResponse200ItemConsumablesItemGood | Unset): Product
    """

    goods_transaction_id: int | Unset = UNSET
    record_id: int | Unset = UNSET
    service_id: int | Unset = UNSET
    storage_id: int | Unset = UNSET
    good_id: int | Unset = UNSET
    price: float | Unset = UNSET
    amount: float | Unset = UNSET
    good: UpdateAppointmentServiceConsumablesResponse200ItemConsumablesItemGood | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        goods_transaction_id = self.goods_transaction_id
        if type(goods_transaction_id) is not int and goods_transaction_id is not UNSET:
            goods_transaction_id = _fields.write_integer(goods_transaction_id, "goods_transaction_id")
        if goods_transaction_id is not UNSET:
            field_dict["goods_transaction_id"] = goods_transaction_id

        record_id = self.record_id
        if type(record_id) is not int and record_id is not UNSET:
            record_id = _fields.write_integer(record_id, "record_id")
        if record_id is not UNSET:
            field_dict["record_id"] = record_id

        service_id = self.service_id
        if type(service_id) is not int and service_id is not UNSET:
            service_id = _fields.write_integer(service_id, "service_id")
        if service_id is not UNSET:
            field_dict["service_id"] = service_id

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

        price = self.price
        if price is not UNSET:
            field_dict["price"] = _fields.write_number(price, "price")

        amount = self.amount
        if amount is not UNSET:
            field_dict["amount"] = _fields.write_number(amount, "amount")

        good = self.good
        if good is not UNSET:
            field_dict["good"] = _fields.write_model(
                good, _models.UpdateAppointmentServiceConsumablesResponse200ItemConsumablesItemGood, "good"
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        goods_transaction_id = _get("goods_transaction_id", UNSET)
        if type(goods_transaction_id) is not int and goods_transaction_id is not UNSET:
            goods_transaction_id = _fields.read_integer(goods_transaction_id, "goods_transaction_id")

        record_id = _get("record_id", UNSET)
        if type(record_id) is not int and record_id is not UNSET:
            record_id = _fields.read_integer(record_id, "record_id")

        service_id = _get("service_id", UNSET)
        if type(service_id) is not int and service_id is not UNSET:
            service_id = _fields.read_integer(service_id, "service_id")

        storage_id = _get("storage_id", UNSET)
        if type(storage_id) is not int and storage_id is not UNSET:
            storage_id = _fields.read_integer(storage_id, "storage_id")

        good_id = _get("good_id", UNSET)
        if type(good_id) is not int and good_id is not UNSET:
            good_id = _fields.read_integer(good_id, "good_id")

        price = _get("price", UNSET)
        if type(price) is not float and type(price) is not int and price is not UNSET:
            price = _fields.read_number(price, "price")

        amount = _get("amount", UNSET)
        if type(amount) is not float and type(amount) is not int and amount is not UNSET:
            amount = _fields.read_number(amount, "amount")

        good = _get("good", UNSET)
        if good is not UNSET:
            try:
                good = _models.UpdateAppointmentServiceConsumablesResponse200ItemConsumablesItemGood.from_dict(good)
            except _FieldError as _error:
                raise _error.within("good")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.goods_transaction_id = goods_transaction_id
        _model.record_id = record_id
        _model.service_id = service_id
        _model.storage_id = storage_id
        _model.good_id = good_id
        _model.price = price
        _model.amount = amount
        _model.good = good
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not UpdateAppointmentServiceConsumablesResponse200ItemConsumablesItem:
            _fields.init_added_fields(_model, UpdateAppointmentServiceConsumablesResponse200ItemConsumablesItem)
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
