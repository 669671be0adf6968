from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ChainLoyaltyMembershipsSetBalanceBodyServicesBalanceCountItem")


@_attrs_define
class ChainLoyaltyMembershipsSetBalanceBodyServicesBalanceCountItem:
    """
    Attributes:
        balance (int): New visit count for this service/category
        service_id (int): Service or category ID
    """

    balance: int
    service_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        balance = self.balance

        service_id = self.service_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "balance": balance,
                "service_id": service_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        balance = d.pop("balance")

        service_id = d.pop("service_id")

        chain_loyalty_memberships_set_balance_body_services_balance_count_item = cls(
            balance=balance,
            service_id=service_id,
        )

        chain_loyalty_memberships_set_balance_body_services_balance_count_item.additional_properties = d
        return chain_loyalty_memberships_set_balance_body_services_balance_count_item

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
