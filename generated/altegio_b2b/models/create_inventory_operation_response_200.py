from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._runtime import fields as _fields
from .._runtime.errors import FieldError as _FieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_inventory_operation_response_200_document import CreateInventoryOperationResponse200Document
    from ..models.create_inventory_operation_response_200_transactions_item import (
        CreateInventoryOperationResponse200TransactionsItem,
    )


T = TypeVar("T", bound="CreateInventoryOperationResponse200")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "document",
        "transactions",
    }
)
_EXTRA = _fields.ANY
_KIND_transactions = _fields.ListOf(_fields.Model("CreateInventoryOperationResponse200TransactionsItem"))


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
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        document = self.document
        if document is not UNSET:
            field_dict["document"] = _fields.write_model(
                document, _models.CreateInventoryOperationResponse200Document, "document"
            )

        transactions = self.transactions
        if transactions is not UNSET:
            field_dict["transactions"] = _KIND_transactions.write_field(transactions, "transactions")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        document = _get("document", UNSET)
        if document is not UNSET:
            try:
                document = _models.CreateInventoryOperationResponse200Document.from_dict(document)
            except _FieldError as _error:
                raise _error.within("document")

        transactions = _get("transactions", UNSET)
        if transactions is not UNSET:
            transactions = _KIND_transactions.read_field(transactions, "transactions")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.document = document
        _model.transactions = transactions
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not CreateInventoryOperationResponse200:
            _fields.init_added_fields(_model, CreateInventoryOperationResponse200)
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
