from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookRecordDataServicesItem")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "title",
        "cost",
        "cost_to_pay",
        "manual_cost",
        "cost_per_unit",
        "discount",
        "first_cost",
        "amount",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class WebhookRecordDataServicesItem:
    """
    Attributes:
        id (int | Unset):
        title (str | Unset):
        cost (float | Unset):
        cost_to_pay (float | Unset):
        manual_cost (float | Unset):
        cost_per_unit (float | Unset):
        discount (float | Unset):
        first_cost (float | Unset):
        amount (int | Unset):
    """

    id: int | Unset = UNSET
    title: str | Unset = UNSET
    cost: float | Unset = UNSET
    cost_to_pay: float | Unset = UNSET
    manual_cost: float | Unset = UNSET
    cost_per_unit: float | Unset = UNSET
    discount: float | Unset = UNSET
    first_cost: float | Unset = UNSET
    amount: int | Unset = UNSET
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

        cost = self.cost
        if cost is not UNSET:
            field_dict["cost"] = _fields.write_number(cost, "cost")

        cost_to_pay = self.cost_to_pay
        if cost_to_pay is not UNSET:
            field_dict["cost_to_pay"] = _fields.write_number(cost_to_pay, "cost_to_pay")

        manual_cost = self.manual_cost
        if manual_cost is not UNSET:
            field_dict["manual_cost"] = _fields.write_number(manual_cost, "manual_cost")

        cost_per_unit = self.cost_per_unit
        if cost_per_unit is not UNSET:
            field_dict["cost_per_unit"] = _fields.write_number(cost_per_unit, "cost_per_unit")

        discount = self.discount
        if discount is not UNSET:
            field_dict["discount"] = _fields.write_number(discount, "discount")

        first_cost = self.first_cost
        if first_cost is not UNSET:
            field_dict["first_cost"] = _fields.write_number(first_cost, "first_cost")

        amount = self.amount
        if type(amount) is not int and amount is not UNSET:
            amount = _fields.write_integer(amount, "amount")
        if amount is not UNSET:
            field_dict["amount"] = amount

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

        cost = _get("cost", UNSET)
        if type(cost) is not float and type(cost) is not int and cost is not UNSET:
            cost = _fields.read_number(cost, "cost")

        cost_to_pay = _get("cost_to_pay", UNSET)
        if type(cost_to_pay) is not float and type(cost_to_pay) is not int and cost_to_pay is not UNSET:
            cost_to_pay = _fields.read_number(cost_to_pay, "cost_to_pay")

        manual_cost = _get("manual_cost", UNSET)
        if type(manual_cost) is not float and type(manual_cost) is not int and manual_cost is not UNSET:
            manual_cost = _fields.read_number(manual_cost, "manual_cost")

        cost_per_unit = _get("cost_per_unit", UNSET)
        if type(cost_per_unit) is not float and type(cost_per_unit) is not int and cost_per_unit is not UNSET:
            cost_per_unit = _fields.read_number(cost_per_unit, "cost_per_unit")

        discount = _get("discount", UNSET)
        if type(discount) is not float and type(discount) is not int and discount is not UNSET:
            discount = _fields.read_number(discount, "discount")

        first_cost = _get("first_cost", UNSET)
        if type(first_cost) is not float and type(first_cost) is not int and first_cost is not UNSET:
            first_cost = _fields.read_number(first_cost, "first_cost")

        amount = _get("amount", UNSET)
        if type(amount) is not int and amount is not UNSET:
            amount = _fields.read_integer(amount, "amount")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.title = title
        _model.cost = cost
        _model.cost_to_pay = cost_to_pay
        _model.manual_cost = manual_cost
        _model.cost_per_unit = cost_per_unit
        _model.discount = discount
        _model.first_cost = first_cost
        _model.amount = amount
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not WebhookRecordDataServicesItem:
            _fields.init_added_fields(_model, WebhookRecordDataServicesItem)
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
