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
    from ..models.chain_loyalty_membership_types_list_response_200_item_balance_container_links_item_service_category import (
        ChainLoyaltyMembershipTypesListResponse200ItemBalanceContainerLinksItemServiceCategory,
    )


T = TypeVar("T", bound="ChainLoyaltyMembershipTypesListResponse200ItemBalanceContainerLinksItemService")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "is_category",
        "category_id",
        "title",
        "online_sale_title",
        "is_chain",
        "chain_price_min",
        "chain_price_max",
        "category",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class ChainLoyaltyMembershipTypesListResponse200ItemBalanceContainerLinksItemService:
    """Service details (if link is to a service)

    Attributes:
        id (int | Unset):  Example: 45.
        is_category (bool | Unset):  Example: False.
        category_id (int | Unset):  Example: 90.
        title (str | Unset):  Example: Service in location.
        online_sale_title (str | Unset): Online sale title for service
        is_chain (bool | Unset): Whether service belongs to chain Example: False.
        chain_price_min (float | Unset): Minimum service price across chain Example: 0.
        chain_price_max (float | Unset): Maximum service price across chain Example: 0.
        category (ChainLoyaltyMembershipTypesListResponse200ItemBalanceContainerLinksItemServiceCategory | Unset):
    """

    id: int | Unset = UNSET
    is_category: bool | Unset = UNSET
    category_id: int | Unset = UNSET
    title: str | Unset = UNSET
    online_sale_title: str | Unset = UNSET
    is_chain: bool | Unset = UNSET
    chain_price_min: float | Unset = UNSET
    chain_price_max: float | Unset = UNSET
    category: ChainLoyaltyMembershipTypesListResponse200ItemBalanceContainerLinksItemServiceCategory | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        id = self.id
        if type(id) is not int and id is not UNSET:
            id = _fields.write_integer(id, "id")
        if id is not UNSET:
            field_dict["id"] = id

        is_category = self.is_category
        if type(is_category) is not bool and is_category is not UNSET:
            is_category = _fields.write_boolean(is_category, "is_category")
        if is_category is not UNSET:
            field_dict["is_category"] = is_category

        category_id = self.category_id
        if type(category_id) is not int and category_id is not UNSET:
            category_id = _fields.write_integer(category_id, "category_id")
        if category_id is not UNSET:
            field_dict["category_id"] = category_id

        title = self.title
        if type(title) is not str and title is not UNSET:
            title = _fields.write_string(title, "title")
        if title is not UNSET:
            field_dict["title"] = title

        online_sale_title = self.online_sale_title
        if type(online_sale_title) is not str and online_sale_title is not UNSET:
            online_sale_title = _fields.write_string(online_sale_title, "online_sale_title")
        if online_sale_title is not UNSET:
            field_dict["online_sale_title"] = online_sale_title

        is_chain = self.is_chain
        if type(is_chain) is not bool and is_chain is not UNSET:
            is_chain = _fields.write_boolean(is_chain, "is_chain")
        if is_chain is not UNSET:
            field_dict["is_chain"] = is_chain

        chain_price_min = self.chain_price_min
        if chain_price_min is not UNSET:
            field_dict["chain_price_min"] = _fields.write_number(chain_price_min, "chain_price_min")

        chain_price_max = self.chain_price_max
        if chain_price_max is not UNSET:
            field_dict["chain_price_max"] = _fields.write_number(chain_price_max, "chain_price_max")

        category = self.category
        if category is not UNSET:
            field_dict["category"] = _fields.write_model(
                category,
                _models.ChainLoyaltyMembershipTypesListResponse200ItemBalanceContainerLinksItemServiceCategory,
                "category",
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

        is_category = _get("is_category", UNSET)
        if type(is_category) is not bool and is_category is not UNSET:
            is_category = _fields.read_boolean(is_category, "is_category")

        category_id = _get("category_id", UNSET)
        if type(category_id) is not int and category_id is not UNSET:
            category_id = _fields.read_integer(category_id, "category_id")

        title = _get("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = _fields.read_string(title, "title")

        online_sale_title = _get("online_sale_title", UNSET)
        if type(online_sale_title) is not str and online_sale_title is not UNSET:
            online_sale_title = _fields.read_string(online_sale_title, "online_sale_title")

        is_chain = _get("is_chain", UNSET)
        if type(is_chain) is not bool and is_chain is not UNSET:
            is_chain = _fields.read_boolean(is_chain, "is_chain")

        chain_price_min = _get("chain_price_min", UNSET)
        if type(chain_price_min) is not float and type(chain_price_min) is not int and chain_price_min is not UNSET:
            chain_price_min = _fields.read_number(chain_price_min, "chain_price_min")

        chain_price_max = _get("chain_price_max", UNSET)
        if type(chain_price_max) is not float and type(chain_price_max) is not int and chain_price_max is not UNSET:
            chain_price_max = _fields.read_number(chain_price_max, "chain_price_max")

        category = _get("category", UNSET)
        if category is not UNSET:
            try:
                category = _models.ChainLoyaltyMembershipTypesListResponse200ItemBalanceContainerLinksItemServiceCategory.from_dict(
                    category
                )
            except _FieldError as _error:
                raise _error.within("category")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.is_category = is_category
        _model.category_id = category_id
        _model.title = title
        _model.online_sale_title = online_sale_title
        _model.is_chain = is_chain
        _model.chain_price_min = chain_price_min
        _model.chain_price_max = chain_price_max
        _model.category = category
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not ChainLoyaltyMembershipTypesListResponse200ItemBalanceContainerLinksItemService:
            _fields.init_added_fields(
                _model, ChainLoyaltyMembershipTypesListResponse200ItemBalanceContainerLinksItemService
            )
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
