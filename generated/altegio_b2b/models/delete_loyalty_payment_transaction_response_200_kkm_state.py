from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.delete_loyalty_payment_transaction_response_200_kkm_state_transactions_item import (
        DeleteLoyaltyPaymentTransactionResponse200KkmStateTransactionsItem,
    )


T = TypeVar("T", bound="DeleteLoyaltyPaymentTransactionResponse200KkmState")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "last_operation_type",
        "transactions",
    }
)
_EXTRA = _fields.ANY
_KIND_transactions = _fields.ListOf(_fields.Model("DeleteLoyaltyPaymentTransactionResponse200KkmStateTransactionsItem"))


@_attrs_define
class DeleteLoyaltyPaymentTransactionResponse200KkmState:
    """
    Attributes:
        last_operation_type (int | Unset): Type of last KKM operation
        transactions (list[DeleteLoyaltyPaymentTransactionResponse200KkmStateTransactionsItem] | Unset): KKM transaction
    """

    last_operation_type: int | Unset = UNSET
    transactions: list[DeleteLoyaltyPaymentTransactionResponse200KkmStateTransactionsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        last_operation_type = self.last_operation_type
        if type(last_operation_type) is not int and last_operation_type is not UNSET:
            last_operation_type = _fields.write_integer(last_operation_type, "last_operation_type")
        if last_operation_type is not UNSET:
            field_dict["last_operation_type"] = last_operation_type

        transactions = self.transactions
        if transactions is not UNSET:
            field_dict["transactions"] = _KIND_transactions.write_field(transactions, "transactions")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        last_operation_type = _get("last_operation_type", UNSET)
        if type(last_operation_type) is not int and last_operation_type is not UNSET:
            last_operation_type = _fields.read_integer(last_operation_type, "last_operation_type")

        transactions = _get("transactions", UNSET)
        if transactions is not UNSET:
            transactions = _KIND_transactions.read_field(transactions, "transactions")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.last_operation_type = last_operation_type
        _model.transactions = transactions
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not DeleteLoyaltyPaymentTransactionResponse200KkmState:
            _fields.init_added_fields(_model, DeleteLoyaltyPaymentTransactionResponse200KkmState)
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
