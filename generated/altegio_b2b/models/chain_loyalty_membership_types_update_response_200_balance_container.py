from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chain_loyalty_membership_types_update_response_200_balance_container_links_item import (
        ChainLoyaltyMembershipTypesUpdateResponse200BalanceContainerLinksItem,
    )


T = TypeVar("T", bound="ChainLoyaltyMembershipTypesUpdateResponse200BalanceContainer")


@_attrs_define
class ChainLoyaltyMembershipTypesUpdateResponse200BalanceContainer:
    """Container with attached services and/or categories and their balance

    Attributes:
        links (list[ChainLoyaltyMembershipTypesUpdateResponse200BalanceContainerLinksItem] | Unset):
    """

    links: list[ChainLoyaltyMembershipTypesUpdateResponse200BalanceContainerLinksItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = []
            for links_item_data in self.links:
                links_item = links_item_data.to_dict()
                links.append(links_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chain_loyalty_membership_types_update_response_200_balance_container_links_item import (
            ChainLoyaltyMembershipTypesUpdateResponse200BalanceContainerLinksItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _links = d.pop("links", UNSET)
        links: list[ChainLoyaltyMembershipTypesUpdateResponse200BalanceContainerLinksItem] | Unset = UNSET
        if _links is not UNSET:
            links = []
            for links_item_data in _links:
                links_item = ChainLoyaltyMembershipTypesUpdateResponse200BalanceContainerLinksItem.from_dict(
                    links_item_data
                )

                links.append(links_item)

        _model = cls(
            links=links,
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
