from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chain_loyalty_memberships_set_balance_body_services_balance_count_item import (
        ChainLoyaltyMembershipsSetBalanceBodyServicesBalanceCountItem,
    )


T = TypeVar("T", bound="ChainLoyaltyMembershipsSetBalanceBody")


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
        united_balance_services_count = self.united_balance_services_count

        services_balance_count: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.services_balance_count, Unset):
            services_balance_count = []
            for services_balance_count_item_data in self.services_balance_count:
                services_balance_count_item = services_balance_count_item_data.to_dict()
                services_balance_count.append(services_balance_count_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if united_balance_services_count is not UNSET:
            field_dict["united_balance_services_count"] = united_balance_services_count
        if services_balance_count is not UNSET:
            field_dict["services_balance_count"] = services_balance_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chain_loyalty_memberships_set_balance_body_services_balance_count_item import (
            ChainLoyaltyMembershipsSetBalanceBodyServicesBalanceCountItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        united_balance_services_count = d.pop("united_balance_services_count", UNSET)

        _services_balance_count = d.pop("services_balance_count", UNSET)
        services_balance_count: list[ChainLoyaltyMembershipsSetBalanceBodyServicesBalanceCountItem] | Unset = UNSET
        if _services_balance_count is not UNSET:
            services_balance_count = []
            for services_balance_count_item_data in _services_balance_count:
                services_balance_count_item = ChainLoyaltyMembershipsSetBalanceBodyServicesBalanceCountItem.from_dict(
                    services_balance_count_item_data
                )

                services_balance_count.append(services_balance_count_item)

        _model = cls(
            united_balance_services_count=united_balance_services_count,
            services_balance_count=services_balance_count,
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
