from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.the_object_of_the_model_sold_product_in_the_history_of_customer_visits_payment_status import (
    TheObjectOfTheModelSoldProductInTheHistoryOfCustomerVisitsPaymentStatus,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="TheObjectOfTheModelSoldProductInTheHistoryOfCustomerVisits")


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
        id = self.id

        title = self.title

        amount = self.amount

        unit = self.unit

        cost_per_unit = self.cost_per_unit

        first_cost = self.first_cost

        discount_percent = self.discount_percent

        cost_to_pay = self.cost_to_pay

        paid_sum = self.paid_sum

        payment_status: str | Unset = UNSET
        if not isinstance(self.payment_status, Unset):
            payment_status = self.payment_status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if amount is not UNSET:
            field_dict["amount"] = amount
        if unit is not UNSET:
            field_dict["unit"] = unit
        if cost_per_unit is not UNSET:
            field_dict["cost_per_unit"] = cost_per_unit
        if first_cost is not UNSET:
            field_dict["first_cost"] = first_cost
        if discount_percent is not UNSET:
            field_dict["discount_percent"] = discount_percent
        if cost_to_pay is not UNSET:
            field_dict["cost_to_pay"] = cost_to_pay
        if paid_sum is not UNSET:
            field_dict["paid_sum"] = paid_sum
        if payment_status is not UNSET:
            field_dict["payment_status"] = payment_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        amount = d.pop("amount", UNSET)

        unit = d.pop("unit", UNSET)

        cost_per_unit = d.pop("cost_per_unit", UNSET)

        first_cost = d.pop("first_cost", UNSET)

        discount_percent = d.pop("discount_percent", UNSET)

        cost_to_pay = d.pop("cost_to_pay", UNSET)

        paid_sum = d.pop("paid_sum", UNSET)

        _payment_status = d.pop("payment_status", UNSET)
        payment_status: TheObjectOfTheModelSoldProductInTheHistoryOfCustomerVisitsPaymentStatus | Unset
        if isinstance(_payment_status, Unset):
            payment_status = UNSET
        else:
            payment_status = TheObjectOfTheModelSoldProductInTheHistoryOfCustomerVisitsPaymentStatus(_payment_status)

        _model = cls(
            id=id,
            title=title,
            amount=amount,
            unit=unit,
            cost_per_unit=cost_per_unit,
            first_cost=first_cost,
            discount_percent=discount_percent,
            cost_to_pay=cost_to_pay,
            paid_sum=paid_sum,
            payment_status=payment_status,
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
