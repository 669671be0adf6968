from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetChainClientAccountHistoryResponse200ItemDepositTransaction")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "salon_id",
        "salon_group_id",
        "user_id",
        "amount",
        "balance_after",
        "reserved_balance_after",
        "date_create",
        "comment",
        "deleted",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class GetChainClientAccountHistoryResponse200ItemDepositTransaction:
    """Client account transaction details

    Attributes:
        id (int | Unset): Transaction ID Example: 1.
        salon_id (int | Unset): Location ID where transaction occurred Example: 720441.
        salon_group_id (int | Unset): Chain ID Example: 706028.
        user_id (int | Unset): User ID associated with the client account Example: 123456.
        amount (float | Unset): Transaction amount (positive for top-up, negative for withdrawal) Example: 100.5.
        balance_after (float | Unset): Personal account balance after this transaction Example: 12239.56.
        reserved_balance_after (float | Unset): Personal account reserved balance after this transaction Example: 0.
        date_create (datetime.datetime | Unset): Transaction creation date and time Example:
            2026-01-15T14:30:00.000000Z.
        comment (str | Unset): Transaction comment Example: Top-up payment.
        deleted (bool | Unset): Whether transaction has been deleted Example: False.
    """

    id: int | Unset = UNSET
    salon_id: int | Unset = UNSET
    salon_group_id: int | Unset = UNSET
    user_id: int | Unset = UNSET
    amount: float | Unset = UNSET
    balance_after: float | Unset = UNSET
    reserved_balance_after: float | Unset = UNSET
    date_create: datetime.datetime | Unset = UNSET
    comment: str | Unset = UNSET
    deleted: bool | Unset = UNSET
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

        date_create = self.date_create
        if date_create is not UNSET:
            field_dict["date_create"] = _fields.write_datetime(date_create, "date_create")

        comment = self.comment
        if type(comment) is not str and comment is not UNSET:
            comment = _fields.write_string(comment, "comment")
        if comment is not UNSET:
            field_dict["comment"] = comment

        deleted = self.deleted
        if type(deleted) is not bool and deleted is not UNSET:
            deleted = _fields.write_boolean(deleted, "deleted")
        if deleted is not UNSET:
            field_dict["deleted"] = deleted

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

        date_create = _get("date_create", UNSET)
        if date_create is not UNSET:
            try:
                date_create = _fields.datetime_fromisoformat(date_create)
            except (TypeError, ValueError):
                date_create = _fields.read_datetime(date_create, "date_create")

        comment = _get("comment", UNSET)
        if type(comment) is not str and comment is not UNSET:
            comment = _fields.read_string(comment, "comment")

        deleted = _get("deleted", UNSET)
        if type(deleted) is not bool and deleted is not UNSET:
            deleted = _fields.read_boolean(deleted, "deleted")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.salon_id = salon_id
        _model.salon_group_id = salon_group_id
        _model.user_id = user_id
        _model.amount = amount
        _model.balance_after = balance_after
        _model.reserved_balance_after = reserved_balance_after
        _model.date_create = date_create
        _model.comment = comment
        _model.deleted = deleted
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetChainClientAccountHistoryResponse200ItemDepositTransaction:
            _fields.init_added_fields(_model, GetChainClientAccountHistoryResponse200ItemDepositTransaction)
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
