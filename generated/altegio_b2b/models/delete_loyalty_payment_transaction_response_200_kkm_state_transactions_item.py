from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._runtime import fields as _fields
from .._runtime.errors import FieldError as _FieldError
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
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "document_id",
        "print_date",
        "printed_count",
        "sum",
        "type",
        "status",
        "document",
        "cashier",
    }
)
_EXTRA = _fields.ANY


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
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        id = self.id
        if type(id) is not int and id is not UNSET:
            id = _fields.write_integer(id, "id")
        if id is not UNSET:
            field_dict["id"] = id

        document_id = self.document_id
        if type(document_id) is not int and document_id is not UNSET:
            document_id = _fields.write_integer(document_id, "document_id")
        if document_id is not UNSET:
            field_dict["document_id"] = document_id

        print_date = self.print_date
        if print_date is not UNSET:
            field_dict["print_date"] = _fields.write_datetime(print_date, "print_date")

        printed_count = self.printed_count
        if type(printed_count) is not int and printed_count is not UNSET:
            printed_count = _fields.write_integer(printed_count, "printed_count")
        if printed_count is not UNSET:
            field_dict["printed_count"] = printed_count

        sum_ = self.sum_
        if type(sum_) is not int and sum_ is not UNSET:
            sum_ = _fields.write_integer(sum_, "sum_")
        if sum_ is not UNSET:
            field_dict["sum"] = sum_

        type_ = self.type_
        if type_ is not UNSET:
            field_dict["type"] = _fields.write_model(
                type_, _models.DeleteLoyaltyPaymentTransactionResponse200KkmStateTransactionsItemType, "type_"
            )

        status = self.status
        if status is not UNSET:
            field_dict["status"] = _fields.write_model(
                status, _models.DeleteLoyaltyPaymentTransactionResponse200KkmStateTransactionsItemStatus, "status"
            )

        document = self.document
        if document is not UNSET:
            field_dict["document"] = _fields.write_model(
                document, _models.DeleteLoyaltyPaymentTransactionResponse200KkmStateTransactionsItemDocument, "document"
            )

        cashier = self.cashier
        if cashier is not UNSET:
            field_dict["cashier"] = _fields.write_model(
                cashier, _models.DeleteLoyaltyPaymentTransactionResponse200KkmStateTransactionsItemCashier, "cashier"
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _fields.read_integer(id, "id")

        document_id = _get("document_id", UNSET)
        if type(document_id) is not int and document_id is not UNSET:
            document_id = _fields.read_integer(document_id, "document_id")

        print_date = _get("print_date", UNSET)
        if print_date is not UNSET:
            try:
                print_date = _fields.datetime_fromisoformat(print_date)
            except (TypeError, ValueError):
                print_date = _fields.read_datetime(print_date, "print_date")

        printed_count = _get("printed_count", UNSET)
        if type(printed_count) is not int and printed_count is not UNSET:
            printed_count = _fields.read_integer(printed_count, "printed_count")

        sum_ = _get("sum", UNSET)
        if type(sum_) is not int and sum_ is not UNSET:
            sum_ = _fields.read_integer(sum_, "sum")

        type_ = _get("type", UNSET)
        if type_ is not UNSET:
            try:
                type_ = _models.DeleteLoyaltyPaymentTransactionResponse200KkmStateTransactionsItemType.from_dict(type_)
            except _FieldError as _error:
                raise _error.within("type")

        status = _get("status", UNSET)
        if status is not UNSET:
            try:
                status = _models.DeleteLoyaltyPaymentTransactionResponse200KkmStateTransactionsItemStatus.from_dict(
                    status
                )
            except _FieldError as _error:
                raise _error.within("status")

        document = _get("document", UNSET)
        if document is not UNSET:
            try:
                document = _models.DeleteLoyaltyPaymentTransactionResponse200KkmStateTransactionsItemDocument.from_dict(
                    document
                )
            except _FieldError as _error:
                raise _error.within("document")

        cashier = _get("cashier", UNSET)
        if cashier is not UNSET:
            try:
                cashier = _models.DeleteLoyaltyPaymentTransactionResponse200KkmStateTransactionsItemCashier.from_dict(
                    cashier
                )
            except _FieldError as _error:
                raise _error.within("cashier")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.document_id = document_id
        _model.print_date = print_date
        _model.printed_count = printed_count
        _model.sum_ = sum_
        _model.type_ = type_
        _model.status = status
        _model.document = document
        _model.cashier = cashier
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not DeleteLoyaltyPaymentTransactionResponse200KkmStateTransactionsItem:
            _fields.init_added_fields(_model, DeleteLoyaltyPaymentTransactionResponse200KkmStateTransactionsItem)
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
