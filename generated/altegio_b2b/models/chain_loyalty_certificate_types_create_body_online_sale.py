from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChainLoyaltyCertificateTypesCreateBodyOnlineSale")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "is_enabled",
        "title",
        "description",
        "price",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class ChainLoyaltyCertificateTypesCreateBodyOnlineSale:
    """Online sale settings

    Attributes:
        is_enabled (bool): Enable online purchase? Example: False.
        title (str | Unset): Title for online store Example: Gift Certificate.
        description (str | Unset): Description for online store Example: Perfect gift for any occasion.
        price (float | Unset): Online sale price Example: 1000.
    """

    is_enabled: bool
    title: str | Unset = UNSET
    description: str | Unset = UNSET
    price: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        is_enabled = self.is_enabled
        if type(is_enabled) is not bool:
            is_enabled = _fields.write_boolean(is_enabled, "is_enabled")
        field_dict["is_enabled"] = is_enabled

        title = self.title
        if type(title) is not str and title is not UNSET:
            title = _fields.write_string(title, "title")
        if title is not UNSET:
            field_dict["title"] = title

        description = self.description
        if type(description) is not str and description is not UNSET:
            description = _fields.write_string(description, "description")
        if description is not UNSET:
            field_dict["description"] = description

        price = self.price
        if price is not UNSET:
            field_dict["price"] = _fields.write_number(price, "price")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        is_enabled = _get("is_enabled", UNSET)
        if type(is_enabled) is not bool:
            is_enabled = _fields.read_boolean(is_enabled, "is_enabled")

        title = _get("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = _fields.read_string(title, "title")

        description = _get("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = _fields.read_string(description, "description")

        price = _get("price", UNSET)
        if type(price) is not float and type(price) is not int and price is not UNSET:
            price = _fields.read_number(price, "price")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.is_enabled = is_enabled
        _model.title = title
        _model.description = description
        _model.price = price
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not ChainLoyaltyCertificateTypesCreateBodyOnlineSale:
            _fields.init_added_fields(_model, ChainLoyaltyCertificateTypesCreateBodyOnlineSale)
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
