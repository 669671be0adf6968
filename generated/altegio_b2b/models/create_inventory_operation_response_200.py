from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_inventory_operation_response_200_document import CreateInventoryOperationResponse200Document
    from ..models.create_inventory_operation_response_200_transactions_item import (
        CreateInventoryOperationResponse200TransactionsItem,
    )


T = TypeVar("T", bound="CreateInventoryOperationResponse200")


@_attrs_define
class CreateInventoryOperationResponse200:
    """Object with data

    Attributes:
        document (CreateInventoryOperationResponse200Document | Unset): Document
        transactions (list[CreateInventoryOperationResponse200TransactionsItem] | Unset): transaction
    """

    document: CreateInventoryOperationResponse200Document | Unset = UNSET
    transactions: list[CreateInventoryOperationResponse200TransactionsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        document: dict[str, Any] | Unset = UNSET
        if not isinstance(self.document, Unset):
            document = self.document.to_dict()

        transactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.transactions, Unset):
            transactions = []
            for transactions_item_data in self.transactions:
                transactions_item = transactions_item_data.to_dict()
                transactions.append(transactions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if document is not UNSET:
            field_dict["document"] = document
        if transactions is not UNSET:
            field_dict["transactions"] = transactions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_inventory_operation_response_200_document import (
            CreateInventoryOperationResponse200Document,  # noqa: PLC0415
        )
        from ..models.create_inventory_operation_response_200_transactions_item import (
            CreateInventoryOperationResponse200TransactionsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _document = d.pop("document", UNSET)
        document: CreateInventoryOperationResponse200Document | Unset
        if isinstance(_document, Unset):
            document = UNSET
        else:
            document = CreateInventoryOperationResponse200Document.from_dict(_document)

        _transactions = d.pop("transactions", UNSET)
        transactions: list[CreateInventoryOperationResponse200TransactionsItem] | Unset = UNSET
        if _transactions is not UNSET:
            transactions = []
            for transactions_item_data in _transactions:
                transactions_item = CreateInventoryOperationResponse200TransactionsItem.from_dict(
                    transactions_item_data
                )

                transactions.append(transactions_item)

        _model = cls(
            document=document,
            transactions=transactions,
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
