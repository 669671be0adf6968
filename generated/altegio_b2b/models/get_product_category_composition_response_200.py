from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_product_category_composition_response_200_children_item import (
        GetProductCategoryCompositionResponse200ChildrenItem,
    )


T = TypeVar("T", bound="GetProductCategoryCompositionResponse200")


@_attrs_define
class GetProductCategoryCompositionResponse200:
    """Object with data

    Attributes:
        parent_id (int | Unset): Parent element ID (0 for root elements)
        item_id (int | Unset): Item ID (always 0)
        category_id (int | Unset): Product category ID
        title (str | Unset): Product category name
        is_chain (bool | Unset): Is the element chain-bound? true - the element is connected to the chain, false - not
            connected
        is_category (bool | Unset): Is the element a category? always true
        is_item (bool | Unset): Is the item a product? always false
        children (list[GetProductCategoryCompositionResponse200ChildrenItem] | Unset): Child elements of a product
            category
        children_count (float | Unset): Total number of child products and categories (no recursion)
    """

    parent_id: int | Unset = UNSET
    item_id: int | Unset = UNSET
    category_id: int | Unset = UNSET
    title: str | Unset = UNSET
    is_chain: bool | Unset = UNSET
    is_category: bool | Unset = UNSET
    is_item: bool | Unset = UNSET
    children: list[GetProductCategoryCompositionResponse200ChildrenItem] | Unset = UNSET
    children_count: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        parent_id = self.parent_id

        item_id = self.item_id

        category_id = self.category_id

        title = self.title

        is_chain = self.is_chain

        is_category = self.is_category

        is_item = self.is_item

        children: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.children, Unset):
            children = []
            for children_item_data in self.children:
                children_item = children_item_data.to_dict()
                children.append(children_item)

        children_count = self.children_count

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
        if children is not UNSET:
            field_dict["children"] = children
        if children_count is not UNSET:
            field_dict["children_count"] = children_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_product_category_composition_response_200_children_item import (
            GetProductCategoryCompositionResponse200ChildrenItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        parent_id = d.pop("parent_id", UNSET)

        item_id = d.pop("item_id", UNSET)

        category_id = d.pop("category_id", UNSET)

        title = d.pop("title", UNSET)

        is_chain = d.pop("is_chain", UNSET)

        is_category = d.pop("is_category", UNSET)

        is_item = d.pop("is_item", UNSET)

        _children = d.pop("children", UNSET)
        children: list[GetProductCategoryCompositionResponse200ChildrenItem] | Unset = UNSET
        if _children is not UNSET:
            children = []
            for children_item_data in _children:
                children_item = GetProductCategoryCompositionResponse200ChildrenItem.from_dict(children_item_data)

                children.append(children_item)

        children_count = d.pop("children_count", UNSET)

        _model = cls(
            parent_id=parent_id,
            item_id=item_id,
            category_id=category_id,
            title=title,
            is_chain=is_chain,
            is_category=is_category,
            is_item=is_item,
            children=children,
            children_count=children_count,
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
