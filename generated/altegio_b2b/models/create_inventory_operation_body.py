from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import timestamps as _timestamps
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_inventory_operation_body_goods_transactions_item import (
        CreateInventoryOperationBodyGoodsTransactionsItem,
    )


T = TypeVar("T", bound="CreateInventoryOperationBody")


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
        type_id = self.type_id

        create_date = self.create_date.isoformat()

        storage_id = self.storage_id

        goods_transactions = []
        for goods_transactions_item_data in self.goods_transactions:
            goods_transactions_item = goods_transactions_item_data.to_dict()
            goods_transactions.append(goods_transactions_item)

        comment = self.comment

        master_id = self.master_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type_id": type_id,
                "create_date": create_date,
                "storage_id": storage_id,
                "goods_transactions": goods_transactions,
            }
        )
        if comment is not UNSET:
            field_dict["comment"] = comment
        if master_id is not UNSET:
            field_dict["master_id"] = master_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_inventory_operation_body_goods_transactions_item import (
            CreateInventoryOperationBodyGoodsTransactionsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        type_id = d.pop("type_id")

        create_date = _timestamps.parse_datetime(d.pop("create_date"))

        storage_id = d.pop("storage_id")

        goods_transactions = []
        _goods_transactions = d.pop("goods_transactions")
        for goods_transactions_item_data in _goods_transactions:
            goods_transactions_item = CreateInventoryOperationBodyGoodsTransactionsItem.from_dict(
                goods_transactions_item_data
            )

            goods_transactions.append(goods_transactions_item)

        comment = d.pop("comment", UNSET)

        master_id = d.pop("master_id", UNSET)

        _model = cls(
            type_id=type_id,
            create_date=create_date,
            storage_id=storage_id,
            goods_transactions=goods_transactions,
            comment=comment,
            master_id=master_id,
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
