from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..models.the_object_of_the_model_sold_product_in_the_history_of_customer_visits_payment_status import (
    TheObjectOfTheModelSoldProductInTheHistoryOfCustomerVisitsPaymentStatus,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="TheObjectOfTheModelSoldProductInTheHistoryOfCustomerVisits")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "title",
        "amount",
        "unit",
        "cost_per_unit",
        "first_cost",
        "discount_percent",
        "cost_to_pay",
        "paid_sum",
        "payment_status",
    }
)
_EXTRA = _fields.ANY
_KIND_payment_status = _fields.EnumOf(
    "TheObjectOfTheModelSoldProductInTheHistoryOfCustomerVisitsPaymentStatus", _fields.STRING
)


@_attrs_define
class TheObjectOfTheModelSoldProductInTheHistoryOfCustomerVisits:
    """Data of the product sold.

    Example:
        {'id': 123, 'title': 'My product', 'amount': -1, 'unit': 'PCS.', 'cost_per_unit': 1000, 'first_cost': -1000,
            'discount_percent': 0, 'cost_to_pay': 1000, 'paid_sum': 1000, 'payment_status': 'paid_full'}

    Attributes:
        id (int | Unset): Product ID.
        title (str | Unset): Name of product.
        amount (float | Unset): Number of products sold.
        unit (str | Unset): Unit of measure for the product sold.
        cost_per_unit (float | Unset): Unit price without discount.
        first_cost (float | Unset): Price of the whole product without discount.
        discount_percent (float | Unset): Percent discount.
        cost_to_pay (float | Unset): Price of the product including the discount.
        paid_sum (float | Unset): Price of the product including the discount.
        payment_status (TheObjectOfTheModelSoldProductInTheHistoryOfCustomerVisitsPaymentStatus | Unset): Visit payment
            status:
              `not_paid` - the visit is not paid, no payments were made for the visit;
              `paid_not_full` - the visit is partially paid;
              `paid_full` - the visit is paid in full, there is no overpayment;
              `paid_over` - there is an overpayment for the visit.
    """

    id: int | Unset = UNSET
    title: str | Unset = UNSET
    amount: float | Unset = UNSET
    unit: str | Unset = UNSET
    cost_per_unit: float | Unset = UNSET
    first_cost: float | Unset = UNSET
    discount_percent: float | Unset = UNSET
    cost_to_pay: float | Unset = UNSET
    paid_sum: float | Unset = UNSET
    payment_status: TheObjectOfTheModelSoldProductInTheHistoryOfCustomerVisitsPaymentStatus | Unset = UNSET
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

        amount = self.amount
        if amount is not UNSET:
            field_dict["amount"] = _fields.write_number(amount, "amount")

        unit = self.unit
        if type(unit) is not str and unit is not UNSET:
            unit = _fields.write_string(unit, "unit")
        if unit is not UNSET:
            field_dict["unit"] = unit

        cost_per_unit = self.cost_per_unit
        if cost_per_unit is not UNSET:
            field_dict["cost_per_unit"] = _fields.write_number(cost_per_unit, "cost_per_unit")

        first_cost = self.first_cost
        if first_cost is not UNSET:
            field_dict["first_cost"] = _fields.write_number(first_cost, "first_cost")

        discount_percent = self.discount_percent
        if discount_percent is not UNSET:
            field_dict["discount_percent"] = _fields.write_number(discount_percent, "discount_percent")

        cost_to_pay = self.cost_to_pay
        if cost_to_pay is not UNSET:
            field_dict["cost_to_pay"] = _fields.write_number(cost_to_pay, "cost_to_pay")

        paid_sum = self.paid_sum
        if paid_sum is not UNSET:
            field_dict["paid_sum"] = _fields.write_number(paid_sum, "paid_sum")

        payment_status = self.payment_status
        if payment_status is not UNSET:
            field_dict["payment_status"] = _KIND_payment_status.write_field(payment_status, "payment_status")

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

        amount = _get("amount", UNSET)
        if type(amount) is not float and type(amount) is not int and amount is not UNSET:
            amount = _fields.read_number(amount, "amount")

        unit = _get("unit", UNSET)
        if type(unit) is not str and unit is not UNSET:
            unit = _fields.read_string(unit, "unit")

        cost_per_unit = _get("cost_per_unit", UNSET)
        if type(cost_per_unit) is not float and type(cost_per_unit) is not int and cost_per_unit is not UNSET:
            cost_per_unit = _fields.read_number(cost_per_unit, "cost_per_unit")

        first_cost = _get("first_cost", UNSET)
        if type(first_cost) is not float and type(first_cost) is not int and first_cost is not UNSET:
            first_cost = _fields.read_number(first_cost, "first_cost")

        discount_percent = _get("discount_percent", UNSET)
        if type(discount_percent) is not float and type(discount_percent) is not int and discount_percent is not UNSET:
            discount_percent = _fields.read_number(discount_percent, "discount_percent")

        cost_to_pay = _get("cost_to_pay", UNSET)
        if type(cost_to_pay) is not float and type(cost_to_pay) is not int and cost_to_pay is not UNSET:
            cost_to_pay = _fields.read_number(cost_to_pay, "cost_to_pay")

        paid_sum = _get("paid_sum", UNSET)
        if type(paid_sum) is not float and type(paid_sum) is not int and paid_sum is not UNSET:
            paid_sum = _fields.read_number(paid_sum, "paid_sum")

        payment_status = _get("payment_status", UNSET)
        if payment_status is not UNSET:
            payment_status = _KIND_payment_status.read_field(payment_status, "payment_status")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.title = title
        _model.amount = amount
        _model.unit = unit
        _model.cost_per_unit = cost_per_unit
        _model.first_cost = first_cost
        _model.discount_percent = discount_percent
        _model.cost_to_pay = cost_to_pay
        _model.paid_sum = paid_sum
        _model.payment_status = payment_status
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not TheObjectOfTheModelSoldProductInTheHistoryOfCustomerVisits:
            _fields.init_added_fields(_model, TheObjectOfTheModelSoldProductInTheHistoryOfCustomerVisits)
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
