from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChainLoyaltyMembershipTypesListResponse200ItemBalanceContainer")


@_attrs_define
class ChainLoyaltyMembershipTypesListResponse200ItemBalanceContainer:
    """Container with attached services and/or categories and their balance

    Attributes:
        links (list[Any] | Unset):
    """

    links: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        links: list[Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        links = cast(list[Any], d.pop("links", UNSET))

        chain_loyalty_membership_types_list_response_200_item_balance_container = cls(
            links=links,
        )

        chain_loyalty_membership_types_list_response_200_item_balance_container.additional_properties = d
        return chain_loyalty_membership_types_list_response_200_item_balance_container

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
