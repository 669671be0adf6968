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
    from ..models.cancel_loyalty_card_withdrawal_response_200_items_item import (
        CancelLoyaltyCardWithdrawalResponse200ItemsItem,
    )
    from ..models.cancel_loyalty_card_withdrawal_response_200_kkm_transaction_details_container import (
        CancelLoyaltyCardWithdrawalResponse200KkmTransactionDetailsContainer,
    )
    from ..models.cancel_loyalty_card_withdrawal_response_200_loyalty_transactions_item import (
        CancelLoyaltyCardWithdrawalResponse200LoyaltyTransactionsItem,
    )
    from ..models.cancel_loyalty_card_withdrawal_response_200_payment_transactions_item import (
        CancelLoyaltyCardWithdrawalResponse200PaymentTransactionsItem,
    )


T = TypeVar("T", bound="CancelLoyaltyCardWithdrawalResponse200")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "payment_transactions",
        "loyalty_transactions",
        "kkm_transaction_details_container",
        "items",
    }
)
_EXTRA = _fields.ANY
_KIND_payment_transactions = _fields.ListOf(
    _fields.Model("CancelLoyaltyCardWithdrawalResponse200PaymentTransactionsItem")
)
_KIND_loyalty_transactions = _fields.ListOf(
    _fields.Model("CancelLoyaltyCardWithdrawalResponse200LoyaltyTransactionsItem")
)
_KIND_items = _fields.ListOf(_fields.Model("CancelLoyaltyCardWithdrawalResponse200ItemsItem"))


@_attrs_define
class CancelLoyaltyCardWithdrawalResponse200:
    """Cancellation of loyalty in a visit

    Example:
        {'payment_transactions': [], 'loyalty_transactions': [], 'kkm_transaction_details_container':
            {'last_operation_type': 1, 'transactions': []}, 'items': [{'id': 96063258, 'item_id': 5048384, 'item_type_id':
            7, 'record_id': 0, 'item_title': 'test two', 'amount': 1, 'first_cost': 20, 'manual_cost': 20, 'discount': 0,
            'cost': 20, 'master_id': 548096, 'good_id': 5048384, 'service_id': 0, 'event_id': 0, 'is_service': False,
            'is_event': False, 'is_good': True}, {'id': 0, 'item_id': 2560779, 'item_type_id': 1, 'record_id': 140878948,
            'item_title': 'Deep bikini', 'amount': 1, 'first_cost': 3000, 'manual_cost': 3000, 'discount': 0, 'cost': 3000,
            'master_id': 140878948, 'good_id': 0, 'service_id': 2560779, 'event_id': 0, 'is_service': True, 'is_event':
            False, 'is_good': False}]}

    Attributes:
        payment_transactions (list[CancelLoyaltyCardWithdrawalResponse200PaymentTransactionsItem] | Unset): Array with
            information about the financial transactions of the appointment
        loyalty_transactions (list[CancelLoyaltyCardWithdrawalResponse200LoyaltyTransactionsItem] | Unset): An array
            with information about applied loyalty transactions in a visit
        kkm_transaction_details_container (CancelLoyaltyCardWithdrawalResponse200KkmTransactionDetailsContainer |
            Unset): An object that holds details about transactions recorded by the POS system
        items (list[CancelLoyaltyCardWithdrawalResponse200ItemsItem] | Unset): Array with information about products and
            services of the appointment
    """

    payment_transactions: list[CancelLoyaltyCardWithdrawalResponse200PaymentTransactionsItem] | Unset = UNSET
    loyalty_transactions: list[CancelLoyaltyCardWithdrawalResponse200LoyaltyTransactionsItem] | Unset = UNSET
    kkm_transaction_details_container: CancelLoyaltyCardWithdrawalResponse200KkmTransactionDetailsContainer | Unset = (
        UNSET
    )
    items: list[CancelLoyaltyCardWithdrawalResponse200ItemsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        payment_transactions = self.payment_transactions
        if payment_transactions is not UNSET:
            field_dict["payment_transactions"] = _KIND_payment_transactions.write_field(
                payment_transactions, "payment_transactions"
            )

        loyalty_transactions = self.loyalty_transactions
        if loyalty_transactions is not UNSET:
            field_dict["loyalty_transactions"] = _KIND_loyalty_transactions.write_field(
                loyalty_transactions, "loyalty_transactions"
            )

        kkm_transaction_details_container = self.kkm_transaction_details_container
        if kkm_transaction_details_container is not UNSET:
            field_dict["kkm_transaction_details_container"] = _fields.write_model(
                kkm_transaction_details_container,
                _models.CancelLoyaltyCardWithdrawalResponse200KkmTransactionDetailsContainer,
                "kkm_transaction_details_container",
            )

        items = self.items
        if items is not UNSET:
            field_dict["items"] = _KIND_items.write_field(items, "items")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        payment_transactions = _get("payment_transactions", UNSET)
        if payment_transactions is not UNSET:
            payment_transactions = _KIND_payment_transactions.read_field(payment_transactions, "payment_transactions")

        loyalty_transactions = _get("loyalty_transactions", UNSET)
        if loyalty_transactions is not UNSET:
            loyalty_transactions = _KIND_loyalty_transactions.read_field(loyalty_transactions, "loyalty_transactions")

        kkm_transaction_details_container = _get("kkm_transaction_details_container", UNSET)
        if kkm_transaction_details_container is not UNSET:
            try:
                kkm_transaction_details_container = (
                    _models.CancelLoyaltyCardWithdrawalResponse200KkmTransactionDetailsContainer.from_dict(
                        kkm_transaction_details_container
                    )
                )
            except _FieldError as _error:
                raise _error.within("kkm_transaction_details_container")

        items = _get("items", UNSET)
        if items is not UNSET:
            items = _KIND_items.read_field(items, "items")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.payment_transactions = payment_transactions
        _model.loyalty_transactions = loyalty_transactions
        _model.kkm_transaction_details_container = kkm_transaction_details_container
        _model.items = items
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not CancelLoyaltyCardWithdrawalResponse200:
            _fields.init_added_fields(_model, CancelLoyaltyCardWithdrawalResponse200)
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
