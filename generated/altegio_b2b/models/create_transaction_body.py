from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateTransactionBody")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "document_id",
        "good_id",
        "amount",
        "cost_per_unit",
        "discount",
        "cost",
        "operation_unit_type",
        "master_id",
        "client_id",
        "supplier_id",
        "comment",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class CreateTransactionBody:
    """Create Transaction

    Example:
        {'document_id': 22254960, 'good_id': 232674, 'amount': 1, 'cost_per_unit': 100, 'discount': 10, 'cost': 90,
            'operation_unit_type': 1, 'master_id': 26781, 'client_id': 0, 'supplier_id': 0, 'comment': 'Transaction
            comment'}

    Attributes:
        document_id (int): Document ID
        good_id (int): Item ID
        amount (float): Quantity
        cost_per_unit (float): Unit cost
        discount (float): Discount in %
        cost (float): Total transaction amount
        operation_unit_type (float): unit type: 1 - for sale, 2 - for write-off
        master_id (int | Unset): ID of the team member who sold the product
        client_id (int | Unset): ID of the customer who bought the product
        supplier_id (int | Unset): Vendor ID
        comment (str | Unset): A comment
    """

    document_id: int
    good_id: int
    amount: float
    cost_per_unit: float
    discount: float
    cost: float
    operation_unit_type: float
    master_id: int | Unset = UNSET
    client_id: int | Unset = UNSET
    supplier_id: int | Unset = UNSET
    comment: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        document_id = self.document_id
        if type(document_id) is not int:
            document_id = _fields.write_integer(document_id, "document_id")
        field_dict["document_id"] = document_id

        good_id = self.good_id
        if type(good_id) is not int:
            good_id = _fields.write_integer(good_id, "good_id")
        field_dict["good_id"] = good_id

        amount = self.amount
        field_dict["amount"] = _fields.write_number(amount, "amount")

        cost_per_unit = self.cost_per_unit
        field_dict["cost_per_unit"] = _fields.write_number(cost_per_unit, "cost_per_unit")

        discount = self.discount
        field_dict["discount"] = _fields.write_number(discount, "discount")

        cost = self.cost
        field_dict["cost"] = _fields.write_number(cost, "cost")

        operation_unit_type = self.operation_unit_type
        field_dict["operation_unit_type"] = _fields.write_number(operation_unit_type, "operation_unit_type")

        master_id = self.master_id
        if type(master_id) is not int and master_id is not UNSET:
            master_id = _fields.write_integer(master_id, "master_id")
        if master_id is not UNSET:
            field_dict["master_id"] = master_id

        client_id = self.client_id
        if type(client_id) is not int and client_id is not UNSET:
            client_id = _fields.write_integer(client_id, "client_id")
        if client_id is not UNSET:
            field_dict["client_id"] = client_id

        supplier_id = self.supplier_id
        if type(supplier_id) is not int and supplier_id is not UNSET:
            supplier_id = _fields.write_integer(supplier_id, "supplier_id")
        if supplier_id is not UNSET:
            field_dict["supplier_id"] = supplier_id

        comment = self.comment
        if type(comment) is not str and comment is not UNSET:
            comment = _fields.write_string(comment, "comment")
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        document_id = _get("document_id", UNSET)
        if type(document_id) is not int:
            document_id = _fields.read_integer(document_id, "document_id")

        good_id = _get("good_id", UNSET)
        if type(good_id) is not int:
            good_id = _fields.read_integer(good_id, "good_id")

        amount = _get("amount", UNSET)
        if type(amount) is not float and type(amount) is not int:
            amount = _fields.read_number(amount, "amount")

        cost_per_unit = _get("cost_per_unit", UNSET)
        if type(cost_per_unit) is not float and type(cost_per_unit) is not int:
            cost_per_unit = _fields.read_number(cost_per_unit, "cost_per_unit")

        discount = _get("discount", UNSET)
        if type(discount) is not float and type(discount) is not int:
            discount = _fields.read_number(discount, "discount")

        cost = _get("cost", UNSET)
        if type(cost) is not float and type(cost) is not int:
            cost = _fields.read_number(cost, "cost")

        operation_unit_type = _get("operation_unit_type", UNSET)
        if type(operation_unit_type) is not float and type(operation_unit_type) is not int:
            operation_unit_type = _fields.read_number(operation_unit_type, "operation_unit_type")

        master_id = _get("master_id", UNSET)
        if type(master_id) is not int and master_id is not UNSET:
            master_id = _fields.read_integer(master_id, "master_id")

        client_id = _get("client_id", UNSET)
        if type(client_id) is not int and client_id is not UNSET:
            client_id = _fields.read_integer(client_id, "client_id")

        supplier_id = _get("supplier_id", UNSET)
        if type(supplier_id) is not int and supplier_id is not UNSET:
            supplier_id = _fields.read_integer(supplier_id, "supplier_id")

        comment = _get("comment", UNSET)
        if type(comment) is not str and comment is not UNSET:
            comment = _fields.read_string(comment, "comment")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.document_id = document_id
        _model.good_id = good_id
        _model.amount = amount
        _model.cost_per_unit = cost_per_unit
        _model.discount = discount
        _model.cost = cost
        _model.operation_unit_type = operation_unit_type
        _model.master_id = master_id
        _model.client_id = client_id
        _model.supplier_id = supplier_id
        _model.comment = comment
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not CreateTransactionBody:
            _fields.init_added_fields(_model, CreateTransactionBody)
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
