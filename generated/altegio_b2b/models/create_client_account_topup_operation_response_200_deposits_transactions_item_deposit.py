from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateClientAccountTopupOperationResponse200DepositsTransactionsItemDeposit")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "deposit_type_id",
        "salon_group_id",
        "initial_balance",
        "balance",
        "reserved_balance",
        "blocked",
        "date_create",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class CreateClientAccountTopupOperationResponse200DepositsTransactionsItemDeposit:
    """Personal account

    Attributes:
        id (int | Unset): Personal account ID
        deposit_type_id (int | Unset): Personal account type identifier
        salon_group_id (int | Unset): Chain ID
        initial_balance (float | Unset): Starting balance
        balance (float | Unset): Available balance (current balance minus reserved balance)
        reserved_balance (float | Unset): Amount currently reserved by active holds
        blocked (bool | Unset): Is the personal account blocked
        date_create (str | Unset): date of creation
    """

    id: int | Unset = UNSET
    deposit_type_id: int | Unset = UNSET
    salon_group_id: int | Unset = UNSET
    initial_balance: float | Unset = UNSET
    balance: float | Unset = UNSET
    reserved_balance: float | Unset = UNSET
    blocked: bool | Unset = UNSET
    date_create: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        id = self.id
        if type(id) is not int and id is not UNSET:
            id = _fields.write_integer(id, "id")
        if id is not UNSET:
            field_dict["id"] = id

        deposit_type_id = self.deposit_type_id
        if type(deposit_type_id) is not int and deposit_type_id is not UNSET:
            deposit_type_id = _fields.write_integer(deposit_type_id, "deposit_type_id")
        if deposit_type_id is not UNSET:
            field_dict["deposit_type_id"] = deposit_type_id

        salon_group_id = self.salon_group_id
        if type(salon_group_id) is not int and salon_group_id is not UNSET:
            salon_group_id = _fields.write_integer(salon_group_id, "salon_group_id")
        if salon_group_id is not UNSET:
            field_dict["salon_group_id"] = salon_group_id

        initial_balance = self.initial_balance
        if initial_balance is not UNSET:
            field_dict["initial_balance"] = _fields.write_number(initial_balance, "initial_balance")

        balance = self.balance
        if balance is not UNSET:
            field_dict["balance"] = _fields.write_number(balance, "balance")

        reserved_balance = self.reserved_balance
        if reserved_balance is not UNSET:
            field_dict["reserved_balance"] = _fields.write_number(reserved_balance, "reserved_balance")

        blocked = self.blocked
        if type(blocked) is not bool and blocked is not UNSET:
            blocked = _fields.write_boolean(blocked, "blocked")
        if blocked is not UNSET:
            field_dict["blocked"] = blocked

        date_create = self.date_create
        if type(date_create) is not str and date_create is not UNSET:
            date_create = _fields.write_string(date_create, "date_create")
        if date_create is not UNSET:
            field_dict["date_create"] = date_create

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _fields.read_integer(id, "id")

        deposit_type_id = _get("deposit_type_id", UNSET)
        if type(deposit_type_id) is not int and deposit_type_id is not UNSET:
            deposit_type_id = _fields.read_integer(deposit_type_id, "deposit_type_id")

        salon_group_id = _get("salon_group_id", UNSET)
        if type(salon_group_id) is not int and salon_group_id is not UNSET:
            salon_group_id = _fields.read_integer(salon_group_id, "salon_group_id")

        initial_balance = _get("initial_balance", UNSET)
        if type(initial_balance) is not float and type(initial_balance) is not int and initial_balance is not UNSET:
            initial_balance = _fields.read_number(initial_balance, "initial_balance")

        balance = _get("balance", UNSET)
        if type(balance) is not float and type(balance) is not int and balance is not UNSET:
            balance = _fields.read_number(balance, "balance")

        reserved_balance = _get("reserved_balance", UNSET)
        if type(reserved_balance) is not float and type(reserved_balance) is not int and reserved_balance is not UNSET:
            reserved_balance = _fields.read_number(reserved_balance, "reserved_balance")

        blocked = _get("blocked", UNSET)
        if type(blocked) is not bool and blocked is not UNSET:
            blocked = _fields.read_boolean(blocked, "blocked")

        date_create = _get("date_create", UNSET)
        if type(date_create) is not str and date_create is not UNSET:
            date_create = _fields.read_string(date_create, "date_create")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.deposit_type_id = deposit_type_id
        _model.salon_group_id = salon_group_id
        _model.initial_balance = initial_balance
        _model.balance = balance
        _model.reserved_balance = reserved_balance
        _model.blocked = blocked
        _model.date_create = date_create
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not CreateClientAccountTopupOperationResponse200DepositsTransactionsItemDeposit:
            _fields.init_added_fields(
                _model, CreateClientAccountTopupOperationResponse200DepositsTransactionsItemDeposit
            )
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
