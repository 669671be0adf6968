from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET

T = TypeVar("T", bound="ChainLoyaltyMembershipsSetBalanceBodyServicesBalanceCountItem")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "service_id",
        "balance",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class ChainLoyaltyMembershipsSetBalanceBodyServicesBalanceCountItem:
    """
    Attributes:
        service_id (int): Service or category ID Example: 13160808.
        balance (int): New visit count for this service/category Example: 5.
    """

    service_id: int
    balance: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        service_id = self.service_id
        if type(service_id) is not int:
            service_id = _fields.write_integer(service_id, "service_id")
        field_dict["service_id"] = service_id

        balance = self.balance
        if type(balance) is not int:
            balance = _fields.write_integer(balance, "balance")
        field_dict["balance"] = balance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        service_id = _get("service_id", UNSET)
        if type(service_id) is not int:
            service_id = _fields.read_integer(service_id, "service_id")

        balance = _get("balance", UNSET)
        if type(balance) is not int:
            balance = _fields.read_integer(balance, "balance")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.service_id = service_id
        _model.balance = balance
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not ChainLoyaltyMembershipsSetBalanceBodyServicesBalanceCountItem:
            _fields.init_added_fields(_model, ChainLoyaltyMembershipsSetBalanceBodyServicesBalanceCountItem)
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
