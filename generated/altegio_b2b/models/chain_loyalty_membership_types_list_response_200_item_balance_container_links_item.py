from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chain_loyalty_membership_types_list_response_200_item_balance_container_links_item_category import (
        ChainLoyaltyMembershipTypesListResponse200ItemBalanceContainerLinksItemCategory,
    )
    from ..models.chain_loyalty_membership_types_list_response_200_item_balance_container_links_item_service import (
        ChainLoyaltyMembershipTypesListResponse200ItemBalanceContainerLinksItemService,
    )


T = TypeVar("T", bound="ChainLoyaltyMembershipTypesListResponse200ItemBalanceContainerLinksItem")


@_attrs_define
class ChainLoyaltyMembershipTypesListResponse200ItemBalanceContainerLinksItem:
    """
    Attributes:
        count (int | Unset): Number of visits for this service/category Example: 10.
        is_unlimited (bool | Unset): Whether count is unlimited Example: False.
        service (ChainLoyaltyMembershipTypesListResponse200ItemBalanceContainerLinksItemService | Unset): Service
            details (if link is to a service)
        category (ChainLoyaltyMembershipTypesListResponse200ItemBalanceContainerLinksItemCategory | Unset): Category
            details (if link is to a category)
    """

    count: int | Unset = UNSET
    is_unlimited: bool | Unset = UNSET
    service: ChainLoyaltyMembershipTypesListResponse200ItemBalanceContainerLinksItemService | Unset = UNSET
    category: ChainLoyaltyMembershipTypesListResponse200ItemBalanceContainerLinksItemCategory | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        is_unlimited = self.is_unlimited

        service: dict[str, Any] | Unset = UNSET
        if not isinstance(self.service, Unset):
            service = self.service.to_dict()

        category: dict[str, Any] | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count is not UNSET:
            field_dict["count"] = count
        if is_unlimited is not UNSET:
            field_dict["is_unlimited"] = is_unlimited
        if service is not UNSET:
            field_dict["service"] = service
        if category is not UNSET:
            field_dict["category"] = category

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chain_loyalty_membership_types_list_response_200_item_balance_container_links_item_category import (
            ChainLoyaltyMembershipTypesListResponse200ItemBalanceContainerLinksItemCategory,  # noqa: PLC0415
        )
        from ..models.chain_loyalty_membership_types_list_response_200_item_balance_container_links_item_service import (
            ChainLoyaltyMembershipTypesListResponse200ItemBalanceContainerLinksItemService,  # noqa: PLC0415
        )

        d = dict(src_dict)
        count = d.pop("count", UNSET)

        is_unlimited = d.pop("is_unlimited", UNSET)

        _service = d.pop("service", UNSET)
        service: ChainLoyaltyMembershipTypesListResponse200ItemBalanceContainerLinksItemService | Unset
        if isinstance(_service, Unset):
            service = UNSET
        else:
            service = ChainLoyaltyMembershipTypesListResponse200ItemBalanceContainerLinksItemService.from_dict(_service)

        _category = d.pop("category", UNSET)
        category: ChainLoyaltyMembershipTypesListResponse200ItemBalanceContainerLinksItemCategory | Unset
        if isinstance(_category, Unset):
            category = UNSET
        else:
            category = ChainLoyaltyMembershipTypesListResponse200ItemBalanceContainerLinksItemCategory.from_dict(
                _category
            )

        _model = cls(
            count=count,
            is_unlimited=is_unlimited,
            service=service,
            category=category,
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
