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
    from ..models.create_client_account_topup_operation_response_200_deposits_transactions_item_deposit import (
        CreateClientAccountTopupOperationResponse200DepositsTransactionsItemDeposit,
    )
    from ..models.create_client_account_topup_operation_response_200_deposits_transactions_item_deposit_type import (
        CreateClientAccountTopupOperationResponse200DepositsTransactionsItemDepositType,
    )


T = TypeVar("T", bound="CreateClientAccountTopupOperationResponse200DepositsTransactionsItem")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "salon_id",
        "salon_group_id",
        "document_id",
        "deposit_id",
        "deposit_type_id",
        "master_id",
        "user_id",
        "amount",
        "balance_after",
        "reserved_balance_after",
        "comment",
        "date_create",
        "deleted",
        "date_delete",
        "deposit",
        "deposit_type",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class CreateClientAccountTopupOperationResponse200DepositsTransactionsItem:
    """
    Attributes:
        id (int | Unset): Client account transaction ID
        salon_id (int | Unset): location ID
        salon_group_id (int | Unset): Chain ID
        document_id (int | Unset): Document ID
        deposit_id (int | Unset): Personal account ID
        deposit_type_id (int | Unset): Personal account type identifier
        master_id (int | Unset): team member ID
        user_id (int | Unset): User ID
        amount (float | Unset): Top-up amount
        balance_after (float | Unset): Personal account balance after this transaction
        reserved_balance_after (float | Unset): Personal account reserved balance after this transaction
        comment (str | Unset): A comment
        date_create (str | Unset): date of creation
        deleted (bool | Unset): Has the transaction been deleted?
        date_delete (str | Unset): Deletion date
        deposit (CreateClientAccountTopupOperationResponse200DepositsTransactionsItemDeposit | Unset): Personal account
        deposit_type (CreateClientAccountTopupOperationResponse200DepositsTransactionsItemDepositType | Unset): Type of
            personal account
    """

    id: int | Unset = UNSET
    salon_id: int | Unset = UNSET
    salon_group_id: int | Unset = UNSET
    document_id: int | Unset = UNSET
    deposit_id: int | Unset = UNSET
    deposit_type_id: int | Unset = UNSET
    master_id: int | Unset = UNSET
    user_id: int | Unset = UNSET
    amount: float | Unset = UNSET
    balance_after: float | Unset = UNSET
    reserved_balance_after: float | Unset = UNSET
    comment: str | Unset = UNSET
    date_create: str | Unset = UNSET
    deleted: bool | Unset = UNSET
    date_delete: str | Unset = UNSET
    deposit: CreateClientAccountTopupOperationResponse200DepositsTransactionsItemDeposit | Unset = UNSET
    deposit_type: CreateClientAccountTopupOperationResponse200DepositsTransactionsItemDepositType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        id = self.id
        if type(id) is not int and id is not UNSET:
            id = _fields.write_integer(id, "id")
        if id is not UNSET:
            field_dict["id"] = id

        salon_id = self.salon_id
        if type(salon_id) is not int and salon_id is not UNSET:
            salon_id = _fields.write_integer(salon_id, "salon_id")
        if salon_id is not UNSET:
            field_dict["salon_id"] = salon_id

        salon_group_id = self.salon_group_id
        if type(salon_group_id) is not int and salon_group_id is not UNSET:
            salon_group_id = _fields.write_integer(salon_group_id, "salon_group_id")
        if salon_group_id is not UNSET:
            field_dict["salon_group_id"] = salon_group_id

        document_id = self.document_id
        if type(document_id) is not int and document_id is not UNSET:
            document_id = _fields.write_integer(document_id, "document_id")
        if document_id is not UNSET:
            field_dict["document_id"] = document_id

        deposit_id = self.deposit_id
        if type(deposit_id) is not int and deposit_id is not UNSET:
            deposit_id = _fields.write_integer(deposit_id, "deposit_id")
        if deposit_id is not UNSET:
            field_dict["deposit_id"] = deposit_id

        deposit_type_id = self.deposit_type_id
        if type(deposit_type_id) is not int and deposit_type_id is not UNSET:
            deposit_type_id = _fields.write_integer(deposit_type_id, "deposit_type_id")
        if deposit_type_id is not UNSET:
            field_dict["deposit_type_id"] = deposit_type_id

        master_id = self.master_id
        if type(master_id) is not int and master_id is not UNSET:
            master_id = _fields.write_integer(master_id, "master_id")
        if master_id is not UNSET:
            field_dict["master_id"] = master_id

        user_id = self.user_id
        if type(user_id) is not int and user_id is not UNSET:
            user_id = _fields.write_integer(user_id, "user_id")
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        amount = self.amount
        if amount is not UNSET:
            field_dict["amount"] = _fields.write_number(amount, "amount")

        balance_after = self.balance_after
        if balance_after is not UNSET:
            field_dict["balance_after"] = _fields.write_number(balance_after, "balance_after")

        reserved_balance_after = self.reserved_balance_after
        if reserved_balance_after is not UNSET:
            field_dict["reserved_balance_after"] = _fields.write_number(
                reserved_balance_after, "reserved_balance_after"
            )

        comment = self.comment
        if type(comment) is not str and comment is not UNSET:
            comment = _fields.write_string(comment, "comment")
        if comment is not UNSET:
            field_dict["comment"] = comment

        date_create = self.date_create
        if type(date_create) is not str and date_create is not UNSET:
            date_create = _fields.write_string(date_create, "date_create")
        if date_create is not UNSET:
            field_dict["date_create"] = date_create

        deleted = self.deleted
        if type(deleted) is not bool and deleted is not UNSET:
            deleted = _fields.write_boolean(deleted, "deleted")
        if deleted is not UNSET:
            field_dict["deleted"] = deleted

        date_delete = self.date_delete
        if type(date_delete) is not str and date_delete is not UNSET:
            date_delete = _fields.write_string(date_delete, "date_delete")
        if date_delete is not UNSET:
            field_dict["date_delete"] = date_delete

        deposit = self.deposit
        if deposit is not UNSET:
            field_dict["deposit"] = _fields.write_model(
                deposit, _models.CreateClientAccountTopupOperationResponse200DepositsTransactionsItemDeposit, "deposit"
            )

        deposit_type = self.deposit_type
        if deposit_type is not UNSET:
            field_dict["deposit_type"] = _fields.write_model(
                deposit_type,
                _models.CreateClientAccountTopupOperationResponse200DepositsTransactionsItemDepositType,
                "deposit_type",
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

        salon_id = _get("salon_id", UNSET)
        if type(salon_id) is not int and salon_id is not UNSET:
            salon_id = _fields.read_integer(salon_id, "salon_id")

        salon_group_id = _get("salon_group_id", UNSET)
        if type(salon_group_id) is not int and salon_group_id is not UNSET:
            salon_group_id = _fields.read_integer(salon_group_id, "salon_group_id")

        document_id = _get("document_id", UNSET)
        if type(document_id) is not int and document_id is not UNSET:
            document_id = _fields.read_integer(document_id, "document_id")

        deposit_id = _get("deposit_id", UNSET)
        if type(deposit_id) is not int and deposit_id is not UNSET:
            deposit_id = _fields.read_integer(deposit_id, "deposit_id")

        deposit_type_id = _get("deposit_type_id", UNSET)
        if type(deposit_type_id) is not int and deposit_type_id is not UNSET:
            deposit_type_id = _fields.read_integer(deposit_type_id, "deposit_type_id")

        master_id = _get("master_id", UNSET)
        if type(master_id) is not int and master_id is not UNSET:
            master_id = _fields.read_integer(master_id, "master_id")

        user_id = _get("user_id", UNSET)
        if type(user_id) is not int and user_id is not UNSET:
            user_id = _fields.read_integer(user_id, "user_id")

        amount = _get("amount", UNSET)
        if type(amount) is not float and type(amount) is not int and amount is not UNSET:
            amount = _fields.read_number(amount, "amount")

        balance_after = _get("balance_after", UNSET)
        if type(balance_after) is not float and type(balance_after) is not int and balance_after is not UNSET:
            balance_after = _fields.read_number(balance_after, "balance_after")

        reserved_balance_after = _get("reserved_balance_after", UNSET)
        if (
            type(reserved_balance_after) is not float
            and type(reserved_balance_after) is not int
            and reserved_balance_after is not UNSET
        ):
            reserved_balance_after = _fields.read_number(reserved_balance_after, "reserved_balance_after")

        comment = _get("comment", UNSET)
        if type(comment) is not str and comment is not UNSET:
            comment = _fields.read_string(comment, "comment")

        date_create = _get("date_create", UNSET)
        if type(date_create) is not str and date_create is not UNSET:
            date_create = _fields.read_string(date_create, "date_create")

        deleted = _get("deleted", UNSET)
        if type(deleted) is not bool and deleted is not UNSET:
            deleted = _fields.read_boolean(deleted, "deleted")

        date_delete = _get("date_delete", UNSET)
        if type(date_delete) is not str and date_delete is not UNSET:
            date_delete = _fields.read_string(date_delete, "date_delete")

        deposit = _get("deposit", UNSET)
        if deposit is not UNSET:
            try:
                deposit = _models.CreateClientAccountTopupOperationResponse200DepositsTransactionsItemDeposit.from_dict(
                    deposit
                )
            except _FieldError as _error:
                raise _error.within("deposit")

        deposit_type = _get("deposit_type", UNSET)
        if deposit_type is not UNSET:
            try:
                deposit_type = (
                    _models.CreateClientAccountTopupOperationResponse200DepositsTransactionsItemDepositType.from_dict(
                        deposit_type
                    )
                )
            except _FieldError as _error:
                raise _error.within("deposit_type")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.salon_id = salon_id
        _model.salon_group_id = salon_group_id
        _model.document_id = document_id
        _model.deposit_id = deposit_id
        _model.deposit_type_id = deposit_type_id
        _model.master_id = master_id
        _model.user_id = user_id
        _model.amount = amount
        _model.balance_after = balance_after
        _model.reserved_balance_after = reserved_balance_after
        _model.comment = comment
        _model.date_create = date_create
        _model.deleted = deleted
        _model.date_delete = date_delete
        _model.deposit = deposit
        _model.deposit_type = deposit_type
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not CreateClientAccountTopupOperationResponse200DepositsTransactionsItem:
            _fields.init_added_fields(_model, CreateClientAccountTopupOperationResponse200DepositsTransactionsItem)
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
