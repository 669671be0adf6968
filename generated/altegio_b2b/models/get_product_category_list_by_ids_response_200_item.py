from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetProductCategoryListByIdsResponse200Item")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "title",
        "parent_category_id",
        "is_chain",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class GetProductCategoryListByIdsResponse200Item:
    """
    Attributes:
        id (int | Unset): Product category ID
        title (str | Unset): Product category name
        parent_category_id (int | None | Unset): Parent category ID (null for top-level categories)
        is_chain (bool | Unset): Whether the category belongs to the chain
    """

    id: int | Unset = UNSET
    title: str | Unset = UNSET
    parent_category_id: int | None | Unset = UNSET
    is_chain: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        id = self.id
        if type(id) is not int and id is not UNSET:
            id = _fields.write_integer(id, "id")
        if id is not UNSET:
            field_dict["id"] = id

        title = self.title
        if type(title) is not str and title is not UNSET:
            title = _fields.write_string(title, "title")
        if title is not UNSET:
            field_dict["title"] = title

        parent_category_id = self.parent_category_id
        if type(parent_category_id) is not int and parent_category_id is not UNSET and parent_category_id is not None:
            parent_category_id = _fields.write_integer(parent_category_id, "parent_category_id")
        if parent_category_id is not UNSET:
            field_dict["parent_category_id"] = parent_category_id

        is_chain = self.is_chain
        if type(is_chain) is not bool and is_chain is not UNSET:
            is_chain = _fields.write_boolean(is_chain, "is_chain")
        if is_chain is not UNSET:
            field_dict["is_chain"] = is_chain

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _fields.read_integer(id, "id")

        title = _get("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = _fields.read_string(title, "title")

        parent_category_id = _get("parent_category_id", UNSET)
        if type(parent_category_id) is not int and parent_category_id is not UNSET and parent_category_id is not None:
            parent_category_id = _fields.read_integer(parent_category_id, "parent_category_id")

        is_chain = _get("is_chain", UNSET)
        if type(is_chain) is not bool and is_chain is not UNSET:
            is_chain = _fields.read_boolean(is_chain, "is_chain")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.title = title
        _model.parent_category_id = parent_category_id
        _model.is_chain = is_chain
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetProductCategoryListByIdsResponse200Item:
            _fields.init_added_fields(_model, GetProductCategoryListByIdsResponse200Item)
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
