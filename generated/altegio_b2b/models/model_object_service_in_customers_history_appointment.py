from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..models.model_object_service_in_customers_history_appointment_payment_status import (
    ModelObjectServiceInCustomersHistoryAppointmentPaymentStatus,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_object_consumable_in_service import ModelObjectConsumableInService


T = TypeVar("T", bound="ModelObjectServiceInCustomersHistoryAppointment")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "title",
        "first_cost",
        "discount_percent",
        "cost_to_pay",
        "paid_sum",
        "payment_status",
        "consumables",
    }
)
_EXTRA = _fields.ANY
_KIND_payment_status = _fields.EnumOf("ModelObjectServiceInCustomersHistoryAppointmentPaymentStatus", _fields.STRING)
_KIND_consumables = _fields.ListOf(_fields.Model("ModelObjectConsumableInService"))


@_attrs_define
class ModelObjectServiceInCustomersHistoryAppointment:
    """Service data.

    Example:
        {'id': 123, 'title': 'My service', 'first_cost': 1000, 'discount_percent': 0, 'cost_to_pay': 1000, 'paid_sum':
            1000, 'payment_status': 'paid_full', 'consumables': [{'title': 'My consumable', 'amount': 1, 'cost_per_unit':
            1000, 'unit': 'PCS.'}]}

    Attributes:
        id (int | Unset): Service identifier.
        title (str | Unset): Name of service.
        first_cost (float | Unset): Price of service without discount.
        discount_percent (float | Unset): Percent discount.
        cost_to_pay (float | Unset): The cost of the service including the discount.
        paid_sum (float | Unset): The amount that was paid by the customer.
        payment_status (ModelObjectServiceInCustomersHistoryAppointmentPaymentStatus | Unset): Visit payment status:
              `not_paid` - the visit is not paid, no payments were made for the visit;
              `paid_not_full` - the visit is partially paid;
              `paid_full` - the visit is paid in full, there is no overpayment;
              `paid_over` - there is an overpayment for the visit.
        consumables (list[ModelObjectConsumableInService] | Unset): Product consumables attached to this service.
    """

    id: int | Unset = UNSET
    title: str | Unset = UNSET
    first_cost: float | Unset = UNSET
    discount_percent: float | Unset = UNSET
    cost_to_pay: float | Unset = UNSET
    paid_sum: float | Unset = UNSET
    payment_status: ModelObjectServiceInCustomersHistoryAppointmentPaymentStatus | Unset = UNSET
    consumables: list[ModelObjectConsumableInService] | Unset = UNSET
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

        consumables = self.consumables
        if consumables is not UNSET:
            field_dict["consumables"] = _KIND_consumables.write_field(consumables, "consumables")

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

        consumables = _get("consumables", UNSET)
        if consumables is not UNSET:
            consumables = _KIND_consumables.read_field(consumables, "consumables")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.title = title
        _model.first_cost = first_cost
        _model.discount_percent = discount_percent
        _model.cost_to_pay = cost_to_pay
        _model.paid_sum = paid_sum
        _model.payment_status = payment_status
        _model.consumables = consumables
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not ModelObjectServiceInCustomersHistoryAppointment:
            _fields.init_added_fields(_model, ModelObjectServiceInCustomersHistoryAppointment)
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
