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
    from ..models.get_document_financial_transactions_response_200_item_account import (
        GetDocumentFinancialTransactionsResponse200ItemAccount,
    )
    from ..models.get_document_financial_transactions_response_200_item_client import (
        GetDocumentFinancialTransactionsResponse200ItemClient,
    )
    from ..models.get_document_financial_transactions_response_200_item_expense import (
        GetDocumentFinancialTransactionsResponse200ItemExpense,
    )
    from ..models.get_document_financial_transactions_response_200_item_master_item import (
        GetDocumentFinancialTransactionsResponse200ItemMasterItem,
    )
    from ..models.get_document_financial_transactions_response_200_item_supplier_item import (
        GetDocumentFinancialTransactionsResponse200ItemSupplierItem,
    )


T = TypeVar("T", bound="GetDocumentFinancialTransactionsResponse200Item")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "date",
        "type_id",
        "expense_id",
        "account_id",
        "amount",
        "client_id",
        "master_id",
        "supplier_id",
        "comment",
        "item_id",
        "target_type_id",
        "record_id",
        "expense",
        "account",
        "client",
        "master",
        "supplier",
    }
)
_EXTRA = _fields.ANY
_KIND_master = _fields.ListOf(_fields.Model("GetDocumentFinancialTransactionsResponse200ItemMasterItem"))
_KIND_supplier = _fields.ListOf(_fields.Model("GetDocumentFinancialTransactionsResponse200ItemSupplierItem"))


@_attrs_define
class GetDocumentFinancialTransactionsResponse200Item:
    """
    Attributes:
        id (int | Unset): Transaction ID
        date (datetime.datetime | Unset):
        type_id (int | Unset): Transaction type identifier
        expense_id (int | Unset): Payment Item ID
        account_id (int | Unset): Checkout ID
        amount (float | Unset): Transaction amount
        client_id (int | Unset): Client ID
        master_id (int | Unset): team member ID
        supplier_id (int | Unset): Vendor ID
        comment (str | Unset): A comment
        item_id (int | Unset):
        target_type_id (int | Unset):
        record_id (int | Unset): Appointment ID
        expense (GetDocumentFinancialTransactionsResponse200ItemExpense | Unset): Payment item
        account (GetDocumentFinancialTransactionsResponse200ItemAccount | Unset): Location account
        client (GetDocumentFinancialTransactionsResponse200ItemClient | Unset): Customer
        master (list[GetDocumentFinancialTransactionsResponse200ItemMasterItem] | Unset): team member
        supplier (list[GetDocumentFinancialTransactionsResponse200ItemSupplierItem] | Unset): The supplier
    """

    id: int | Unset = UNSET
    date: datetime.datetime | Unset = UNSET
    type_id: int | Unset = UNSET
    expense_id: int | Unset = UNSET
    account_id: int | Unset = UNSET
    amount: float | Unset = UNSET
    client_id: int | Unset = UNSET
    master_id: int | Unset = UNSET
    supplier_id: int | Unset = UNSET
    comment: str | Unset = UNSET
    item_id: int | Unset = UNSET
    target_type_id: int | Unset = UNSET
    record_id: int | Unset = UNSET
    expense: GetDocumentFinancialTransactionsResponse200ItemExpense | Unset = UNSET
    account: GetDocumentFinancialTransactionsResponse200ItemAccount | Unset = UNSET
    client: GetDocumentFinancialTransactionsResponse200ItemClient | Unset = UNSET
    master: list[GetDocumentFinancialTransactionsResponse200ItemMasterItem] | Unset = UNSET
    supplier: list[GetDocumentFinancialTransactionsResponse200ItemSupplierItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        id = self.id
        if type(id) is not int and id is not UNSET:
            id = _fields.write_integer(id, "id")
        if id is not UNSET:
            field_dict["id"] = id

        date = self.date
        if date is not UNSET:
            field_dict["date"] = _fields.write_datetime(date, "date")

        type_id = self.type_id
        if type(type_id) is not int and type_id is not UNSET:
            type_id = _fields.write_integer(type_id, "type_id")
        if type_id is not UNSET:
            field_dict["type_id"] = type_id

        expense_id = self.expense_id
        if type(expense_id) is not int and expense_id is not UNSET:
            expense_id = _fields.write_integer(expense_id, "expense_id")
        if expense_id is not UNSET:
            field_dict["expense_id"] = expense_id

        account_id = self.account_id
        if type(account_id) is not int and account_id is not UNSET:
            account_id = _fields.write_integer(account_id, "account_id")
        if account_id is not UNSET:
            field_dict["account_id"] = account_id

        amount = self.amount
        if amount is not UNSET:
            field_dict["amount"] = _fields.write_number(amount, "amount")

        client_id = self.client_id
        if type(client_id) is not int and client_id is not UNSET:
            client_id = _fields.write_integer(client_id, "client_id")
        if client_id is not UNSET:
            field_dict["client_id"] = client_id

        master_id = self.master_id
        if type(master_id) is not int and master_id is not UNSET:
            master_id = _fields.write_integer(master_id, "master_id")
        if master_id is not UNSET:
            field_dict["master_id"] = master_id

        supplier_id = self.supplier_id
        if type(supplier_id) is not int and supplier_id is not UNSET:
            supplier_id = _fields.write_integer(supplier_id, "supplier_id")
        if supplier_id is not UNSET:
            field_dict["supplier_id"] = supplier_id

        comment = self.comment
        if type(comment) is not str and comment is not UNSET:
            comment = _fields.write_string(comment, "comment")
        if comment is not UNSET:
            field_dict["comment"] = comment

        item_id = self.item_id
        if type(item_id) is not int and item_id is not UNSET:
            item_id = _fields.write_integer(item_id, "item_id")
        if item_id is not UNSET:
            field_dict["item_id"] = item_id

        target_type_id = self.target_type_id
        if type(target_type_id) is not int and target_type_id is not UNSET:
            target_type_id = _fields.write_integer(target_type_id, "target_type_id")
        if target_type_id is not UNSET:
            field_dict["target_type_id"] = target_type_id

        record_id = self.record_id
        if type(record_id) is not int and record_id is not UNSET:
            record_id = _fields.write_integer(record_id, "record_id")
        if record_id is not UNSET:
            field_dict["record_id"] = record_id

        expense = self.expense
        if expense is not UNSET:
            field_dict["expense"] = _fields.write_model(
                expense, _models.GetDocumentFinancialTransactionsResponse200ItemExpense, "expense"
            )

        account = self.account
        if account is not UNSET:
            field_dict["account"] = _fields.write_model(
                account, _models.GetDocumentFinancialTransactionsResponse200ItemAccount, "account"
            )

        client = self.client
        if client is not UNSET:
            field_dict["client"] = _fields.write_model(
                client, _models.GetDocumentFinancialTransactionsResponse200ItemClient, "client"
            )

        master = self.master
        if master is not UNSET:
            field_dict["master"] = _KIND_master.write_field(master, "master")

        supplier = self.supplier
        if supplier is not UNSET:
            field_dict["supplier"] = _KIND_supplier.write_field(supplier, "supplier")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _fields.read_integer(id, "id")

        date = _get("date", UNSET)
        if date is not UNSET:
            try:
                date = _fields.datetime_fromisoformat(date)
            except (TypeError, ValueError):
                date = _fields.read_datetime(date, "date")

        type_id = _get("type_id", UNSET)
        if type(type_id) is not int and type_id is not UNSET:
            type_id = _fields.read_integer(type_id, "type_id")

        expense_id = _get("expense_id", UNSET)
        if type(expense_id) is not int and expense_id is not UNSET:
            expense_id = _fields.read_integer(expense_id, "expense_id")

        account_id = _get("account_id", UNSET)
        if type(account_id) is not int and account_id is not UNSET:
            account_id = _fields.read_integer(account_id, "account_id")

        amount = _get("amount", UNSET)
        if type(amount) is not float and type(amount) is not int and amount is not UNSET:
            amount = _fields.read_number(amount, "amount")

        client_id = _get("client_id", UNSET)
        if type(client_id) is not int and client_id is not UNSET:
            client_id = _fields.read_integer(client_id, "client_id")

        master_id = _get("master_id", UNSET)
        if type(master_id) is not int and master_id is not UNSET:
            master_id = _fields.read_integer(master_id, "master_id")

        supplier_id = _get("supplier_id", UNSET)
        if type(supplier_id) is not int and supplier_id is not UNSET:
            supplier_id = _fields.read_integer(supplier_id, "supplier_id")

        comment = _get("comment", UNSET)
        if type(comment) is not str and comment is not UNSET:
            comment = _fields.read_string(comment, "comment")

        item_id = _get("item_id", UNSET)
        if type(item_id) is not int and item_id is not UNSET:
            item_id = _fields.read_integer(item_id, "item_id")

        target_type_id = _get("target_type_id", UNSET)
        if type(target_type_id) is not int and target_type_id is not UNSET:
            target_type_id = _fields.read_integer(target_type_id, "target_type_id")

        record_id = _get("record_id", UNSET)
        if type(record_id) is not int and record_id is not UNSET:
            record_id = _fields.read_integer(record_id, "record_id")

        expense = _get("expense", UNSET)
        if expense is not UNSET:
            try:
                expense = _models.GetDocumentFinancialTransactionsResponse200ItemExpense.from_dict(expense)
            except _FieldError as _error:
                raise _error.within("expense")

        account = _get("account", UNSET)
        if account is not UNSET:
            try:
                account = _models.GetDocumentFinancialTransactionsResponse200ItemAccount.from_dict(account)
            except _FieldError as _error:
                raise _error.within("account")

        client = _get("client", UNSET)
        if client is not UNSET:
            try:
                client = _models.GetDocumentFinancialTransactionsResponse200ItemClient.from_dict(client)
            except _FieldError as _error:
                raise _error.within("client")

        master = _get("master", UNSET)
        if master is not UNSET:
            master = _KIND_master.read_field(master, "master")

        supplier = _get("supplier", UNSET)
        if supplier is not UNSET:
            supplier = _KIND_supplier.read_field(supplier, "supplier")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.date = date
        _model.type_id = type_id
        _model.expense_id = expense_id
        _model.account_id = account_id
        _model.amount = amount
        _model.client_id = client_id
        _model.master_id = master_id
        _model.supplier_id = supplier_id
        _model.comment = comment
        _model.item_id = item_id
        _model.target_type_id = target_type_id
        _model.record_id = record_id
        _model.expense = expense
        _model.account = account
        _model.client = client
        _model.master = master
        _model.supplier = supplier
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetDocumentFinancialTransactionsResponse200Item:
            _fields.init_added_fields(_model, GetDocumentFinancialTransactionsResponse200Item)
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
