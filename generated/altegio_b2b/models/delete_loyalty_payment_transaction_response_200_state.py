from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.delete_loyalty_payment_transaction_response_200_state_items_item import (
        DeleteLoyaltyPaymentTransactionResponse200StateItemsItem,
    )
    from ..models.delete_loyalty_payment_transaction_response_200_state_loyalty_transactions_item import (
        DeleteLoyaltyPaymentTransactionResponse200StateLoyaltyTransactionsItem,
    )
    from ..models.delete_loyalty_payment_transaction_response_200_state_payment_transactions_item import (
        DeleteLoyaltyPaymentTransactionResponse200StatePaymentTransactionsItem,
    )


T = TypeVar("T", bound="DeleteLoyaltyPaymentTransactionResponse200State")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "items",
        "loyalty_transactions",
        "payment_transactions",
    }
)
_EXTRA = _fields.ANY
_KIND_items = _fields.ListOf(_fields.Model("DeleteLoyaltyPaymentTransactionResponse200StateItemsItem"))
_KIND_loyalty_transactions = _fields.ListOf(
    _fields.Model("DeleteLoyaltyPaymentTransactionResponse200StateLoyaltyTransactionsItem")
)
_KIND_payment_transactions = _fields.ListOf(
    _fields.Model("DeleteLoyaltyPaymentTransactionResponse200StatePaymentTransactionsItem")
)


@_attrs_define
class DeleteLoyaltyPaymentTransactionResponse200State:
    """
    Attributes:
        items (list[DeleteLoyaltyPaymentTransactionResponse200StateItemsItem] | Unset):
        loyalty_transactions (list[DeleteLoyaltyPaymentTransactionResponse200StateLoyaltyTransactionsItem] | Unset):
            Loyalty Payment Transaction
        payment_transactions (list[DeleteLoyaltyPaymentTransactionResponse200StatePaymentTransactionsItem] | Unset):
            Cashier payment transaction
    """

    items: list[DeleteLoyaltyPaymentTransactionResponse200StateItemsItem] | Unset = UNSET
    loyalty_transactions: list[DeleteLoyaltyPaymentTransactionResponse200StateLoyaltyTransactionsItem] | Unset = UNSET
    payment_transactions: list[DeleteLoyaltyPaymentTransactionResponse200StatePaymentTransactionsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        items = self.items
        if items is not UNSET:
            field_dict["items"] = _KIND_items.write_field(items, "items")

        loyalty_transactions = self.loyalty_transactions
        if loyalty_transactions is not UNSET:
            field_dict["loyalty_transactions"] = _KIND_loyalty_transactions.write_field(
                loyalty_transactions, "loyalty_transactions"
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
        items = _get("items", UNSET)
        if items is not UNSET:
            items = _KIND_items.read_field(items, "items")

        loyalty_transactions = _get("loyalty_transactions", UNSET)
        if loyalty_transactions is not UNSET:
            loyalty_transactions = _KIND_loyalty_transactions.read_field(loyalty_transactions, "loyalty_transactions")

        payment_transactions = _get("payment_transactions", UNSET)
        if payment_transactions is not UNSET:
            payment_transactions = _KIND_payment_transactions.read_field(payment_transactions, "payment_transactions")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.items = items
        _model.loyalty_transactions = loyalty_transactions
        _model.payment_transactions = payment_transactions
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not DeleteLoyaltyPaymentTransactionResponse200State:
            _fields.init_added_fields(_model, DeleteLoyaltyPaymentTransactionResponse200State)
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
