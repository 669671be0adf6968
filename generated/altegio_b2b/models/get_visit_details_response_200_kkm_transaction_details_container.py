from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_visit_details_response_200_kkm_transaction_details_container_transactions_item import (
        GetVisitDetailsResponse200KkmTransactionDetailsContainerTransactionsItem,
    )


T = TypeVar("T", bound="GetVisitDetailsResponse200KkmTransactionDetailsContainer")


@_attrs_define
class GetVisitDetailsResponse200KkmTransactionDetailsContainer:
    """KKM transaction details

    Attributes:
        last_operation_type (float | Unset): Type of last KKM operation
        transactions (list[GetVisitDetailsResponse200KkmTransactionDetailsContainerTransactionsItem] | Unset): KKM
            transaction
    """

    last_operation_type: float | Unset = UNSET
    transactions: list[GetVisitDetailsResponse200KkmTransactionDetailsContainerTransactionsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        last_operation_type = self.last_operation_type

        transactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.transactions, Unset):
            transactions = []
            for transactions_item_data in self.transactions:
                transactions_item = transactions_item_data.to_dict()
                transactions.append(transactions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if last_operation_type is not UNSET:
            field_dict["last_operation_type"] = last_operation_type
        if transactions is not UNSET:
            field_dict["transactions"] = transactions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_visit_details_response_200_kkm_transaction_details_container_transactions_item import (
            GetVisitDetailsResponse200KkmTransactionDetailsContainerTransactionsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        last_operation_type = d.pop("last_operation_type", UNSET)

        _transactions = d.pop("transactions", UNSET)
        transactions: list[GetVisitDetailsResponse200KkmTransactionDetailsContainerTransactionsItem] | Unset = UNSET
        if _transactions is not UNSET:
            transactions = []
            for transactions_item_data in _transactions:
                transactions_item = GetVisitDetailsResponse200KkmTransactionDetailsContainerTransactionsItem.from_dict(
                    transactions_item_data
                )

                transactions.append(transactions_item)

        _model = cls(
            last_operation_type=last_operation_type,
            transactions=transactions,
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
