from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetProductsListResponse200Item")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "title",
        "value",
        "label",
        "article",
        "category",
        "category_id",
        "salon_id",
        "good_id",
        "cost",
        "unit_id",
        "unit_short_title",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class GetProductsListResponse200Item:
    """
    Attributes:
        title (str | Unset): Product title
        value (str | Unset): Product value (usually same as title)
        label (str | Unset): Product label for display
        article (str | Unset): Product article/SKU
        category (str | Unset): Category name
        category_id (int | Unset): Category ID
        salon_id (int | Unset): Location ID
        good_id (int | Unset): Product ID
        cost (float | Unset): Product cost
        unit_id (int | Unset): Unit ID
        unit_short_title (str | Unset): Unit short title (e.g. pc, gr)
    """

    title: str | Unset = UNSET
    value: str | Unset = UNSET
    label: str | Unset = UNSET
    article: str | Unset = UNSET
    category: str | Unset = UNSET
    category_id: int | Unset = UNSET
    salon_id: int | Unset = UNSET
    good_id: int | Unset = UNSET
    cost: float | Unset = UNSET
    unit_id: int | Unset = UNSET
    unit_short_title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        title = self.title
        if type(title) is not str and title is not UNSET:
            title = _fields.write_string(title, "title")
        if title is not UNSET:
            field_dict["title"] = title

        value = self.value
        if type(value) is not str and value is not UNSET:
            value = _fields.write_string(value, "value")
        if value is not UNSET:
            field_dict["value"] = value

        label = self.label
        if type(label) is not str and label is not UNSET:
            label = _fields.write_string(label, "label")
        if label is not UNSET:
            field_dict["label"] = label

        article = self.article
        if type(article) is not str and article is not UNSET:
            article = _fields.write_string(article, "article")
        if article is not UNSET:
            field_dict["article"] = article

        category = self.category
        if type(category) is not str and category is not UNSET:
            category = _fields.write_string(category, "category")
        if category is not UNSET:
            field_dict["category"] = category

        category_id = self.category_id
        if type(category_id) is not int and category_id is not UNSET:
            category_id = _fields.write_integer(category_id, "category_id")
        if category_id is not UNSET:
            field_dict["category_id"] = category_id

        salon_id = self.salon_id
        if type(salon_id) is not int and salon_id is not UNSET:
            salon_id = _fields.write_integer(salon_id, "salon_id")
        if salon_id is not UNSET:
            field_dict["salon_id"] = salon_id

        good_id = self.good_id
        if type(good_id) is not int and good_id is not UNSET:
            good_id = _fields.write_integer(good_id, "good_id")
        if good_id is not UNSET:
            field_dict["good_id"] = good_id

        cost = self.cost
        if cost is not UNSET:
            field_dict["cost"] = _fields.write_number(cost, "cost")

        unit_id = self.unit_id
        if type(unit_id) is not int and unit_id is not UNSET:
            unit_id = _fields.write_integer(unit_id, "unit_id")
        if unit_id is not UNSET:
            field_dict["unit_id"] = unit_id

        unit_short_title = self.unit_short_title
        if type(unit_short_title) is not str and unit_short_title is not UNSET:
            unit_short_title = _fields.write_string(unit_short_title, "unit_short_title")
        if unit_short_title is not UNSET:
            field_dict["unit_short_title"] = unit_short_title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        title = _get("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = _fields.read_string(title, "title")

        value = _get("value", UNSET)
        if type(value) is not str and value is not UNSET:
            value = _fields.read_string(value, "value")

        label = _get("label", UNSET)
        if type(label) is not str and label is not UNSET:
            label = _fields.read_string(label, "label")

        article = _get("article", UNSET)
        if type(article) is not str and article is not UNSET:
            article = _fields.read_string(article, "article")

        category = _get("category", UNSET)
        if type(category) is not str and category is not UNSET:
            category = _fields.read_string(category, "category")

        category_id = _get("category_id", UNSET)
        if type(category_id) is not int and category_id is not UNSET:
            category_id = _fields.read_integer(category_id, "category_id")

        salon_id = _get("salon_id", UNSET)
        if type(salon_id) is not int and salon_id is not UNSET:
            salon_id = _fields.read_integer(salon_id, "salon_id")

        good_id = _get("good_id", UNSET)
        if type(good_id) is not int and good_id is not UNSET:
            good_id = _fields.read_integer(good_id, "good_id")

        cost = _get("cost", UNSET)
        if type(cost) is not float and type(cost) is not int and cost is not UNSET:
            cost = _fields.read_number(cost, "cost")

        unit_id = _get("unit_id", UNSET)
        if type(unit_id) is not int and unit_id is not UNSET:
            unit_id = _fields.read_integer(unit_id, "unit_id")

        unit_short_title = _get("unit_short_title", UNSET)
        if type(unit_short_title) is not str and unit_short_title is not UNSET:
            unit_short_title = _fields.read_string(unit_short_title, "unit_short_title")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.title = title
        _model.value = value
        _model.label = label
        _model.article = article
        _model.category = category
        _model.category_id = category_id
        _model.salon_id = salon_id
        _model.good_id = good_id
        _model.cost = cost
        _model.unit_id = unit_id
        _model.unit_short_title = unit_short_title
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetProductsListResponse200Item:
            _fields.init_added_fields(_model, GetProductsListResponse200Item)
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
