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
    from ..models.create_financial_transaction_response_200_account import CreateFinancialTransactionResponse200Account
    from ..models.create_financial_transaction_response_200_client import CreateFinancialTransactionResponse200Client
    from ..models.create_financial_transaction_response_200_expense import CreateFinancialTransactionResponse200Expense
    from ..models.create_financial_transaction_response_200_master import CreateFinancialTransactionResponse200Master
    from ..models.create_financial_transaction_response_200_supplier_item import (
        CreateFinancialTransactionResponse200SupplierItem,
    )


T = TypeVar("T", bound="CreateFinancialTransactionResponse200")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "document_id",
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
        "goods_transaction_id",
        "expense",
        "account",
        "client",
        "master",
        "supplier",
    }
)
_EXTRA = _fields.ANY
_KIND_supplier = _fields.ListOf(_fields.Model("CreateFinancialTransactionResponse200SupplierItem"))


@_attrs_define
class CreateFinancialTransactionResponse200:
    """Object with data

    Attributes:
        id (int | Unset): Transaction ID
        document_id (int | Unset): Document ID
        date (datetime.datetime | Unset): Transaction creation date
        type_id (int | Unset): Payment type ID
        expense_id (int | Unset): Payment Item ID
        account_id (int | Unset): Checkout ID
        amount (float | Unset): Transaction amount
        client_id (int | Unset): Client ID
        master_id (int | Unset): team member ID
        supplier_id (int | Unset): Supplier ID
        comment (str | Unset): A comment
        item_id (int | Unset):
        target_type_id (int | Unset):
        record_id (int | Unset): Appointment ID
        goods_transaction_id (int | Unset): Commodity transaction ID
        expense (CreateFinancialTransactionResponse200Expense | Unset): Payment type
        account (CreateFinancialTransactionResponse200Account | Unset): Location account
        client (CreateFinancialTransactionResponse200Client | Unset): Customer
        master (CreateFinancialTransactionResponse200Master | Unset): team member
        supplier (list[CreateFinancialTransactionResponse200SupplierItem] | Unset): counterparty
    """

    id: int | Unset = UNSET
    document_id: int | Unset = UNSET
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
    goods_transaction_id: int | Unset = UNSET
    expense: CreateFinancialTransactionResponse200Expense | Unset = UNSET
    account: CreateFinancialTransactionResponse200Account | Unset = UNSET
    client: CreateFinancialTransactionResponse200Client | Unset = UNSET
    master: CreateFinancialTransactionResponse200Master | Unset = UNSET
    supplier: list[CreateFinancialTransactionResponse200SupplierItem] | Unset = UNSET
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

        goods_transaction_id = self.goods_transaction_id
        if type(goods_transaction_id) is not int and goods_transaction_id is not UNSET:
            goods_transaction_id = _fields.write_integer(goods_transaction_id, "goods_transaction_id")
        if goods_transaction_id is not UNSET:
            field_dict["goods_transaction_id"] = goods_transaction_id

        expense = self.expense
        if expense is not UNSET:
            field_dict["expense"] = _fields.write_model(
                expense, _models.CreateFinancialTransactionResponse200Expense, "expense"
            )

        account = self.account
        if account is not UNSET:
            field_dict["account"] = _fields.write_model(
                account, _models.CreateFinancialTransactionResponse200Account, "account"
            )

        client = self.client
        if client is not UNSET:
            field_dict["client"] = _fields.write_model(
                client, _models.CreateFinancialTransactionResponse200Client, "client"
            )

        master = self.master
        if master is not UNSET:
            field_dict["master"] = _fields.write_model(
                master, _models.CreateFinancialTransactionResponse200Master, "master"
            )

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

        document_id = _get("document_id", UNSET)
        if type(document_id) is not int and document_id is not UNSET:
            document_id = _fields.read_integer(document_id, "document_id")

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

        goods_transaction_id = _get("goods_transaction_id", UNSET)
        if type(goods_transaction_id) is not int and goods_transaction_id is not UNSET:
            goods_transaction_id = _fields.read_integer(goods_transaction_id, "goods_transaction_id")

        expense = _get("expense", UNSET)
        if expense is not UNSET:
            try:
                expense = _models.CreateFinancialTransactionResponse200Expense.from_dict(expense)
            except _FieldError as _error:
                raise _error.within("expense")

        account = _get("account", UNSET)
        if account is not UNSET:
            try:
                account = _models.CreateFinancialTransactionResponse200Account.from_dict(account)
            except _FieldError as _error:
                raise _error.within("account")

        client = _get("client", UNSET)
        if client is not UNSET:
            try:
                client = _models.CreateFinancialTransactionResponse200Client.from_dict(client)
            except _FieldError as _error:
                raise _error.within("client")

        master = _get("master", UNSET)
        if master is not UNSET:
            try:
                master = _models.CreateFinancialTransactionResponse200Master.from_dict(master)
            except _FieldError as _error:
                raise _error.within("master")

        supplier = _get("supplier", UNSET)
        if supplier is not UNSET:
            supplier = _KIND_supplier.read_field(supplier, "supplier")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.document_id = document_id
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
        _model.goods_transaction_id = goods_transaction_id
        _model.expense = expense
        _model.account = account
        _model.client = client
        _model.master = master
        _model.supplier = supplier
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not CreateFinancialTransactionResponse200:
            _fields.init_added_fields(_model, CreateFinancialTransactionResponse200)
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
