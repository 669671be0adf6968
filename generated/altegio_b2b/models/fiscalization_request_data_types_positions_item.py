from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="FiscalizationRequestDataTypesPositionsItem")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "type",
        "title",
        "price",
        "quantity",
        "discount_amount",
        "vat",
        "payment_method",
        "barcode",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class FiscalizationRequestDataTypesPositionsItem:
    """
    Attributes:
        type_ (str | Unset): Position type ("service" - service / "commodity" - product / "payment" - payment)
        title (str | Unset): Position name
        price (float | Unset): Position price with an accuracy of 2 decimal places
        quantity (int | Unset): Quantity
        discount_amount (float | Unset): Discount applied to a position with an accuracy of 2 decimal places
        vat (str | Unset): Type of VAT (slug from VAT list)
        payment_method (str | Unset): Settlement sign ("payment" - payment / "prepayment" - prepayment)
        barcode (str | Unset): Product barcode
    """

    type_: str | Unset = UNSET
    title: str | Unset = UNSET
    price: float | Unset = UNSET
    quantity: int | Unset = UNSET
    discount_amount: float | Unset = UNSET
    vat: str | Unset = UNSET
    payment_method: str | Unset = UNSET
    barcode: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        type_ = self.type_
        if type(type_) is not str and type_ is not UNSET:
            type_ = _fields.write_string(type_, "type_")
        if type_ is not UNSET:
            field_dict["type"] = type_

        title = self.title
        if type(title) is not str and title is not UNSET:
            title = _fields.write_string(title, "title")
        if title is not UNSET:
            field_dict["title"] = title

        price = self.price
        if price is not UNSET:
            field_dict["price"] = _fields.write_number(price, "price")

        quantity = self.quantity
        if type(quantity) is not int and quantity is not UNSET:
            quantity = _fields.write_integer(quantity, "quantity")
        if quantity is not UNSET:
            field_dict["quantity"] = quantity

        discount_amount = self.discount_amount
        if discount_amount is not UNSET:
            field_dict["discount_amount"] = _fields.write_number(discount_amount, "discount_amount")

        vat = self.vat
        if type(vat) is not str and vat is not UNSET:
            vat = _fields.write_string(vat, "vat")
        if vat is not UNSET:
            field_dict["vat"] = vat

        payment_method = self.payment_method
        if type(payment_method) is not str and payment_method is not UNSET:
            payment_method = _fields.write_string(payment_method, "payment_method")
        if payment_method is not UNSET:
            field_dict["payment_method"] = payment_method

        barcode = self.barcode
        if type(barcode) is not str and barcode is not UNSET:
            barcode = _fields.write_string(barcode, "barcode")
        if barcode is not UNSET:
            field_dict["barcode"] = barcode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        type_ = _get("type", UNSET)
        if type(type_) is not str and type_ is not UNSET:
            type_ = _fields.read_string(type_, "type")

        title = _get("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = _fields.read_string(title, "title")

        price = _get("price", UNSET)
        if type(price) is not float and type(price) is not int and price is not UNSET:
            price = _fields.read_number(price, "price")

        quantity = _get("quantity", UNSET)
        if type(quantity) is not int and quantity is not UNSET:
            quantity = _fields.read_integer(quantity, "quantity")

        discount_amount = _get("discount_amount", UNSET)
        if type(discount_amount) is not float and type(discount_amount) is not int and discount_amount is not UNSET:
            discount_amount = _fields.read_number(discount_amount, "discount_amount")

        vat = _get("vat", UNSET)
        if type(vat) is not str and vat is not UNSET:
            vat = _fields.read_string(vat, "vat")

        payment_method = _get("payment_method", UNSET)
        if type(payment_method) is not str and payment_method is not UNSET:
            payment_method = _fields.read_string(payment_method, "payment_method")

        barcode = _get("barcode", UNSET)
        if type(barcode) is not str and barcode is not UNSET:
            barcode = _fields.read_string(barcode, "barcode")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.type_ = type_
        _model.title = title
        _model.price = price
        _model.quantity = quantity
        _model.discount_amount = discount_amount
        _model.vat = vat
        _model.payment_method = payment_method
        _model.barcode = barcode
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not FiscalizationRequestDataTypesPositionsItem:
            _fields.init_added_fields(_model, FiscalizationRequestDataTypesPositionsItem)
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
