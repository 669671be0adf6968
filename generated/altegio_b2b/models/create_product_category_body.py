from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateProductCategoryBody")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "title",
        "parent_category_id",
        "article",
        "comment",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class CreateProductCategoryBody:
    """Create a Product Category

    Example:
        {'title': 'Manicure', 'parent_category_id': 123456, 'article': '123article', 'comment': 'Category of products
            for manicure'}

    Attributes:
        title (str): Product category name
        parent_category_id (int | Unset): Parent category ID (optional, but can be 0 or null if you don't need to
            specify the parent category)
        article (str | Unset): vendor code
        comment (str | Unset): A comment
    """

    title: str
    parent_category_id: int | Unset = UNSET
    article: str | Unset = UNSET
    comment: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        title = self.title
        if type(title) is not str:
            title = _fields.write_string(title, "title")
        field_dict["title"] = title

        parent_category_id = self.parent_category_id
        if type(parent_category_id) is not int and parent_category_id is not UNSET:
            parent_category_id = _fields.write_integer(parent_category_id, "parent_category_id")
        if parent_category_id is not UNSET:
            field_dict["parent_category_id"] = parent_category_id

        article = self.article
        if type(article) is not str and article is not UNSET:
            article = _fields.write_string(article, "article")
        if article is not UNSET:
            field_dict["article"] = article

        comment = self.comment
        if type(comment) is not str and comment is not UNSET:
            comment = _fields.write_string(comment, "comment")
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        title = _get("title", UNSET)
        if type(title) is not str:
            title = _fields.read_string(title, "title")

        parent_category_id = _get("parent_category_id", UNSET)
        if type(parent_category_id) is not int and parent_category_id is not UNSET:
            parent_category_id = _fields.read_integer(parent_category_id, "parent_category_id")

        article = _get("article", UNSET)
        if type(article) is not str and article is not UNSET:
            article = _fields.read_string(article, "article")

        comment = _get("comment", UNSET)
        if type(comment) is not str and comment is not UNSET:
            comment = _fields.read_string(comment, "comment")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.title = title
        _model.parent_category_id = parent_category_id
        _model.article = article
        _model.comment = comment
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not CreateProductCategoryBody:
            _fields.init_added_fields(_model, CreateProductCategoryBody)
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
