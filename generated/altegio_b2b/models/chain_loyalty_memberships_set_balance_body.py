from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chain_loyalty_memberships_set_balance_body_services_balance_count_item import (
        ChainLoyaltyMembershipsSetBalanceBodyServicesBalanceCountItem,
    )


T = TypeVar("T", bound="ChainLoyaltyMembershipsSetBalanceBody")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "united_balance_services_count",
        "services_balance_count",
    }
)
_EXTRA = _fields.ANY
_KIND_services_balance_count = _fields.ListOf(
    _fields.Model("ChainLoyaltyMembershipsSetBalanceBodyServicesBalanceCountItem")
)


@_attrs_define
class ChainLoyaltyMembershipsSetBalanceBody:
    """
    Attributes:
        united_balance_services_count (int | Unset): New visit count for unified balance subscriptions Example: 10.
        services_balance_count (list[ChainLoyaltyMembershipsSetBalanceBodyServicesBalanceCountItem] | Unset): New
            balance for separate balance subscriptions (per service/category) Example: [{'service_id': 13160808, 'balance':
            5}, {'service_id': 13160809, 'balance': 3}].
    """

    united_balance_services_count: int | Unset = UNSET
    services_balance_count: list[ChainLoyaltyMembershipsSetBalanceBodyServicesBalanceCountItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        united_balance_services_count = self.united_balance_services_count
        if type(united_balance_services_count) is not int and united_balance_services_count is not UNSET:
            united_balance_services_count = _fields.write_integer(
                united_balance_services_count, "united_balance_services_count"
            )
        if united_balance_services_count is not UNSET:
            field_dict["united_balance_services_count"] = united_balance_services_count

        services_balance_count = self.services_balance_count
        if services_balance_count is not UNSET:
            field_dict["services_balance_count"] = _KIND_services_balance_count.write_field(
                services_balance_count, "services_balance_count"
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        united_balance_services_count = _get("united_balance_services_count", UNSET)
        if type(united_balance_services_count) is not int and united_balance_services_count is not UNSET:
            united_balance_services_count = _fields.read_integer(
                united_balance_services_count, "united_balance_services_count"
            )

        services_balance_count = _get("services_balance_count", UNSET)
        if services_balance_count is not UNSET:
            services_balance_count = _KIND_services_balance_count.read_field(
                services_balance_count, "services_balance_count"
            )

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.united_balance_services_count = united_balance_services_count
        _model.services_balance_count = services_balance_count
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not ChainLoyaltyMembershipsSetBalanceBody:
            _fields.init_added_fields(_model, ChainLoyaltyMembershipsSetBalanceBody)
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
