from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchProductResponse200Item")


@_attrs_define
class SearchProductResponse200Item:
    """
    Attributes:
        parent_id (int | Unset): Parent element ID (0 for root elements)
        item_id (int | Unset): Item ID (0 if item is a category)
        category_id (int | Unset): Product category ID (0 if the item is a product)
        title (str | Unset): The name of the product or product category
        is_chain (bool | Unset): Is the element chain-bound? true - the element is connected to the chain, false - not
            connected
        is_category (bool | Unset): Is the element a category? true - category, false - product
        is_item (bool | Unset): Is the item a product? true - product, false - category
    """

    parent_id: int | Unset = UNSET
    item_id: int | Unset = UNSET
    category_id: int | Unset = UNSET
    title: str | Unset = UNSET
    is_chain: bool | Unset = UNSET
    is_category: bool | Unset = UNSET
    is_item: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        parent_id = self.parent_id

        item_id = self.item_id

        category_id = self.category_id

        title = self.title

        is_chain = self.is_chain

        is_category = self.is_category

        is_item = self.is_item

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        if category_id is not UNSET:
            field_dict["category_id"] = category_id
        if title is not UNSET:
            field_dict["title"] = title
        if is_chain is not UNSET:
            field_dict["is_chain"] = is_chain
        if is_category is not UNSET:
            field_dict["is_category"] = is_category
        if is_item is not UNSET:
            field_dict["is_item"] = is_item

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        parent_id = d.pop("parent_id", UNSET)

        item_id = d.pop("item_id", UNSET)

        category_id = d.pop("category_id", UNSET)

        title = d.pop("title", UNSET)

        is_chain = d.pop("is_chain", UNSET)

        is_category = d.pop("is_category", UNSET)

        is_item = d.pop("is_item", UNSET)

        _model = cls(
            parent_id=parent_id,
            item_id=item_id,
            category_id=category_id,
            title=title,
            is_chain=is_chain,
            is_category=is_category,
            is_item=is_item,
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
