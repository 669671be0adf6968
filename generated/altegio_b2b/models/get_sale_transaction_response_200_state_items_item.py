from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetSaleTransactionResponse200StateItemsItem")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "type",
        "title",
        "amount",
        "default_cost_per_unit",
        "default_cost_total",
        "client_discount_percent",
        "cost_to_pay_total",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class GetSaleTransactionResponse200StateItemsItem:
    """Selling unit

    Attributes:
        id (int | Unset): Selling unit ID
        type_ (str | Unset): Type (service/product)
        title (str | Unset): Name
        amount (int | Unset): Quantity
        default_cost_per_unit (float | Unset): Unit price
        default_cost_total (float | Unset): Total default price
        client_discount_percent (float | Unset): Discount percentage
        cost_to_pay_total (float | Unset): Payable price
    """

    id: int | Unset = UNSET
    type_: str | Unset = UNSET
    title: str | Unset = UNSET
    amount: int | Unset = UNSET
    default_cost_per_unit: float | Unset = UNSET
    default_cost_total: float | Unset = UNSET
    client_discount_percent: float | Unset = UNSET
    cost_to_pay_total: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        id = self.id
        if type(id) is not int and id is not UNSET:
            id = _fields.write_integer(id, "id")
        if id is not UNSET:
            field_dict["id"] = id

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

        amount = self.amount
        if type(amount) is not int and amount is not UNSET:
            amount = _fields.write_integer(amount, "amount")
        if amount is not UNSET:
            field_dict["amount"] = amount

        default_cost_per_unit = self.default_cost_per_unit
        if default_cost_per_unit is not UNSET:
            field_dict["default_cost_per_unit"] = _fields.write_number(default_cost_per_unit, "default_cost_per_unit")

        default_cost_total = self.default_cost_total
        if default_cost_total is not UNSET:
            field_dict["default_cost_total"] = _fields.write_number(default_cost_total, "default_cost_total")

        client_discount_percent = self.client_discount_percent
        if client_discount_percent is not UNSET:
            field_dict["client_discount_percent"] = _fields.write_number(
                client_discount_percent, "client_discount_percent"
            )

        cost_to_pay_total = self.cost_to_pay_total
        if cost_to_pay_total is not UNSET:
            field_dict["cost_to_pay_total"] = _fields.write_number(cost_to_pay_total, "cost_to_pay_total")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _fields.read_integer(id, "id")

        type_ = _get("type", UNSET)
        if type(type_) is not str and type_ is not UNSET:
            type_ = _fields.read_string(type_, "type")

        title = _get("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = _fields.read_string(title, "title")

        amount = _get("amount", UNSET)
        if type(amount) is not int and amount is not UNSET:
            amount = _fields.read_integer(amount, "amount")

        default_cost_per_unit = _get("default_cost_per_unit", UNSET)
        if (
            type(default_cost_per_unit) is not float
            and type(default_cost_per_unit) is not int
            and default_cost_per_unit is not UNSET
        ):
            default_cost_per_unit = _fields.read_number(default_cost_per_unit, "default_cost_per_unit")

        default_cost_total = _get("default_cost_total", UNSET)
        if (
            type(default_cost_total) is not float
            and type(default_cost_total) is not int
            and default_cost_total is not UNSET
        ):
            default_cost_total = _fields.read_number(default_cost_total, "default_cost_total")

        client_discount_percent = _get("client_discount_percent", UNSET)
        if (
            type(client_discount_percent) is not float
            and type(client_discount_percent) is not int
            and client_discount_percent is not UNSET
        ):
            client_discount_percent = _fields.read_number(client_discount_percent, "client_discount_percent")

        cost_to_pay_total = _get("cost_to_pay_total", UNSET)
        if (
            type(cost_to_pay_total) is not float
            and type(cost_to_pay_total) is not int
            and cost_to_pay_total is not UNSET
        ):
            cost_to_pay_total = _fields.read_number(cost_to_pay_total, "cost_to_pay_total")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.type_ = type_
        _model.title = title
        _model.amount = amount
        _model.default_cost_per_unit = default_cost_per_unit
        _model.default_cost_total = default_cost_total
        _model.client_discount_percent = client_discount_percent
        _model.cost_to_pay_total = cost_to_pay_total
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetSaleTransactionResponse200StateItemsItem:
            _fields.init_added_fields(_model, GetSaleTransactionResponse200StateItemsItem)
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
