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
    from ..models.delete_location_account_payment_response_200_state_loyalty_transactions_item_deposit_type import (
        DeleteLocationAccountPaymentResponse200StateLoyaltyTransactionsItemDepositType,
    )


T = TypeVar("T", bound="DeleteLocationAccountPaymentResponse200StateLoyaltyTransactionsItemDeposit")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "balance",
        "reserved_balance",
        "type",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class DeleteLocationAccountPaymentResponse200StateLoyaltyTransactionsItemDeposit:
    """Withdrawal from personal account

    Attributes:
        id (int | Unset): Personal account ID
        balance (float | Unset): Available personal account balance
        reserved_balance (float | Unset): Amount currently reserved by active holds
        type_ (DeleteLocationAccountPaymentResponse200StateLoyaltyTransactionsItemDepositType | Unset): Client account
            type
    """

    id: int | Unset = UNSET
    balance: float | Unset = UNSET
    reserved_balance: float | Unset = UNSET
    type_: DeleteLocationAccountPaymentResponse200StateLoyaltyTransactionsItemDepositType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        id = self.id
        if type(id) is not int and id is not UNSET:
            id = _fields.write_integer(id, "id")
        if id is not UNSET:
            field_dict["id"] = id

        balance = self.balance
        if balance is not UNSET:
            field_dict["balance"] = _fields.write_number(balance, "balance")

        reserved_balance = self.reserved_balance
        if reserved_balance is not UNSET:
            field_dict["reserved_balance"] = _fields.write_number(reserved_balance, "reserved_balance")

        type_ = self.type_
        if type_ is not UNSET:
            field_dict["type"] = _fields.write_model(
                type_, _models.DeleteLocationAccountPaymentResponse200StateLoyaltyTransactionsItemDepositType, "type_"
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

        balance = _get("balance", UNSET)
        if type(balance) is not float and type(balance) is not int and balance is not UNSET:
            balance = _fields.read_number(balance, "balance")

        reserved_balance = _get("reserved_balance", UNSET)
        if type(reserved_balance) is not float and type(reserved_balance) is not int and reserved_balance is not UNSET:
            reserved_balance = _fields.read_number(reserved_balance, "reserved_balance")

        type_ = _get("type", UNSET)
        if type_ is not UNSET:
            try:
                type_ = (
                    _models.DeleteLocationAccountPaymentResponse200StateLoyaltyTransactionsItemDepositType.from_dict(
                        type_
                    )
                )
            except _FieldError as _error:
                raise _error.within("type")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.balance = balance
        _model.reserved_balance = reserved_balance
        _model.type_ = type_
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not DeleteLocationAccountPaymentResponse200StateLoyaltyTransactionsItemDeposit:
            _fields.init_added_fields(
                _model, DeleteLocationAccountPaymentResponse200StateLoyaltyTransactionsItemDeposit
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
