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
    from ..models.get_financial_transaction_response_200_item_account import (
        GetFinancialTransactionResponse200ItemAccount,
    )
    from ..models.get_financial_transaction_response_200_item_client import GetFinancialTransactionResponse200ItemClient
    from ..models.get_financial_transaction_response_200_item_expense import (
        GetFinancialTransactionResponse200ItemExpense,
    )
    from ..models.get_financial_transaction_response_200_item_master import GetFinancialTransactionResponse200ItemMaster
    from ..models.get_financial_transaction_response_200_item_supplier import (
        GetFinancialTransactionResponse200ItemSupplier,
    )


T = TypeVar("T", bound="GetFinancialTransactionResponse200Item")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "document_id",
        "expense",
        "date",
        "amount",
        "comment",
        "master",
        "supplier",
        "account",
        "client",
        "last_change_date",
        "record_id",
        "visit_id",
        "sold_item_id",
        "sold_item_type",
    }
)
_EXTRA = _fields.ANY
_KIND_sold_item_type = _fields.OneOf(
    _fields.NUMBER,
    _fields.STRING,
)


@_attrs_define
class GetFinancialTransactionResponse200Item:
    """
    Attributes:
        id (int | Unset): Transaction ID
        document_id (int | Unset): Document ID
        expense (GetFinancialTransactionResponse200ItemExpense | Unset): Payment type
        date (datetime.datetime | Unset): Transaction creation date
        amount (float | Unset): Transaction amount
        comment (str | Unset): A comment
        master (GetFinancialTransactionResponse200ItemMaster | Unset): Team Member
        supplier (GetFinancialTransactionResponse200ItemSupplier | Unset): counterparty
        account (GetFinancialTransactionResponse200ItemAccount | Unset): Location account
        client (GetFinancialTransactionResponse200ItemClient | Unset): Customer
        last_change_date (datetime.datetime | Unset): Last modified date
        record_id (int | Unset): Appointment ID
        visit_id (int | Unset): Visit ID
        sold_item_id (int | Unset): Identifier of the sold product/service
        sold_item_type (float | str | Unset): Sale entity type (product/service)
    """

    id: int | Unset = UNSET
    document_id: int | Unset = UNSET
    expense: GetFinancialTransactionResponse200ItemExpense | Unset = UNSET
    date: datetime.datetime | Unset = UNSET
    amount: float | Unset = UNSET
    comment: str | Unset = UNSET
    master: GetFinancialTransactionResponse200ItemMaster | Unset = UNSET
    supplier: GetFinancialTransactionResponse200ItemSupplier | Unset = UNSET
    account: GetFinancialTransactionResponse200ItemAccount | Unset = UNSET
    client: GetFinancialTransactionResponse200ItemClient | Unset = UNSET
    last_change_date: datetime.datetime | Unset = UNSET
    record_id: int | Unset = UNSET
    visit_id: int | Unset = UNSET
    sold_item_id: int | Unset = UNSET
    sold_item_type: float | str | Unset = UNSET
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

        expense = self.expense
        if expense is not UNSET:
            field_dict["expense"] = _fields.write_model(
                expense, _models.GetFinancialTransactionResponse200ItemExpense, "expense"
            )

        date = self.date
        if date is not UNSET:
            field_dict["date"] = _fields.write_datetime(date, "date")

        amount = self.amount
        if amount is not UNSET:
            field_dict["amount"] = _fields.write_number(amount, "amount")

        comment = self.comment
        if type(comment) is not str and comment is not UNSET:
            comment = _fields.write_string(comment, "comment")
        if comment is not UNSET:
            field_dict["comment"] = comment

        master = self.master
        if master is not UNSET:
            field_dict["master"] = _fields.write_model(
                master, _models.GetFinancialTransactionResponse200ItemMaster, "master"
            )

        supplier = self.supplier
        if supplier is not UNSET:
            field_dict["supplier"] = _fields.write_model(
                supplier, _models.GetFinancialTransactionResponse200ItemSupplier, "supplier"
            )

        account = self.account
        if account is not UNSET:
            field_dict["account"] = _fields.write_model(
                account, _models.GetFinancialTransactionResponse200ItemAccount, "account"
            )

        client = self.client
        if client is not UNSET:
            field_dict["client"] = _fields.write_model(
                client, _models.GetFinancialTransactionResponse200ItemClient, "client"
            )

        last_change_date = self.last_change_date
        if last_change_date is not UNSET:
            field_dict["last_change_date"] = _fields.write_datetime(last_change_date, "last_change_date")

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
        if sold_item_type is not UNSET:
            field_dict["sold_item_type"] = _KIND_sold_item_type.write_field(sold_item_type, "sold_item_type")

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

        expense = _get("expense", UNSET)
        if expense is not UNSET:
            try:
                expense = _models.GetFinancialTransactionResponse200ItemExpense.from_dict(expense)
            except _FieldError as _error:
                raise _error.within("expense")

        date = _get("date", UNSET)
        if date is not UNSET:
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

        master = _get("master", UNSET)
        if master is not UNSET:
            try:
                master = _models.GetFinancialTransactionResponse200ItemMaster.from_dict(master)
            except _FieldError as _error:
                raise _error.within("master")

        supplier = _get("supplier", UNSET)
        if supplier is not UNSET:
            try:
                supplier = _models.GetFinancialTransactionResponse200ItemSupplier.from_dict(supplier)
            except _FieldError as _error:
                raise _error.within("supplier")

        account = _get("account", UNSET)
        if account is not UNSET:
            try:
                account = _models.GetFinancialTransactionResponse200ItemAccount.from_dict(account)
            except _FieldError as _error:
                raise _error.within("account")

        client = _get("client", UNSET)
        if client is not UNSET:
            try:
                client = _models.GetFinancialTransactionResponse200ItemClient.from_dict(client)
            except _FieldError as _error:
                raise _error.within("client")

        last_change_date = _get("last_change_date", UNSET)
        if last_change_date is not UNSET:
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
        if sold_item_type is not UNSET:
            sold_item_type = _KIND_sold_item_type.read_field(sold_item_type, "sold_item_type")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.document_id = document_id
        _model.expense = expense
        _model.date = date
        _model.amount = amount
        _model.comment = comment
        _model.master = master
        _model.supplier = supplier
        _model.account = account
        _model.client = client
        _model.last_change_date = last_change_date
        _model.record_id = record_id
        _model.visit_id = visit_id
        _model.sold_item_id = sold_item_id
        _model.sold_item_type = sold_item_type
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetFinancialTransactionResponse200Item:
            _fields.init_added_fields(_model, GetFinancialTransactionResponse200Item)
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
