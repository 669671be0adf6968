from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        loyalty_transactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.loyalty_transactions, Unset):
            loyalty_transactions = []
            for loyalty_transactions_item_data in self.loyalty_transactions:
                loyalty_transactions_item = loyalty_transactions_item_data.to_dict()
                loyalty_transactions.append(loyalty_transactions_item)

        payment_transactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payment_transactions, Unset):
            payment_transactions = []
            for payment_transactions_item_data in self.payment_transactions:
                payment_transactions_item = payment_transactions_item_data.to_dict()
                payment_transactions.append(payment_transactions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if items is not UNSET:
            field_dict["items"] = items
        if loyalty_transactions is not UNSET:
            field_dict["loyalty_transactions"] = loyalty_transactions
        if payment_transactions is not UNSET:
            field_dict["payment_transactions"] = payment_transactions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.delete_loyalty_payment_transaction_response_200_state_items_item import (
            DeleteLoyaltyPaymentTransactionResponse200StateItemsItem,  # noqa: PLC0415
        )
        from ..models.delete_loyalty_payment_transaction_response_200_state_loyalty_transactions_item import (
            DeleteLoyaltyPaymentTransactionResponse200StateLoyaltyTransactionsItem,  # noqa: PLC0415
        )
        from ..models.delete_loyalty_payment_transaction_response_200_state_payment_transactions_item import (
            DeleteLoyaltyPaymentTransactionResponse200StatePaymentTransactionsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _items = d.pop("items", UNSET)
        items: list[DeleteLoyaltyPaymentTransactionResponse200StateItemsItem] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = DeleteLoyaltyPaymentTransactionResponse200StateItemsItem.from_dict(items_item_data)

                items.append(items_item)

        _loyalty_transactions = d.pop("loyalty_transactions", UNSET)
        loyalty_transactions: list[DeleteLoyaltyPaymentTransactionResponse200StateLoyaltyTransactionsItem] | Unset = (
            UNSET
        )
        if _loyalty_transactions is not UNSET:
            loyalty_transactions = []
            for loyalty_transactions_item_data in _loyalty_transactions:
                loyalty_transactions_item = (
                    DeleteLoyaltyPaymentTransactionResponse200StateLoyaltyTransactionsItem.from_dict(
                        loyalty_transactions_item_data
                    )
                )

                loyalty_transactions.append(loyalty_transactions_item)

        _payment_transactions = d.pop("payment_transactions", UNSET)
        payment_transactions: list[DeleteLoyaltyPaymentTransactionResponse200StatePaymentTransactionsItem] | Unset = (
            UNSET
        )
        if _payment_transactions is not UNSET:
            payment_transactions = []
            for payment_transactions_item_data in _payment_transactions:
                payment_transactions_item = (
                    DeleteLoyaltyPaymentTransactionResponse200StatePaymentTransactionsItem.from_dict(
                        payment_transactions_item_data
                    )
                )

                payment_transactions.append(payment_transactions_item)

        _model = cls(
            items=items,
            loyalty_transactions=loyalty_transactions,
            payment_transactions=payment_transactions,
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
