from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.apply_loyalty_card_deduction_response_200_items_item import (
        ApplyLoyaltyCardDeductionResponse200ItemsItem,
    )
    from ..models.apply_loyalty_card_deduction_response_200_kkm_transaction_details_container import (
        ApplyLoyaltyCardDeductionResponse200KkmTransactionDetailsContainer,
    )
    from ..models.apply_loyalty_card_deduction_response_200_loyalty_transactions_item import (
        ApplyLoyaltyCardDeductionResponse200LoyaltyTransactionsItem,
    )
    from ..models.apply_loyalty_card_deduction_response_200_payment_transactions_item import (
        ApplyLoyaltyCardDeductionResponse200PaymentTransactionsItem,
    )


T = TypeVar("T", bound="ApplyLoyaltyCardDeductionResponse200")


@_attrs_define
class ApplyLoyaltyCardDeductionResponse200:
    """Application of loyalty in a visit

    Example:
        {'payment_transactions': [], 'loyalty_transactions': [{'id': 22985556, 'status_id': 1, 'amount': 20, 'type_id':
            1, 'program_id': 20802, 'card_id': 9223622, 'salon_group_id': 145071, 'item_id': 5048384, 'item_type_id': 7,
            'item_record_id': 0, 'goods_transaction_id': 96063258, 'is_discount': True, 'is_loyalty_withdraw': False,
            'type': {'id': 1, 'title': 'Promotion discount'}}], 'kkm_transaction_details_container': {'last_operation_type':
            1, 'transactions': []}, 'items': [{'id': 96063258, 'item_id': 5048384, 'item_type_id': 7, 'record_id': 0,
            'item_title': 'test two', 'amount': 1, 'first_cost': 20, 'manual_cost': 20, 'discount': 0, 'cost': 20,
            'master_id': 548096, 'good_id': 5048384, 'service_id': 0, 'event_id': 0, 'is_service': False, 'is_event': False,
            'is_good': True}, {'id': 0, 'item_id': 2560779, 'item_type_id': 1, 'record_id': 140878948, 'item_title': 'Deep
            bikini', 'amount': 1, 'first_cost': 3000, 'manual_cost': 3000, 'discount': 0, 'cost': 3000, 'master_id':
            140878948, 'good_id': 0, 'service_id': 2560779, 'event_id': 0, 'is_service': True, 'is_event': False, 'is_good':
            False}]}

    Attributes:
        payment_transactions (list[ApplyLoyaltyCardDeductionResponse200PaymentTransactionsItem] | Unset): Array with
            information about the financial transactions of the appointment
        loyalty_transactions (list[ApplyLoyaltyCardDeductionResponse200LoyaltyTransactionsItem] | Unset): An array with
            information about applied loyalty transactions in a visit
        kkm_transaction_details_container (ApplyLoyaltyCardDeductionResponse200KkmTransactionDetailsContainer | Unset):
            An object that holds details about transactions recorded by the POS system
        items (list[ApplyLoyaltyCardDeductionResponse200ItemsItem] | Unset): Array with information about products and
            services of the appointment
    """

    payment_transactions: list[ApplyLoyaltyCardDeductionResponse200PaymentTransactionsItem] | Unset = UNSET
    loyalty_transactions: list[ApplyLoyaltyCardDeductionResponse200LoyaltyTransactionsItem] | Unset = UNSET
    kkm_transaction_details_container: ApplyLoyaltyCardDeductionResponse200KkmTransactionDetailsContainer | Unset = (
        UNSET
    )
    items: list[ApplyLoyaltyCardDeductionResponse200ItemsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_transactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payment_transactions, Unset):
            payment_transactions = []
            for payment_transactions_item_data in self.payment_transactions:
                payment_transactions_item = payment_transactions_item_data.to_dict()
                payment_transactions.append(payment_transactions_item)

        loyalty_transactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.loyalty_transactions, Unset):
            loyalty_transactions = []
            for loyalty_transactions_item_data in self.loyalty_transactions:
                loyalty_transactions_item = loyalty_transactions_item_data.to_dict()
                loyalty_transactions.append(loyalty_transactions_item)

        kkm_transaction_details_container: dict[str, Any] | Unset = UNSET
        if not isinstance(self.kkm_transaction_details_container, Unset):
            kkm_transaction_details_container = self.kkm_transaction_details_container.to_dict()

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payment_transactions is not UNSET:
            field_dict["payment_transactions"] = payment_transactions
        if loyalty_transactions is not UNSET:
            field_dict["loyalty_transactions"] = loyalty_transactions
        if kkm_transaction_details_container is not UNSET:
            field_dict["kkm_transaction_details_container"] = kkm_transaction_details_container
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.apply_loyalty_card_deduction_response_200_items_item import (
            ApplyLoyaltyCardDeductionResponse200ItemsItem,  # noqa: PLC0415
        )
        from ..models.apply_loyalty_card_deduction_response_200_kkm_transaction_details_container import (
            ApplyLoyaltyCardDeductionResponse200KkmTransactionDetailsContainer,  # noqa: PLC0415
        )
        from ..models.apply_loyalty_card_deduction_response_200_loyalty_transactions_item import (
            ApplyLoyaltyCardDeductionResponse200LoyaltyTransactionsItem,  # noqa: PLC0415
        )
        from ..models.apply_loyalty_card_deduction_response_200_payment_transactions_item import (
            ApplyLoyaltyCardDeductionResponse200PaymentTransactionsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _payment_transactions = d.pop("payment_transactions", UNSET)
        payment_transactions: list[ApplyLoyaltyCardDeductionResponse200PaymentTransactionsItem] | Unset = UNSET
        if _payment_transactions is not UNSET:
            payment_transactions = []
            for payment_transactions_item_data in _payment_transactions:
                payment_transactions_item = ApplyLoyaltyCardDeductionResponse200PaymentTransactionsItem.from_dict(
                    payment_transactions_item_data
                )

                payment_transactions.append(payment_transactions_item)

        _loyalty_transactions = d.pop("loyalty_transactions", UNSET)
        loyalty_transactions: list[ApplyLoyaltyCardDeductionResponse200LoyaltyTransactionsItem] | Unset = UNSET
        if _loyalty_transactions is not UNSET:
            loyalty_transactions = []
            for loyalty_transactions_item_data in _loyalty_transactions:
                loyalty_transactions_item = ApplyLoyaltyCardDeductionResponse200LoyaltyTransactionsItem.from_dict(
                    loyalty_transactions_item_data
                )

                loyalty_transactions.append(loyalty_transactions_item)

        _kkm_transaction_details_container = d.pop("kkm_transaction_details_container", UNSET)
        kkm_transaction_details_container: ApplyLoyaltyCardDeductionResponse200KkmTransactionDetailsContainer | Unset
        if isinstance(_kkm_transaction_details_container, Unset):
            kkm_transaction_details_container = UNSET
        else:
            kkm_transaction_details_container = (
                ApplyLoyaltyCardDeductionResponse200KkmTransactionDetailsContainer.from_dict(
                    _kkm_transaction_details_container
                )
            )

        _items = d.pop("items", UNSET)
        items: list[ApplyLoyaltyCardDeductionResponse200ItemsItem] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = ApplyLoyaltyCardDeductionResponse200ItemsItem.from_dict(items_item_data)

                items.append(items_item)

        _model = cls(
            payment_transactions=payment_transactions,
            loyalty_transactions=loyalty_transactions,
            kkm_transaction_details_container=kkm_transaction_details_container,
            items=items,
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
