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
    from ..models.get_chain_client_account_history_response_200_item_deposit_transaction import (
        GetChainClientAccountHistoryResponse200ItemDepositTransaction,
    )
    from ..models.get_chain_client_account_history_response_200_item_deposit_transaction_type import (
        GetChainClientAccountHistoryResponse200ItemDepositTransactionType,
    )


T = TypeVar("T", bound="GetChainClientAccountHistoryResponse200Item")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "deposit_transaction",
        "deposit_transaction_type",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class GetChainClientAccountHistoryResponse200Item:
    """
    Attributes:
        deposit_transaction (GetChainClientAccountHistoryResponse200ItemDepositTransaction | Unset): Client account
            transaction details
        deposit_transaction_type (GetChainClientAccountHistoryResponse200ItemDepositTransactionType | Unset):
            Transaction type information
    """

    deposit_transaction: GetChainClientAccountHistoryResponse200ItemDepositTransaction | Unset = UNSET
    deposit_transaction_type: GetChainClientAccountHistoryResponse200ItemDepositTransactionType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        deposit_transaction = self.deposit_transaction
        if deposit_transaction is not UNSET:
            field_dict["deposit_transaction"] = _fields.write_model(
                deposit_transaction,
                _models.GetChainClientAccountHistoryResponse200ItemDepositTransaction,
                "deposit_transaction",
            )

        deposit_transaction_type = self.deposit_transaction_type
        if deposit_transaction_type is not UNSET:
            field_dict["deposit_transaction_type"] = _fields.write_model(
                deposit_transaction_type,
                _models.GetChainClientAccountHistoryResponse200ItemDepositTransactionType,
                "deposit_transaction_type",
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        deposit_transaction = _get("deposit_transaction", UNSET)
        if deposit_transaction is not UNSET:
            try:
                deposit_transaction = _models.GetChainClientAccountHistoryResponse200ItemDepositTransaction.from_dict(
                    deposit_transaction
                )
            except _FieldError as _error:
                raise _error.within("deposit_transaction")

        deposit_transaction_type = _get("deposit_transaction_type", UNSET)
        if deposit_transaction_type is not UNSET:
            try:
                deposit_transaction_type = (
                    _models.GetChainClientAccountHistoryResponse200ItemDepositTransactionType.from_dict(
                        deposit_transaction_type
                    )
                )
            except _FieldError as _error:
                raise _error.within("deposit_transaction_type")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.deposit_transaction = deposit_transaction
        _model.deposit_transaction_type = deposit_transaction_type
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetChainClientAccountHistoryResponse200Item:
            _fields.init_added_fields(_model, GetChainClientAccountHistoryResponse200Item)
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
