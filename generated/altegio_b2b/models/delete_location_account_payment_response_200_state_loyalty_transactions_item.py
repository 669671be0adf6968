from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._runtime import fields as _fields
from .._runtime.errors import FieldError as _FieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.delete_location_account_payment_response_200_state_loyalty_transactions_item_chain import (
        DeleteLocationAccountPaymentResponse200StateLoyaltyTransactionsItemChain,
    )
    from ..models.delete_location_account_payment_response_200_state_loyalty_transactions_item_deposit import (
        DeleteLocationAccountPaymentResponse200StateLoyaltyTransactionsItemDeposit,
    )
    from ..models.delete_location_account_payment_response_200_state_loyalty_transactions_item_type import (
        DeleteLocationAccountPaymentResponse200StateLoyaltyTransactionsItemType,
    )


T = TypeVar("T", bound="DeleteLocationAccountPaymentResponse200StateLoyaltyTransactionsItem")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "document_id",
        "sale_item_id",
        "sale_item_type",
        "amount",
        "type_id",
        "created_at",
        "deposit_transaction_id",
        "chain",
        "type",
        "deposit",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class DeleteLocationAccountPaymentResponse200StateLoyaltyTransactionsItem:
    """
    Attributes:
        id (int | Unset): Loyalty transaction ID
        document_id (int | Unset): Document ID
        sale_item_id (int | Unset): Sold unit ID
        sale_item_type (str | Unset): Unit sold type
        amount (float | Unset): Transaction amount
        type_id (int | Unset): Transaction type identifier
        created_at (datetime.datetime | Unset): date of creation
        deposit_transaction_id (int | Unset): Transaction ID (depends on type)
        chain (DeleteLocationAccountPaymentResponse200StateLoyaltyTransactionsItemChain | Unset): Location chain
        type_ (DeleteLocationAccountPaymentResponse200StateLoyaltyTransactionsItemType | Unset): Transaction type
        deposit (DeleteLocationAccountPaymentResponse200StateLoyaltyTransactionsItemDeposit | Unset): Withdrawal from
            personal account
    """

    id: int | Unset = UNSET
    document_id: int | Unset = UNSET
    sale_item_id: int | Unset = UNSET
    sale_item_type: str | Unset = UNSET
    amount: float | Unset = UNSET
    type_id: int | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    deposit_transaction_id: int | Unset = UNSET
    chain: DeleteLocationAccountPaymentResponse200StateLoyaltyTransactionsItemChain | Unset = UNSET
    type_: DeleteLocationAccountPaymentResponse200StateLoyaltyTransactionsItemType | Unset = UNSET
    deposit: DeleteLocationAccountPaymentResponse200StateLoyaltyTransactionsItemDeposit | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        id = self.id
        if type(id) is not int and id is not UNSET:
            id = _fields.write_integer(id, "id")
        if id is not UNSET:
            field_dict["id"] = id

        document_id = self.document_id
        if type(document_id) is not int and document_id is not UNSET:
            document_id = _fields.write_integer(document_id, "document_id")
        if document_id is not UNSET:
            field_dict["document_id"] = document_id

        sale_item_id = self.sale_item_id
        if type(sale_item_id) is not int and sale_item_id is not UNSET:
            sale_item_id = _fields.write_integer(sale_item_id, "sale_item_id")
        if sale_item_id is not UNSET:
            field_dict["sale_item_id"] = sale_item_id

        sale_item_type = self.sale_item_type
        if type(sale_item_type) is not str and sale_item_type is not UNSET:
            sale_item_type = _fields.write_string(sale_item_type, "sale_item_type")
        if sale_item_type is not UNSET:
            field_dict["sale_item_type"] = sale_item_type

        amount = self.amount
        if amount is not UNSET:
            field_dict["amount"] = _fields.write_number(amount, "amount")

        type_id = self.type_id
        if type(type_id) is not int and type_id is not UNSET:
            type_id = _fields.write_integer(type_id, "type_id")
        if type_id is not UNSET:
            field_dict["type_id"] = type_id

        created_at = self.created_at
        if created_at is not UNSET:
            field_dict["created_at"] = _fields.write_datetime(created_at, "created_at")

        deposit_transaction_id = self.deposit_transaction_id
        if type(deposit_transaction_id) is not int and deposit_transaction_id is not UNSET:
            deposit_transaction_id = _fields.write_integer(deposit_transaction_id, "deposit_transaction_id")
        if deposit_transaction_id is not UNSET:
            field_dict["deposit_transaction_id"] = deposit_transaction_id

        chain = self.chain
        if chain is not UNSET:
            field_dict["chain"] = _fields.write_model(
                chain, _models.DeleteLocationAccountPaymentResponse200StateLoyaltyTransactionsItemChain, "chain"
            )

        type_ = self.type_
        if type_ is not UNSET:
            field_dict["type"] = _fields.write_model(
                type_, _models.DeleteLocationAccountPaymentResponse200StateLoyaltyTransactionsItemType, "type_"
            )

        deposit = self.deposit
        if deposit is not UNSET:
            field_dict["deposit"] = _fields.write_model(
                deposit, _models.DeleteLocationAccountPaymentResponse200StateLoyaltyTransactionsItemDeposit, "deposit"
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _fields.read_integer(id, "id")

        document_id = _get("document_id", UNSET)
        if type(document_id) is not int and document_id is not UNSET:
            document_id = _fields.read_integer(document_id, "document_id")

        sale_item_id = _get("sale_item_id", UNSET)
        if type(sale_item_id) is not int and sale_item_id is not UNSET:
            sale_item_id = _fields.read_integer(sale_item_id, "sale_item_id")

        sale_item_type = _get("sale_item_type", UNSET)
        if type(sale_item_type) is not str and sale_item_type is not UNSET:
            sale_item_type = _fields.read_string(sale_item_type, "sale_item_type")

        amount = _get("amount", UNSET)
        if type(amount) is not float and type(amount) is not int and amount is not UNSET:
            amount = _fields.read_number(amount, "amount")

        type_id = _get("type_id", UNSET)
        if type(type_id) is not int and type_id is not UNSET:
            type_id = _fields.read_integer(type_id, "type_id")

        created_at = _get("created_at", UNSET)
        if created_at is not UNSET:
            try:
                created_at = _fields.datetime_fromisoformat(created_at)
            except (TypeError, ValueError):
                created_at = _fields.read_datetime(created_at, "created_at")

        deposit_transaction_id = _get("deposit_transaction_id", UNSET)
        if type(deposit_transaction_id) is not int and deposit_transaction_id is not UNSET:
            deposit_transaction_id = _fields.read_integer(deposit_transaction_id, "deposit_transaction_id")

        chain = _get("chain", UNSET)
        if chain is not UNSET:
            try:
                chain = _models.DeleteLocationAccountPaymentResponse200StateLoyaltyTransactionsItemChain.from_dict(
                    chain
                )
            except _FieldError as _error:
                raise _error.within("chain")

        type_ = _get("type", UNSET)
        if type_ is not UNSET:
            try:
                type_ = _models.DeleteLocationAccountPaymentResponse200StateLoyaltyTransactionsItemType.from_dict(type_)
            except _FieldError as _error:
                raise _error.within("type")

        deposit = _get("deposit", UNSET)
        if deposit is not UNSET:
            try:
                deposit = _models.DeleteLocationAccountPaymentResponse200StateLoyaltyTransactionsItemDeposit.from_dict(
                    deposit
                )
            except _FieldError as _error:
                raise _error.within("deposit")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.document_id = document_id
        _model.sale_item_id = sale_item_id
        _model.sale_item_type = sale_item_type
        _model.amount = amount
        _model.type_id = type_id
        _model.created_at = created_at
        _model.deposit_transaction_id = deposit_transaction_id
        _model.chain = chain
        _model.type_ = type_
        _model.deposit = deposit
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not DeleteLocationAccountPaymentResponse200StateLoyaltyTransactionsItem:
            _fields.init_added_fields(_model, DeleteLocationAccountPaymentResponse200StateLoyaltyTransactionsItem)
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
