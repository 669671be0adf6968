from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateProductCategoryBody")


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
        title = self.title

        parent_category_id = self.parent_category_id

        article = self.article

        comment = self.comment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
            }
        )
        if parent_category_id is not UNSET:
            field_dict["parent_category_id"] = parent_category_id
        if article is not UNSET:
            field_dict["article"] = article
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        parent_category_id = d.pop("parent_category_id", UNSET)

        article = d.pop("article", UNSET)

        comment = d.pop("comment", UNSET)

        _model = cls(
            title=title,
            parent_category_id=parent_category_id,
            article=article,
            comment=comment,
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
