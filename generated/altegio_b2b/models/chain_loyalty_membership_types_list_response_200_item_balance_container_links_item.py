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
    from ..models.chain_loyalty_membership_types_list_response_200_item_balance_container_links_item_category import (
        ChainLoyaltyMembershipTypesListResponse200ItemBalanceContainerLinksItemCategory,
    )
    from ..models.chain_loyalty_membership_types_list_response_200_item_balance_container_links_item_service import (
        ChainLoyaltyMembershipTypesListResponse200ItemBalanceContainerLinksItemService,
    )


T = TypeVar("T", bound="ChainLoyaltyMembershipTypesListResponse200ItemBalanceContainerLinksItem")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "count",
        "is_unlimited",
        "service",
        "category",
    }
)
_EXTRA = _fields.ANY


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
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        count = self.count
        if type(count) is not int and count is not UNSET:
            count = _fields.write_integer(count, "count")
        if count is not UNSET:
            field_dict["count"] = count

        is_unlimited = self.is_unlimited
        if type(is_unlimited) is not bool and is_unlimited is not UNSET:
            is_unlimited = _fields.write_boolean(is_unlimited, "is_unlimited")
        if is_unlimited is not UNSET:
            field_dict["is_unlimited"] = is_unlimited

        service = self.service
        if service is not UNSET:
            field_dict["service"] = _fields.write_model(
                service,
                _models.ChainLoyaltyMembershipTypesListResponse200ItemBalanceContainerLinksItemService,
                "service",
            )

        category = self.category
        if category is not UNSET:
            field_dict["category"] = _fields.write_model(
                category,
                _models.ChainLoyaltyMembershipTypesListResponse200ItemBalanceContainerLinksItemCategory,
                "category",
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        count = _get("count", UNSET)
        if type(count) is not int and count is not UNSET:
            count = _fields.read_integer(count, "count")

        is_unlimited = _get("is_unlimited", UNSET)
        if type(is_unlimited) is not bool and is_unlimited is not UNSET:
            is_unlimited = _fields.read_boolean(is_unlimited, "is_unlimited")

        service = _get("service", UNSET)
        if service is not UNSET:
            try:
                service = (
                    _models.ChainLoyaltyMembershipTypesListResponse200ItemBalanceContainerLinksItemService.from_dict(
                        service
                    )
                )
            except _FieldError as _error:
                raise _error.within("service")

        category = _get("category", UNSET)
        if category is not UNSET:
            try:
                category = (
                    _models.ChainLoyaltyMembershipTypesListResponse200ItemBalanceContainerLinksItemCategory.from_dict(
                        category
                    )
                )
            except _FieldError as _error:
                raise _error.within("category")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.count = count
        _model.is_unlimited = is_unlimited
        _model.service = service
        _model.category = category
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not ChainLoyaltyMembershipTypesListResponse200ItemBalanceContainerLinksItem:
            _fields.init_added_fields(_model, ChainLoyaltyMembershipTypesListResponse200ItemBalanceContainerLinksItem)
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
