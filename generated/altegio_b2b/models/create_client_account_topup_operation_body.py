from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateClientAccountTopupOperationBody")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "client_id",
        "deposit_id",
        "amount",
        "account_id",
        "master_id",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class CreateClientAccountTopupOperationBody:
    """
    Attributes:
        client_id (int): ID of the client, the owner of the client account
        deposit_id (int): client account ID
        amount (float): replenishment amount
        account_id (int): Checkout ID for payment
        master_id (int | Unset): team member ID
    """

    client_id: int
    deposit_id: int
    amount: float
    account_id: int
    master_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        client_id = self.client_id
        if type(client_id) is not int:
            client_id = _fields.write_integer(client_id, "client_id")
        field_dict["client_id"] = client_id

        deposit_id = self.deposit_id
        if type(deposit_id) is not int:
            deposit_id = _fields.write_integer(deposit_id, "deposit_id")
        field_dict["deposit_id"] = deposit_id

        amount = self.amount
        field_dict["amount"] = _fields.write_number(amount, "amount")

        account_id = self.account_id
        if type(account_id) is not int:
            account_id = _fields.write_integer(account_id, "account_id")
        field_dict["account_id"] = account_id

        master_id = self.master_id
        if type(master_id) is not int and master_id is not UNSET:
            master_id = _fields.write_integer(master_id, "master_id")
        if master_id is not UNSET:
            field_dict["master_id"] = master_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        client_id = _get("client_id", UNSET)
        if type(client_id) is not int:
            client_id = _fields.read_integer(client_id, "client_id")

        deposit_id = _get("deposit_id", UNSET)
        if type(deposit_id) is not int:
            deposit_id = _fields.read_integer(deposit_id, "deposit_id")

        amount = _get("amount", UNSET)
        if type(amount) is not float and type(amount) is not int:
            amount = _fields.read_number(amount, "amount")

        account_id = _get("account_id", UNSET)
        if type(account_id) is not int:
            account_id = _fields.read_integer(account_id, "account_id")

        master_id = _get("master_id", UNSET)
        if type(master_id) is not int and master_id is not UNSET:
            master_id = _fields.read_integer(master_id, "master_id")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.client_id = client_id
        _model.deposit_id = deposit_id
        _model.amount = amount
        _model.account_id = account_id
        _model.master_id = master_id
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not CreateClientAccountTopupOperationBody:
            _fields.init_added_fields(_model, CreateClientAccountTopupOperationBody)
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
