from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_product_category_composition_response_200_children_item import (
        GetProductCategoryCompositionResponse200ChildrenItem,
    )


T = TypeVar("T", bound="GetProductCategoryCompositionResponse200")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "parent_id",
        "item_id",
        "category_id",
        "title",
        "is_chain",
        "is_category",
        "is_item",
        "children",
        "children_count",
    }
)
_EXTRA = _fields.ANY
_KIND_children = _fields.ListOf(_fields.Model("GetProductCategoryCompositionResponse200ChildrenItem"))


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
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        parent_id = self.parent_id
        if type(parent_id) is not int and parent_id is not UNSET:
            parent_id = _fields.write_integer(parent_id, "parent_id")
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id

        item_id = self.item_id
        if type(item_id) is not int and item_id is not UNSET:
            item_id = _fields.write_integer(item_id, "item_id")
        if item_id is not UNSET:
            field_dict["item_id"] = item_id

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

        is_chain = self.is_chain
        if type(is_chain) is not bool and is_chain is not UNSET:
            is_chain = _fields.write_boolean(is_chain, "is_chain")
        if is_chain is not UNSET:
            field_dict["is_chain"] = is_chain

        is_category = self.is_category
        if type(is_category) is not bool and is_category is not UNSET:
            is_category = _fields.write_boolean(is_category, "is_category")
        if is_category is not UNSET:
            field_dict["is_category"] = is_category

        is_item = self.is_item
        if type(is_item) is not bool and is_item is not UNSET:
            is_item = _fields.write_boolean(is_item, "is_item")
        if is_item is not UNSET:
            field_dict["is_item"] = is_item

        children = self.children
        if children is not UNSET:
            field_dict["children"] = _KIND_children.write_field(children, "children")

        children_count = self.children_count
        if children_count is not UNSET:
            field_dict["children_count"] = _fields.write_number(children_count, "children_count")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        parent_id = _get("parent_id", UNSET)
        if type(parent_id) is not int and parent_id is not UNSET:
            parent_id = _fields.read_integer(parent_id, "parent_id")

        item_id = _get("item_id", UNSET)
        if type(item_id) is not int and item_id is not UNSET:
            item_id = _fields.read_integer(item_id, "item_id")

        category_id = _get("category_id", UNSET)
        if type(category_id) is not int and category_id is not UNSET:
            category_id = _fields.read_integer(category_id, "category_id")

        title = _get("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = _fields.read_string(title, "title")

        is_chain = _get("is_chain", UNSET)
        if type(is_chain) is not bool and is_chain is not UNSET:
            is_chain = _fields.read_boolean(is_chain, "is_chain")

        is_category = _get("is_category", UNSET)
        if type(is_category) is not bool and is_category is not UNSET:
            is_category = _fields.read_boolean(is_category, "is_category")

        is_item = _get("is_item", UNSET)
        if type(is_item) is not bool and is_item is not UNSET:
            is_item = _fields.read_boolean(is_item, "is_item")

        children = _get("children", UNSET)
        if children is not UNSET:
            children = _KIND_children.read_field(children, "children")

        children_count = _get("children_count", UNSET)
        if type(children_count) is not float and type(children_count) is not int and children_count is not UNSET:
            children_count = _fields.read_number(children_count, "children_count")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.parent_id = parent_id
        _model.item_id = item_id
        _model.category_id = category_id
        _model.title = title
        _model.is_chain = is_chain
        _model.is_category = is_category
        _model.is_item = is_item
        _model.children = children
        _model.children_count = children_count
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetProductCategoryCompositionResponse200:
            _fields.init_added_fields(_model, GetProductCategoryCompositionResponse200)
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
