from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chain_loyalty_memberships_set_balance_response_200_balance_container import (
        ChainLoyaltyMembershipsSetBalanceResponse200BalanceContainer,
    )


T = TypeVar("T", bound="ChainLoyaltyMembershipsSetBalanceResponse200")


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
        id = self.id

        united_balance_services_count = self.united_balance_services_count

        balance_container: dict[str, Any] | Unset = UNSET
        if not isinstance(self.balance_container, Unset):
            balance_container = self.balance_container.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if united_balance_services_count is not UNSET:
            field_dict["united_balance_services_count"] = united_balance_services_count
        if balance_container is not UNSET:
            field_dict["balance_container"] = balance_container

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chain_loyalty_memberships_set_balance_response_200_balance_container import (
            ChainLoyaltyMembershipsSetBalanceResponse200BalanceContainer,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        united_balance_services_count = d.pop("united_balance_services_count", UNSET)

        _balance_container = d.pop("balance_container", UNSET)
        balance_container: ChainLoyaltyMembershipsSetBalanceResponse200BalanceContainer | Unset
        if isinstance(_balance_container, Unset):
            balance_container = UNSET
        else:
            balance_container = ChainLoyaltyMembershipsSetBalanceResponse200BalanceContainer.from_dict(
                _balance_container
            )

        _model = cls(
            id=id,
            united_balance_services_count=united_balance_services_count,
            balance_container=balance_container,
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
