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
    from ..models.create_client_account_topup_operation_response_200_deposits_transactions_item import (
        CreateClientAccountTopupOperationResponse200DepositsTransactionsItem,
    )
    from ..models.create_client_account_topup_operation_response_200_document import (
        CreateClientAccountTopupOperationResponse200Document,
    )
    from ..models.create_client_account_topup_operation_response_200_payment_transactions_item import (
        CreateClientAccountTopupOperationResponse200PaymentTransactionsItem,
    )


T = TypeVar("T", bound="CreateClientAccountTopupOperationResponse200")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "document",
        "deposits_transactions",
        "payment_transactions",
    }
)
_EXTRA = _fields.ANY
_KIND_deposits_transactions = _fields.ListOf(
    _fields.Model("CreateClientAccountTopupOperationResponse200DepositsTransactionsItem")
)
_KIND_payment_transactions = _fields.ListOf(
    _fields.Model("CreateClientAccountTopupOperationResponse200PaymentTransactionsItem")
)


@_attrs_define
class CreateClientAccountTopupOperationResponse200:
    """Object with data

    Attributes:
        document (CreateClientAccountTopupOperationResponse200Document | Unset):
        deposits_transactions (list[CreateClientAccountTopupOperationResponse200DepositsTransactionsItem] | Unset):
            Client account transaction
        payment_transactions (list[CreateClientAccountTopupOperationResponse200PaymentTransactionsItem] | Unset):
            Payment transaction
    """

    document: CreateClientAccountTopupOperationResponse200Document | Unset = UNSET
    deposits_transactions: list[CreateClientAccountTopupOperationResponse200DepositsTransactionsItem] | Unset = UNSET
    payment_transactions: list[CreateClientAccountTopupOperationResponse200PaymentTransactionsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        document = self.document
        if document is not UNSET:
            field_dict["document"] = _fields.write_model(
                document, _models.CreateClientAccountTopupOperationResponse200Document, "document"
            )

        deposits_transactions = self.deposits_transactions
        if deposits_transactions is not UNSET:
            field_dict["deposits_transactions"] = _KIND_deposits_transactions.write_field(
                deposits_transactions, "deposits_transactions"
            )

        payment_transactions = self.payment_transactions
        if payment_transactions is not UNSET:
            field_dict["payment_transactions"] = _KIND_payment_transactions.write_field(
                payment_transactions, "payment_transactions"
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        document = _get("document", UNSET)
        if document is not UNSET:
            try:
                document = _models.CreateClientAccountTopupOperationResponse200Document.from_dict(document)
            except _FieldError as _error:
                raise _error.within("document")

        deposits_transactions = _get("deposits_transactions", UNSET)
        if deposits_transactions is not UNSET:
            deposits_transactions = _KIND_deposits_transactions.read_field(
                deposits_transactions, "deposits_transactions"
            )

        payment_transactions = _get("payment_transactions", UNSET)
        if payment_transactions is not UNSET:
            payment_transactions = _KIND_payment_transactions.read_field(payment_transactions, "payment_transactions")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.document = document
        _model.deposits_transactions = deposits_transactions
        _model.payment_transactions = payment_transactions
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not CreateClientAccountTopupOperationResponse200:
            _fields.init_added_fields(_model, CreateClientAccountTopupOperationResponse200)
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
