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
    from ..models.chain_loyalty_memberships_set_balance_response_200_balance_container import (
        ChainLoyaltyMembershipsSetBalanceResponse200BalanceContainer,
    )


T = TypeVar("T", bound="ChainLoyaltyMembershipsSetBalanceResponse200")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "united_balance_services_count",
        "balance_container",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class ChainLoyaltyMembershipsSetBalanceResponse200:
    """
    Attributes:
        id (int | Unset):  Example: 123.
        united_balance_services_count (int | Unset):  Example: 10.
        balance_container (ChainLoyaltyMembershipsSetBalanceResponse200BalanceContainer | Unset): Updated balance
            details
    """

    id: int | Unset = UNSET
    united_balance_services_count: int | Unset = UNSET
    balance_container: ChainLoyaltyMembershipsSetBalanceResponse200BalanceContainer | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        id = self.id
        if type(id) is not int and id is not UNSET:
            id = _fields.write_integer(id, "id")
        if id is not UNSET:
            field_dict["id"] = id

        united_balance_services_count = self.united_balance_services_count
        if type(united_balance_services_count) is not int and united_balance_services_count is not UNSET:
            united_balance_services_count = _fields.write_integer(
                united_balance_services_count, "united_balance_services_count"
            )
        if united_balance_services_count is not UNSET:
            field_dict["united_balance_services_count"] = united_balance_services_count

        balance_container = self.balance_container
        if balance_container is not UNSET:
            field_dict["balance_container"] = _fields.write_model(
                balance_container,
                _models.ChainLoyaltyMembershipsSetBalanceResponse200BalanceContainer,
                "balance_container",
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

        united_balance_services_count = _get("united_balance_services_count", UNSET)
        if type(united_balance_services_count) is not int and united_balance_services_count is not UNSET:
            united_balance_services_count = _fields.read_integer(
                united_balance_services_count, "united_balance_services_count"
            )

        balance_container = _get("balance_container", UNSET)
        if balance_container is not UNSET:
            try:
                balance_container = _models.ChainLoyaltyMembershipsSetBalanceResponse200BalanceContainer.from_dict(
                    balance_container
                )
            except _FieldError as _error:
                raise _error.within("balance_container")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.united_balance_services_count = united_balance_services_count
        _model.balance_container = balance_container
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not ChainLoyaltyMembershipsSetBalanceResponse200:
            _fields.init_added_fields(_model, ChainLoyaltyMembershipsSetBalanceResponse200)
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
