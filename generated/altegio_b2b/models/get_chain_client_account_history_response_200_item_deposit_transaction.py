from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import timestamps as _timestamps
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetChainClientAccountHistoryResponse200ItemDepositTransaction")


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
        id = self.id

        salon_id = self.salon_id

        salon_group_id = self.salon_group_id

        user_id = self.user_id

        amount = self.amount

        balance_after = self.balance_after

        reserved_balance_after = self.reserved_balance_after

        date_create: str | Unset = UNSET
        if not isinstance(self.date_create, Unset):
            date_create = self.date_create.isoformat()

        comment = self.comment

        deleted = self.deleted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if salon_id is not UNSET:
            field_dict["salon_id"] = salon_id
        if salon_group_id is not UNSET:
            field_dict["salon_group_id"] = salon_group_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if balance_after is not UNSET:
            field_dict["balance_after"] = balance_after
        if reserved_balance_after is not UNSET:
            field_dict["reserved_balance_after"] = reserved_balance_after
        if date_create is not UNSET:
            field_dict["date_create"] = date_create
        if comment is not UNSET:
            field_dict["comment"] = comment
        if deleted is not UNSET:
            field_dict["deleted"] = deleted

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        salon_id = d.pop("salon_id", UNSET)

        salon_group_id = d.pop("salon_group_id", UNSET)

        user_id = d.pop("user_id", UNSET)

        amount = d.pop("amount", UNSET)

        balance_after = d.pop("balance_after", UNSET)

        reserved_balance_after = d.pop("reserved_balance_after", UNSET)

        _date_create = d.pop("date_create", UNSET)
        date_create: datetime.datetime | Unset
        if isinstance(_date_create, Unset):
            date_create = UNSET
        else:
            date_create = _timestamps.parse_datetime(_date_create)

        comment = d.pop("comment", UNSET)

        deleted = d.pop("deleted", UNSET)

        _model = cls(
            id=id,
            salon_id=salon_id,
            salon_group_id=salon_group_id,
            user_id=user_id,
            amount=amount,
            balance_after=balance_after,
            reserved_balance_after=reserved_balance_after,
            date_create=date_create,
            comment=comment,
            deleted=deleted,
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
