from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetDayEndReportDataResponse200ZData1481101200ItemMastersItemServiceItemTransactionsItem")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "accounts_amount",
        "loyalty_amount",
        "payment_type",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class GetDayEndReportDataResponse200ZData1481101200ItemMastersItemServiceItemTransactionsItem:
    """
    Attributes:
        accounts_amount (float | Unset): Amount paid to the location account
        loyalty_amount (float | Unset): Amount paid by loyalty
        payment_type (str | Unset): Payment type
    """

    accounts_amount: float | Unset = UNSET
    loyalty_amount: float | Unset = UNSET
    payment_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        accounts_amount = self.accounts_amount
        if accounts_amount is not UNSET:
            field_dict["accounts_amount"] = _fields.write_number(accounts_amount, "accounts_amount")

        loyalty_amount = self.loyalty_amount
        if loyalty_amount is not UNSET:
            field_dict["loyalty_amount"] = _fields.write_number(loyalty_amount, "loyalty_amount")

        payment_type = self.payment_type
        if type(payment_type) is not str and payment_type is not UNSET:
            payment_type = _fields.write_string(payment_type, "payment_type")
        if payment_type is not UNSET:
            field_dict["payment_type"] = payment_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        accounts_amount = _get("accounts_amount", UNSET)
        if type(accounts_amount) is not float and type(accounts_amount) is not int and accounts_amount is not UNSET:
            accounts_amount = _fields.read_number(accounts_amount, "accounts_amount")

        loyalty_amount = _get("loyalty_amount", UNSET)
        if type(loyalty_amount) is not float and type(loyalty_amount) is not int and loyalty_amount is not UNSET:
            loyalty_amount = _fields.read_number(loyalty_amount, "loyalty_amount")

        payment_type = _get("payment_type", UNSET)
        if type(payment_type) is not str and payment_type is not UNSET:
            payment_type = _fields.read_string(payment_type, "payment_type")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.accounts_amount = accounts_amount
        _model.loyalty_amount = loyalty_amount
        _model.payment_type = payment_type
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetDayEndReportDataResponse200ZData1481101200ItemMastersItemServiceItemTransactionsItem:
            _fields.init_added_fields(
                _model, GetDayEndReportDataResponse200ZData1481101200ItemMastersItemServiceItemTransactionsItem
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
