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
    from ..models.webhook_financial_operation_data_account import WebhookFinancialOperationDataAccount
    from ..models.webhook_financial_operation_data_client import WebhookFinancialOperationDataClient
    from ..models.webhook_financial_operation_data_expense import WebhookFinancialOperationDataExpense
    from ..models.webhook_financial_operation_data_master import WebhookFinancialOperationDataMaster
    from ..models.webhook_financial_operation_data_record import WebhookFinancialOperationDataRecord
    from ..models.webhook_financial_operation_data_supplier import WebhookFinancialOperationDataSupplier


T = TypeVar("T", bound="WebhookFinancialOperationData")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "document_id",
        "date",
        "amount",
        "comment",
        "last_change_date",
        "record_id",
        "visit_id",
        "sold_item_id",
        "sold_item_type",
        "expense",
        "master",
        "supplier",
        "account",
        "client",
        "record",
        "payment_system_transaction_ids",
    }
)
_EXTRA = _fields.ANY
_KIND_date = _fields.OneOf(
    _fields.DATETIME,
    _fields.NULL,
)
_KIND_last_change_date = _fields.OneOf(
    _fields.DATETIME,
    _fields.NULL,
)
_KIND_payment_system_transaction_ids = _fields.ListOf(_fields.STRING)


@_attrs_define
class WebhookFinancialOperationData:
    """Financial transaction data sent in webhook notifications. Includes default relations (expense, master, supplier,
    account, client) and webhook-specific includes (record, client.email). May optionally include
    payment_system_transaction_ids if the feature is enabled for the location.

        Attributes:
            id (int | Unset): Transaction ID.
            document_id (int | Unset):
            date (datetime.datetime | None | Unset):
            amount (float | Unset):
            comment (str | Unset):
            last_change_date (datetime.datetime | None | Unset):
            record_id (int | Unset):
            visit_id (int | Unset):
            sold_item_id (int | Unset):
            sold_item_type (str | Unset):
            expense (WebhookFinancialOperationDataExpense | Unset): Expense category.
            master (WebhookFinancialOperationDataMaster | Unset): Team member.
            supplier (WebhookFinancialOperationDataSupplier | Unset): Supplier.
            account (WebhookFinancialOperationDataAccount | Unset): Payment account.
            client (WebhookFinancialOperationDataClient | Unset): Client with email included.
            record (WebhookFinancialOperationDataRecord | Unset): Linked appointment (compact).
            payment_system_transaction_ids (list[str] | Unset): Payment system transaction IDs (optional, feature-flagged).
    """

    id: int | Unset = UNSET
    document_id: int | Unset = UNSET
    date: datetime.datetime | None | Unset = UNSET
    amount: float | Unset = UNSET
    comment: str | Unset = UNSET
    last_change_date: datetime.datetime | None | Unset = UNSET
    record_id: int | Unset = UNSET
    visit_id: int | Unset = UNSET
    sold_item_id: int | Unset = UNSET
    sold_item_type: str | Unset = UNSET
    expense: WebhookFinancialOperationDataExpense | Unset = UNSET
    master: WebhookFinancialOperationDataMaster | Unset = UNSET
    supplier: WebhookFinancialOperationDataSupplier | Unset = UNSET
    account: WebhookFinancialOperationDataAccount | Unset = UNSET
    client: WebhookFinancialOperationDataClient | Unset = UNSET
    record: WebhookFinancialOperationDataRecord | Unset = UNSET
    payment_system_transaction_ids: list[str] | Unset = UNSET
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

        date = self.date
        if date is not UNSET:
            field_dict["date"] = _KIND_date.write_field(date, "date")

        amount = self.amount
        if amount is not UNSET:
            field_dict["amount"] = _fields.write_number(amount, "amount")

        comment = self.comment
        if type(comment) is not str and comment is not UNSET:
            comment = _fields.write_string(comment, "comment")
        if comment is not UNSET:
            field_dict["comment"] = comment

        last_change_date = self.last_change_date
        if last_change_date is not UNSET:
            field_dict["last_change_date"] = _KIND_last_change_date.write_field(last_change_date, "last_change_date")

        record_id = self.record_id
        if type(record_id) is not int and record_id is not UNSET:
            record_id = _fields.write_integer(record_id, "record_id")
        if record_id is not UNSET:
            field_dict["record_id"] = record_id

        visit_id = self.visit_id
        if type(visit_id) is not int and visit_id is not UNSET:
            visit_id = _fields.write_integer(visit_id, "visit_id")
        if visit_id is not UNSET:
            field_dict["visit_id"] = visit_id

        sold_item_id = self.sold_item_id
        if type(sold_item_id) is not int and sold_item_id is not UNSET:
            sold_item_id = _fields.write_integer(sold_item_id, "sold_item_id")
        if sold_item_id is not UNSET:
            field_dict["sold_item_id"] = sold_item_id

        sold_item_type = self.sold_item_type
        if type(sold_item_type) is not str and sold_item_type is not UNSET:
            sold_item_type = _fields.write_string(sold_item_type, "sold_item_type")
        if sold_item_type is not UNSET:
            field_dict["sold_item_type"] = sold_item_type

        expense = self.expense
        if expense is not UNSET:
            field_dict["expense"] = _fields.write_model(
                expense, _models.WebhookFinancialOperationDataExpense, "expense"
            )

        master = self.master
        if master is not UNSET:
            field_dict["master"] = _fields.write_model(master, _models.WebhookFinancialOperationDataMaster, "master")

        supplier = self.supplier
        if supplier is not UNSET:
            field_dict["supplier"] = _fields.write_model(
                supplier, _models.WebhookFinancialOperationDataSupplier, "supplier"
            )

        account = self.account
        if account is not UNSET:
            field_dict["account"] = _fields.write_model(
                account, _models.WebhookFinancialOperationDataAccount, "account"
            )

        client = self.client
        if client is not UNSET:
            field_dict["client"] = _fields.write_model(client, _models.WebhookFinancialOperationDataClient, "client")

        record = self.record
        if record is not UNSET:
            field_dict["record"] = _fields.write_model(record, _models.WebhookFinancialOperationDataRecord, "record")

        payment_system_transaction_ids = self.payment_system_transaction_ids
        if payment_system_transaction_ids is not UNSET:
            field_dict["payment_system_transaction_ids"] = _KIND_payment_system_transaction_ids.write_field(
                payment_system_transaction_ids, "payment_system_transaction_ids"
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

        date = _get("date", UNSET)
        if date is not UNSET and date is not None:
            try:
                date = _fields.datetime_fromisoformat(date)
            except (TypeError, ValueError):
                date = _fields.read_datetime(date, "date")

        amount = _get("amount", UNSET)
        if type(amount) is not float and type(amount) is not int and amount is not UNSET:
            amount = _fields.read_number(amount, "amount")

        comment = _get("comment", UNSET)
        if type(comment) is not str and comment is not UNSET:
            comment = _fields.read_string(comment, "comment")

        last_change_date = _get("last_change_date", UNSET)
        if last_change_date is not UNSET and last_change_date is not None:
            try:
                last_change_date = _fields.datetime_fromisoformat(last_change_date)
            except (TypeError, ValueError):
                last_change_date = _fields.read_datetime(last_change_date, "last_change_date")

        record_id = _get("record_id", UNSET)
        if type(record_id) is not int and record_id is not UNSET:
            record_id = _fields.read_integer(record_id, "record_id")

        visit_id = _get("visit_id", UNSET)
        if type(visit_id) is not int and visit_id is not UNSET:
            visit_id = _fields.read_integer(visit_id, "visit_id")

        sold_item_id = _get("sold_item_id", UNSET)
        if type(sold_item_id) is not int and sold_item_id is not UNSET:
            sold_item_id = _fields.read_integer(sold_item_id, "sold_item_id")

        sold_item_type = _get("sold_item_type", UNSET)
        if type(sold_item_type) is not str and sold_item_type is not UNSET:
            sold_item_type = _fields.read_string(sold_item_type, "sold_item_type")

        expense = _get("expense", UNSET)
        if expense is not UNSET:
            try:
                expense = _models.WebhookFinancialOperationDataExpense.from_dict(expense)
            except _FieldError as _error:
                raise _error.within("expense")

        master = _get("master", UNSET)
        if master is not UNSET:
            try:
                master = _models.WebhookFinancialOperationDataMaster.from_dict(master)
            except _FieldError as _error:
                raise _error.within("master")

        supplier = _get("supplier", UNSET)
        if supplier is not UNSET:
            try:
                supplier = _models.WebhookFinancialOperationDataSupplier.from_dict(supplier)
            except _FieldError as _error:
                raise _error.within("supplier")

        account = _get("account", UNSET)
        if account is not UNSET:
            try:
                account = _models.WebhookFinancialOperationDataAccount.from_dict(account)
            except _FieldError as _error:
                raise _error.within("account")

        client = _get("client", UNSET)
        if client is not UNSET:
            try:
                client = _models.WebhookFinancialOperationDataClient.from_dict(client)
            except _FieldError as _error:
                raise _error.within("client")

        record = _get("record", UNSET)
        if record is not UNSET:
            try:
                record = _models.WebhookFinancialOperationDataRecord.from_dict(record)
            except _FieldError as _error:
                raise _error.within("record")

        payment_system_transaction_ids = _get("payment_system_transaction_ids", UNSET)
        if payment_system_transaction_ids is not UNSET:
            payment_system_transaction_ids = _KIND_payment_system_transaction_ids.read_field(
                payment_system_transaction_ids, "payment_system_transaction_ids"
            )

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.document_id = document_id
        _model.date = date
        _model.amount = amount
        _model.comment = comment
        _model.last_change_date = last_change_date
        _model.record_id = record_id
        _model.visit_id = visit_id
        _model.sold_item_id = sold_item_id
        _model.sold_item_type = sold_item_type
        _model.expense = expense
        _model.master = master
        _model.supplier = supplier
        _model.account = account
        _model.client = client
        _model.record = record
        _model.payment_system_transaction_ids = payment_system_transaction_ids
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not WebhookFinancialOperationData:
            _fields.init_added_fields(_model, WebhookFinancialOperationData)
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
