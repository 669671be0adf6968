from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_client_account_topup_operation_response_200_deposits_transactions_item import (
        CreateClientAccountTopupOperationResponse200DepositsTransactionsItem,
    )
    from ..models.create_client_account_topup_operation_response_200_document import (
        CreateClientAccountTopupOperationResponse200Document,
    )
    from ..models.create_client_account_topup_operation_response_200_payment_transactions_item import (
        CreateClientAccountTopupOperationResponse200PaymentTransactionsItem,
    )


T = TypeVar("T", bound="CreateClientAccountTopupOperationResponse200")


@_attrs_define
class CreateClientAccountTopupOperationResponse200:
    """Object with data

    Attributes:
        document (CreateClientAccountTopupOperationResponse200Document | Unset):
        deposits_transactions (list[CreateClientAccountTopupOperationResponse200DepositsTransactionsItem] | Unset):
            Client account transaction
        payment_transactions (list[CreateClientAccountTopupOperationResponse200PaymentTransactionsItem] | Unset):
            Payment transaction
    """

    document: CreateClientAccountTopupOperationResponse200Document | Unset = UNSET
    deposits_transactions: list[CreateClientAccountTopupOperationResponse200DepositsTransactionsItem] | Unset = UNSET
    payment_transactions: list[CreateClientAccountTopupOperationResponse200PaymentTransactionsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        document: dict[str, Any] | Unset = UNSET
        if not isinstance(self.document, Unset):
            document = self.document.to_dict()

        deposits_transactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.deposits_transactions, Unset):
            deposits_transactions = []
            for deposits_transactions_item_data in self.deposits_transactions:
                deposits_transactions_item = deposits_transactions_item_data.to_dict()
                deposits_transactions.append(deposits_transactions_item)

        payment_transactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payment_transactions, Unset):
            payment_transactions = []
            for payment_transactions_item_data in self.payment_transactions:
                payment_transactions_item = payment_transactions_item_data.to_dict()
                payment_transactions.append(payment_transactions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if document is not UNSET:
            field_dict["document"] = document
        if deposits_transactions is not UNSET:
            field_dict["deposits_transactions"] = deposits_transactions
        if payment_transactions is not UNSET:
            field_dict["payment_transactions"] = payment_transactions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_client_account_topup_operation_response_200_deposits_transactions_item import (
            CreateClientAccountTopupOperationResponse200DepositsTransactionsItem,  # noqa: PLC0415
        )
        from ..models.create_client_account_topup_operation_response_200_document import (
            CreateClientAccountTopupOperationResponse200Document,  # noqa: PLC0415
        )
        from ..models.create_client_account_topup_operation_response_200_payment_transactions_item import (
            CreateClientAccountTopupOperationResponse200PaymentTransactionsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _document = d.pop("document", UNSET)
        document: CreateClientAccountTopupOperationResponse200Document | Unset
        if isinstance(_document, Unset):
            document = UNSET
        else:
            document = CreateClientAccountTopupOperationResponse200Document.from_dict(_document)

        _deposits_transactions = d.pop("deposits_transactions", UNSET)
        deposits_transactions: list[CreateClientAccountTopupOperationResponse200DepositsTransactionsItem] | Unset = (
            UNSET
        )
        if _deposits_transactions is not UNSET:
            deposits_transactions = []
            for deposits_transactions_item_data in _deposits_transactions:
                deposits_transactions_item = (
                    CreateClientAccountTopupOperationResponse200DepositsTransactionsItem.from_dict(
                        deposits_transactions_item_data
                    )
                )

                deposits_transactions.append(deposits_transactions_item)

        _payment_transactions = d.pop("payment_transactions", UNSET)
        payment_transactions: list[CreateClientAccountTopupOperationResponse200PaymentTransactionsItem] | Unset = UNSET
        if _payment_transactions is not UNSET:
            payment_transactions = []
            for payment_transactions_item_data in _payment_transactions:
                payment_transactions_item = (
                    CreateClientAccountTopupOperationResponse200PaymentTransactionsItem.from_dict(
                        payment_transactions_item_data
                    )
                )

                payment_transactions.append(payment_transactions_item)

        _model = cls(
            document=document,
            deposits_transactions=deposits_transactions,
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
