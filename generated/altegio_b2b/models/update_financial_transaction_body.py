from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateFinancialTransactionBody")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "expense_id",
        "amount",
        "account_id",
        "client_id",
        "supplier_id",
        "master_id",
        "comment",
        "date",
    }
)
_EXTRA = _fields.ANY
_KIND_comment = _fields.OneOf(
    _fields.NUMBER,
    _fields.STRING,
)


@_attrs_define
class UpdateFinancialTransactionBody:
    """Create a Financial Transaction

    Example:
        {'expense_id': 2640, 'amount': 100, 'account_id': 39105, 'client_id': 4240788, 'supplier_id': 0, 'master_id': 0,
            'comment': 'Test transaction comment', 'date': '2026-08-29T10:00:00-05:00'}

    Attributes:
        expense_id (int | Unset): Payment item
        amount (float | Unset): Transaction amount
        account_id (int | Unset): Checkout ID
        client_id (int | Unset): Client ID
        supplier_id (int | Unset): Supplier ID
        master_id (int | Unset): team member ID
        comment (float | str | Unset): A comment
        date (datetime.datetime | Unset): Transaction creation date
    """

    expense_id: int | Unset = UNSET
    amount: float | Unset = UNSET
    account_id: int | Unset = UNSET
    client_id: int | Unset = UNSET
    supplier_id: int | Unset = UNSET
    master_id: int | Unset = UNSET
    comment: float | str | Unset = UNSET
    date: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        expense_id = self.expense_id
        if type(expense_id) is not int and expense_id is not UNSET:
            expense_id = _fields.write_integer(expense_id, "expense_id")
        if expense_id is not UNSET:
            field_dict["expense_id"] = expense_id

        amount = self.amount
        if amount is not UNSET:
            field_dict["amount"] = _fields.write_number(amount, "amount")

        account_id = self.account_id
        if type(account_id) is not int and account_id is not UNSET:
            account_id = _fields.write_integer(account_id, "account_id")
        if account_id is not UNSET:
            field_dict["account_id"] = account_id

        client_id = self.client_id
        if type(client_id) is not int and client_id is not UNSET:
            client_id = _fields.write_integer(client_id, "client_id")
        if client_id is not UNSET:
            field_dict["client_id"] = client_id

        supplier_id = self.supplier_id
        if type(supplier_id) is not int and supplier_id is not UNSET:
            supplier_id = _fields.write_integer(supplier_id, "supplier_id")
        if supplier_id is not UNSET:
            field_dict["supplier_id"] = supplier_id

        master_id = self.master_id
        if type(master_id) is not int and master_id is not UNSET:
            master_id = _fields.write_integer(master_id, "master_id")
        if master_id is not UNSET:
            field_dict["master_id"] = master_id

        comment = self.comment
        if comment is not UNSET:
            field_dict["comment"] = _KIND_comment.write_field(comment, "comment")

        date = self.date
        if date is not UNSET:
            field_dict["date"] = _fields.write_datetime(date, "date")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        expense_id = _get("expense_id", UNSET)
        if type(expense_id) is not int and expense_id is not UNSET:
            expense_id = _fields.read_integer(expense_id, "expense_id")

        amount = _get("amount", UNSET)
        if type(amount) is not float and type(amount) is not int and amount is not UNSET:
            amount = _fields.read_number(amount, "amount")

        account_id = _get("account_id", UNSET)
        if type(account_id) is not int and account_id is not UNSET:
            account_id = _fields.read_integer(account_id, "account_id")

        client_id = _get("client_id", UNSET)
        if type(client_id) is not int and client_id is not UNSET:
            client_id = _fields.read_integer(client_id, "client_id")

        supplier_id = _get("supplier_id", UNSET)
        if type(supplier_id) is not int and supplier_id is not UNSET:
            supplier_id = _fields.read_integer(supplier_id, "supplier_id")

        master_id = _get("master_id", UNSET)
        if type(master_id) is not int and master_id is not UNSET:
            master_id = _fields.read_integer(master_id, "master_id")

        comment = _get("comment", UNSET)
        if comment is not UNSET:
            comment = _KIND_comment.read_field(comment, "comment")

        date = _get("date", UNSET)
        if date is not UNSET:
            try:
                date = _fields.datetime_fromisoformat(date)
            except (TypeError, ValueError):
                date = _fields.read_datetime(date, "date")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.expense_id = expense_id
        _model.amount = amount
        _model.account_id = account_id
        _model.client_id = client_id
        _model.supplier_id = supplier_id
        _model.master_id = master_id
        _model.comment = comment
        _model.date = date
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not UpdateFinancialTransactionBody:
            _fields.init_added_fields(_model, UpdateFinancialTransactionBody)
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
