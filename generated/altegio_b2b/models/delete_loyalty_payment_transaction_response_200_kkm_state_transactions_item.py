from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import timestamps as _timestamps
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.delete_loyalty_payment_transaction_response_200_kkm_state_transactions_item_cashier import (
        DeleteLoyaltyPaymentTransactionResponse200KkmStateTransactionsItemCashier,
    )
    from ..models.delete_loyalty_payment_transaction_response_200_kkm_state_transactions_item_document import (
        DeleteLoyaltyPaymentTransactionResponse200KkmStateTransactionsItemDocument,
    )
    from ..models.delete_loyalty_payment_transaction_response_200_kkm_state_transactions_item_status import (
        DeleteLoyaltyPaymentTransactionResponse200KkmStateTransactionsItemStatus,
    )
    from ..models.delete_loyalty_payment_transaction_response_200_kkm_state_transactions_item_type import (
        DeleteLoyaltyPaymentTransactionResponse200KkmStateTransactionsItemType,
    )


T = TypeVar("T", bound="DeleteLoyaltyPaymentTransactionResponse200KkmStateTransactionsItem")


@_attrs_define
class DeleteLoyaltyPaymentTransactionResponse200KkmStateTransactionsItem:
    """
    Attributes:
        id (int | Unset): KKM transaction ID
        document_id (int | Unset): Document ID
        print_date (datetime.datetime | Unset): Check printing date
        printed_count (int | Unset):
        sum_ (int | Unset):
        type_ (DeleteLoyaltyPaymentTransactionResponse200KkmStateTransactionsItemType | Unset):
        status (DeleteLoyaltyPaymentTransactionResponse200KkmStateTransactionsItemStatus | Unset): Receipt printing
            status
        document (DeleteLoyaltyPaymentTransactionResponse200KkmStateTransactionsItemDocument | Unset):
        cashier (DeleteLoyaltyPaymentTransactionResponse200KkmStateTransactionsItemCashier | Unset): Cashier
    """

    id: int | Unset = UNSET
    document_id: int | Unset = UNSET
    print_date: datetime.datetime | Unset = UNSET
    printed_count: int | Unset = UNSET
    sum_: int | Unset = UNSET
    type_: DeleteLoyaltyPaymentTransactionResponse200KkmStateTransactionsItemType | Unset = UNSET
    status: DeleteLoyaltyPaymentTransactionResponse200KkmStateTransactionsItemStatus | Unset = UNSET
    document: DeleteLoyaltyPaymentTransactionResponse200KkmStateTransactionsItemDocument | Unset = UNSET
    cashier: DeleteLoyaltyPaymentTransactionResponse200KkmStateTransactionsItemCashier | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        document_id = self.document_id

        print_date: str | Unset = UNSET
        if not isinstance(self.print_date, Unset):
            print_date = self.print_date.isoformat()

        printed_count = self.printed_count

        sum_ = self.sum_

        type_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.to_dict()

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        document: dict[str, Any] | Unset = UNSET
        if not isinstance(self.document, Unset):
            document = self.document.to_dict()

        cashier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cashier, Unset):
            cashier = self.cashier.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if document_id is not UNSET:
            field_dict["document_id"] = document_id
        if print_date is not UNSET:
            field_dict["print_date"] = print_date
        if printed_count is not UNSET:
            field_dict["printed_count"] = printed_count
        if sum_ is not UNSET:
            field_dict["sum"] = sum_
        if type_ is not UNSET:
            field_dict["type"] = type_
        if status is not UNSET:
            field_dict["status"] = status
        if document is not UNSET:
            field_dict["document"] = document
        if cashier is not UNSET:
            field_dict["cashier"] = cashier

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.delete_loyalty_payment_transaction_response_200_kkm_state_transactions_item_cashier import (
            DeleteLoyaltyPaymentTransactionResponse200KkmStateTransactionsItemCashier,  # noqa: PLC0415
        )
        from ..models.delete_loyalty_payment_transaction_response_200_kkm_state_transactions_item_document import (
            DeleteLoyaltyPaymentTransactionResponse200KkmStateTransactionsItemDocument,  # noqa: PLC0415
        )
        from ..models.delete_loyalty_payment_transaction_response_200_kkm_state_transactions_item_status import (
            DeleteLoyaltyPaymentTransactionResponse200KkmStateTransactionsItemStatus,  # noqa: PLC0415
        )
        from ..models.delete_loyalty_payment_transaction_response_200_kkm_state_transactions_item_type import (
            DeleteLoyaltyPaymentTransactionResponse200KkmStateTransactionsItemType,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        document_id = d.pop("document_id", UNSET)

        _print_date = d.pop("print_date", UNSET)
        print_date: datetime.datetime | Unset
        if isinstance(_print_date, Unset):
            print_date = UNSET
        else:
            print_date = _timestamps.parse_datetime(_print_date)

        printed_count = d.pop("printed_count", UNSET)

        sum_ = d.pop("sum", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: DeleteLoyaltyPaymentTransactionResponse200KkmStateTransactionsItemType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = DeleteLoyaltyPaymentTransactionResponse200KkmStateTransactionsItemType.from_dict(_type_)

        _status = d.pop("status", UNSET)
        status: DeleteLoyaltyPaymentTransactionResponse200KkmStateTransactionsItemStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = DeleteLoyaltyPaymentTransactionResponse200KkmStateTransactionsItemStatus.from_dict(_status)

        _document = d.pop("document", UNSET)
        document: DeleteLoyaltyPaymentTransactionResponse200KkmStateTransactionsItemDocument | Unset
        if isinstance(_document, Unset):
            document = UNSET
        else:
            document = DeleteLoyaltyPaymentTransactionResponse200KkmStateTransactionsItemDocument.from_dict(_document)

        _cashier = d.pop("cashier", UNSET)
        cashier: DeleteLoyaltyPaymentTransactionResponse200KkmStateTransactionsItemCashier | Unset
        if isinstance(_cashier, Unset):
            cashier = UNSET
        else:
            cashier = DeleteLoyaltyPaymentTransactionResponse200KkmStateTransactionsItemCashier.from_dict(_cashier)

        _model = cls(
            id=id,
            document_id=document_id,
            print_date=print_date,
            printed_count=printed_count,
            sum_=sum_,
            type_=type_,
            status=status,
            document=document,
            cashier=cashier,
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
