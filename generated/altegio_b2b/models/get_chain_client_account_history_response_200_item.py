from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_chain_client_account_history_response_200_item_deposit_transaction import (
        GetChainClientAccountHistoryResponse200ItemDepositTransaction,
    )
    from ..models.get_chain_client_account_history_response_200_item_deposit_transaction_type import (
        GetChainClientAccountHistoryResponse200ItemDepositTransactionType,
    )


T = TypeVar("T", bound="GetChainClientAccountHistoryResponse200Item")


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
        deposit_transaction: dict[str, Any] | Unset = UNSET
        if not isinstance(self.deposit_transaction, Unset):
            deposit_transaction = self.deposit_transaction.to_dict()

        deposit_transaction_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.deposit_transaction_type, Unset):
            deposit_transaction_type = self.deposit_transaction_type.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if deposit_transaction is not UNSET:
            field_dict["deposit_transaction"] = deposit_transaction
        if deposit_transaction_type is not UNSET:
            field_dict["deposit_transaction_type"] = deposit_transaction_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_chain_client_account_history_response_200_item_deposit_transaction import (
            GetChainClientAccountHistoryResponse200ItemDepositTransaction,  # noqa: PLC0415
        )
        from ..models.get_chain_client_account_history_response_200_item_deposit_transaction_type import (
            GetChainClientAccountHistoryResponse200ItemDepositTransactionType,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _deposit_transaction = d.pop("deposit_transaction", UNSET)
        deposit_transaction: GetChainClientAccountHistoryResponse200ItemDepositTransaction | Unset
        if isinstance(_deposit_transaction, Unset):
            deposit_transaction = UNSET
        else:
            deposit_transaction = GetChainClientAccountHistoryResponse200ItemDepositTransaction.from_dict(
                _deposit_transaction
            )

        _deposit_transaction_type = d.pop("deposit_transaction_type", UNSET)
        deposit_transaction_type: GetChainClientAccountHistoryResponse200ItemDepositTransactionType | Unset
        if isinstance(_deposit_transaction_type, Unset):
            deposit_transaction_type = UNSET
        else:
            deposit_transaction_type = GetChainClientAccountHistoryResponse200ItemDepositTransactionType.from_dict(
                _deposit_transaction_type
            )

        _model = cls(
            deposit_transaction=deposit_transaction,
            deposit_transaction_type=deposit_transaction_type,
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
