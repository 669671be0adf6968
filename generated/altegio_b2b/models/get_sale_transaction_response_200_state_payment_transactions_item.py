from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._runtime import fields as _fields
from .._runtime.errors import FieldError as _FieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_sale_transaction_response_200_state_payment_transactions_item_account import (
        GetSaleTransactionResponse200StatePaymentTransactionsItemAccount,
    )
    from ..models.get_sale_transaction_response_200_state_payment_transactions_item_expense import (
        GetSaleTransactionResponse200StatePaymentTransactionsItemExpense,
    )


T = TypeVar("T", bound="GetSaleTransactionResponse200StatePaymentTransactionsItem")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "document_id",
        "sale_item_id",
        "sale_item_type",
        "expense_id",
        "account_id",
        "created_at",
        "account",
        "expense",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class GetSaleTransactionResponse200StatePaymentTransactionsItem:
    """
    Attributes:
        id (int | Unset): Payment transaction ID
        document_id (int | Unset): Document ID
        sale_item_id (int | Unset): Sold unit ID
        sale_item_type (str | Unset): Unit sold type
        expense_id (int | Unset): Payment Item ID
        account_id (int | Unset): Checkout ID
        created_at (str | Unset): date of creation
        account (GetSaleTransactionResponse200StatePaymentTransactionsItemAccount | Unset): Location account
        expense (GetSaleTransactionResponse200StatePaymentTransactionsItemExpense | Unset): Payment Article
    """

    id: int | Unset = UNSET
    document_id: int | Unset = UNSET
    sale_item_id: int | Unset = UNSET
    sale_item_type: str | Unset = UNSET
    expense_id: int | Unset = UNSET
    account_id: int | Unset = UNSET
    created_at: str | Unset = UNSET
    account: GetSaleTransactionResponse200StatePaymentTransactionsItemAccount | Unset = UNSET
    expense: GetSaleTransactionResponse200StatePaymentTransactionsItemExpense | Unset = UNSET
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

        sale_item_id = self.sale_item_id
        if type(sale_item_id) is not int and sale_item_id is not UNSET:
            sale_item_id = _fields.write_integer(sale_item_id, "sale_item_id")
        if sale_item_id is not UNSET:
            field_dict["sale_item_id"] = sale_item_id

        sale_item_type = self.sale_item_type
        if type(sale_item_type) is not str and sale_item_type is not UNSET:
            sale_item_type = _fields.write_string(sale_item_type, "sale_item_type")
        if sale_item_type is not UNSET:
            field_dict["sale_item_type"] = sale_item_type

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

        created_at = self.created_at
        if type(created_at) is not str and created_at is not UNSET:
            created_at = _fields.write_string(created_at, "created_at")
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        account = self.account
        if account is not UNSET:
            field_dict["account"] = _fields.write_model(
                account, _models.GetSaleTransactionResponse200StatePaymentTransactionsItemAccount, "account"
            )

        expense = self.expense
        if expense is not UNSET:
            field_dict["expense"] = _fields.write_model(
                expense, _models.GetSaleTransactionResponse200StatePaymentTransactionsItemExpense, "expense"
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

        sale_item_id = _get("sale_item_id", UNSET)
        if type(sale_item_id) is not int and sale_item_id is not UNSET:
            sale_item_id = _fields.read_integer(sale_item_id, "sale_item_id")

        sale_item_type = _get("sale_item_type", UNSET)
        if type(sale_item_type) is not str and sale_item_type is not UNSET:
            sale_item_type = _fields.read_string(sale_item_type, "sale_item_type")

        expense_id = _get("expense_id", UNSET)
        if type(expense_id) is not int and expense_id is not UNSET:
            expense_id = _fields.read_integer(expense_id, "expense_id")

        account_id = _get("account_id", UNSET)
        if type(account_id) is not int and account_id is not UNSET:
            account_id = _fields.read_integer(account_id, "account_id")

        created_at = _get("created_at", UNSET)
        if type(created_at) is not str and created_at is not UNSET:
            created_at = _fields.read_string(created_at, "created_at")

        account = _get("account", UNSET)
        if account is not UNSET:
            try:
                account = _models.GetSaleTransactionResponse200StatePaymentTransactionsItemAccount.from_dict(account)
            except _FieldError as _error:
                raise _error.within("account")

        expense = _get("expense", UNSET)
        if expense is not UNSET:
            try:
                expense = _models.GetSaleTransactionResponse200StatePaymentTransactionsItemExpense.from_dict(expense)
            except _FieldError as _error:
                raise _error.within("expense")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.document_id = document_id
        _model.sale_item_id = sale_item_id
        _model.sale_item_type = sale_item_type
        _model.expense_id = expense_id
        _model.account_id = account_id
        _model.created_at = created_at
        _model.account = account
        _model.expense = expense
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetSaleTransactionResponse200StatePaymentTransactionsItem:
            _fields.init_added_fields(_model, GetSaleTransactionResponse200StatePaymentTransactionsItem)
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
