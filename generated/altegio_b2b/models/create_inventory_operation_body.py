from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_inventory_operation_body_goods_transactions_item import (
        CreateInventoryOperationBodyGoodsTransactionsItem,
    )


T = TypeVar("T", bound="CreateInventoryOperationBody")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "type_id",
        "create_date",
        "storage_id",
        "goods_transactions",
        "comment",
        "master_id",
    }
)
_EXTRA = _fields.ANY
_KIND_goods_transactions = _fields.ListOf(_fields.Model("CreateInventoryOperationBodyGoodsTransactionsItem"))


@_attrs_define
class CreateInventoryOperationBody:
    """Create an inventory operation

    Example:
        {'type_id': 1, 'comment': 'test document comment', 'create_date': '2026-09-21T23:00:00.000-05:00', 'master_id':
            0, 'storage_id': 91271, 'transactions': [{'good_id': 232674, 'operation_unit_type': 1, 'amount': 1,
            'cost_per_unit': 100, 'discount': 10, 'cost': 90, 'client_id': 0, 'supplier_id': 0, 'comment': 'test transaction
            comment'}]}

    Attributes:
        type_id (int): Document type (Sale 1, Usage / Material Consumption 2, Product Receipt / Incoming 3, Inventory
            Write-off / Product Disposal 4, Internal Transfer 5)
        create_date (datetime.datetime): Document creation date
        storage_id (int): Inventory ID
        goods_transactions (list[CreateInventoryOperationBodyGoodsTransactionsItem]): An array of objects containing
            transaction parameters, similar to a request to create a product transaction
        comment (str | Unset): A comment
        master_id (int | Unset): team member ID
    """

    type_id: int
    create_date: datetime.datetime
    storage_id: int
    goods_transactions: list[CreateInventoryOperationBodyGoodsTransactionsItem]
    comment: str | Unset = UNSET
    master_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        type_id = self.type_id
        if type(type_id) is not int:
            type_id = _fields.write_integer(type_id, "type_id")
        field_dict["type_id"] = type_id

        create_date = self.create_date
        field_dict["create_date"] = _fields.write_datetime(create_date, "create_date")

        storage_id = self.storage_id
        if type(storage_id) is not int:
            storage_id = _fields.write_integer(storage_id, "storage_id")
        field_dict["storage_id"] = storage_id

        goods_transactions = self.goods_transactions
        field_dict["goods_transactions"] = _KIND_goods_transactions.write_field(
            goods_transactions, "goods_transactions"
        )

        comment = self.comment
        if type(comment) is not str and comment is not UNSET:
            comment = _fields.write_string(comment, "comment")
        if comment is not UNSET:
            field_dict["comment"] = comment

        master_id = self.master_id
        if type(master_id) is not int and master_id is not UNSET:
            master_id = _fields.write_integer(master_id, "master_id")
        if master_id is not UNSET:
            field_dict["master_id"] = master_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        type_id = _get("type_id", UNSET)
        if type(type_id) is not int:
            type_id = _fields.read_integer(type_id, "type_id")

        create_date = _get("create_date", UNSET)
        try:
            create_date = _fields.datetime_fromisoformat(create_date)
        except (TypeError, ValueError):
            create_date = _fields.read_datetime(create_date, "create_date")

        storage_id = _get("storage_id", UNSET)
        if type(storage_id) is not int:
            storage_id = _fields.read_integer(storage_id, "storage_id")

        goods_transactions = _get("goods_transactions", UNSET)
        goods_transactions = _KIND_goods_transactions.read_field(goods_transactions, "goods_transactions")

        comment = _get("comment", UNSET)
        if type(comment) is not str and comment is not UNSET:
            comment = _fields.read_string(comment, "comment")

        master_id = _get("master_id", UNSET)
        if type(master_id) is not int and master_id is not UNSET:
            master_id = _fields.read_integer(master_id, "master_id")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.type_id = type_id
        _model.create_date = create_date
        _model.storage_id = storage_id
        _model.goods_transactions = goods_transactions
        _model.comment = comment
        _model.master_id = master_id
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not CreateInventoryOperationBody:
            _fields.init_added_fields(_model, CreateInventoryOperationBody)
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
