from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import timestamps as _timestamps
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.delete_loyalty_payment_transaction_response_200_state_loyalty_transactions_item_chain import (
        DeleteLoyaltyPaymentTransactionResponse200StateLoyaltyTransactionsItemChain,
    )
    from ..models.delete_loyalty_payment_transaction_response_200_state_loyalty_transactions_item_deposit import (
        DeleteLoyaltyPaymentTransactionResponse200StateLoyaltyTransactionsItemDeposit,
    )
    from ..models.delete_loyalty_payment_transaction_response_200_state_loyalty_transactions_item_type import (
        DeleteLoyaltyPaymentTransactionResponse200StateLoyaltyTransactionsItemType,
    )


T = TypeVar("T", bound="DeleteLoyaltyPaymentTransactionResponse200StateLoyaltyTransactionsItem")


@_attrs_define
class DeleteLoyaltyPaymentTransactionResponse200StateLoyaltyTransactionsItem:
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
        chain (DeleteLoyaltyPaymentTransactionResponse200StateLoyaltyTransactionsItemChain | Unset): Location chain
        type_ (DeleteLoyaltyPaymentTransactionResponse200StateLoyaltyTransactionsItemType | Unset): Transaction type
        deposit (DeleteLoyaltyPaymentTransactionResponse200StateLoyaltyTransactionsItemDeposit | Unset): Withdrawal from
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
    chain: DeleteLoyaltyPaymentTransactionResponse200StateLoyaltyTransactionsItemChain | Unset = UNSET
    type_: DeleteLoyaltyPaymentTransactionResponse200StateLoyaltyTransactionsItemType | Unset = UNSET
    deposit: DeleteLoyaltyPaymentTransactionResponse200StateLoyaltyTransactionsItemDeposit | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        document_id = self.document_id

        sale_item_id = self.sale_item_id

        sale_item_type = self.sale_item_type

        amount = self.amount

        type_id = self.type_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        deposit_transaction_id = self.deposit_transaction_id

        chain: dict[str, Any] | Unset = UNSET
        if not isinstance(self.chain, Unset):
            chain = self.chain.to_dict()

        type_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.to_dict()

        deposit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.deposit, Unset):
            deposit = self.deposit.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if document_id is not UNSET:
            field_dict["document_id"] = document_id
        if sale_item_id is not UNSET:
            field_dict["sale_item_id"] = sale_item_id
        if sale_item_type is not UNSET:
            field_dict["sale_item_type"] = sale_item_type
        if amount is not UNSET:
            field_dict["amount"] = amount
        if type_id is not UNSET:
            field_dict["type_id"] = type_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if deposit_transaction_id is not UNSET:
            field_dict["deposit_transaction_id"] = deposit_transaction_id
        if chain is not UNSET:
            field_dict["chain"] = chain
        if type_ is not UNSET:
            field_dict["type"] = type_
        if deposit is not UNSET:
            field_dict["deposit"] = deposit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.delete_loyalty_payment_transaction_response_200_state_loyalty_transactions_item_chain import (
            DeleteLoyaltyPaymentTransactionResponse200StateLoyaltyTransactionsItemChain,  # noqa: PLC0415
        )
        from ..models.delete_loyalty_payment_transaction_response_200_state_loyalty_transactions_item_deposit import (
            DeleteLoyaltyPaymentTransactionResponse200StateLoyaltyTransactionsItemDeposit,  # noqa: PLC0415
        )
        from ..models.delete_loyalty_payment_transaction_response_200_state_loyalty_transactions_item_type import (
            DeleteLoyaltyPaymentTransactionResponse200StateLoyaltyTransactionsItemType,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        document_id = d.pop("document_id", UNSET)

        sale_item_id = d.pop("sale_item_id", UNSET)

        sale_item_type = d.pop("sale_item_type", UNSET)

        amount = d.pop("amount", UNSET)

        type_id = d.pop("type_id", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = _timestamps.parse_datetime(_created_at)

        deposit_transaction_id = d.pop("deposit_transaction_id", UNSET)

        _chain = d.pop("chain", UNSET)
        chain: DeleteLoyaltyPaymentTransactionResponse200StateLoyaltyTransactionsItemChain | Unset
        if isinstance(_chain, Unset):
            chain = UNSET
        else:
            chain = DeleteLoyaltyPaymentTransactionResponse200StateLoyaltyTransactionsItemChain.from_dict(_chain)

        _type_ = d.pop("type", UNSET)
        type_: DeleteLoyaltyPaymentTransactionResponse200StateLoyaltyTransactionsItemType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = DeleteLoyaltyPaymentTransactionResponse200StateLoyaltyTransactionsItemType.from_dict(_type_)

        _deposit = d.pop("deposit", UNSET)
        deposit: DeleteLoyaltyPaymentTransactionResponse200StateLoyaltyTransactionsItemDeposit | Unset
        if isinstance(_deposit, Unset):
            deposit = UNSET
        else:
            deposit = DeleteLoyaltyPaymentTransactionResponse200StateLoyaltyTransactionsItemDeposit.from_dict(_deposit)

        _model = cls(
            id=id,
            document_id=document_id,
            sale_item_id=sale_item_id,
            sale_item_type=sale_item_type,
            amount=amount,
            type_id=type_id,
            created_at=created_at,
            deposit_transaction_id=deposit_transaction_id,
            chain=chain,
            type_=type_,
            deposit=deposit,
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
