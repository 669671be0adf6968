from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_business_types_by_group_response_200_item_types_item import (
        GetBusinessTypesByGroupResponse200ItemTypesItem,
    )


T = TypeVar("T", bound="GetBusinessTypesByGroupResponse200Item")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "title",
        "image",
        "image_small",
        "types",
    }
)
_EXTRA = _fields.ANY
_KIND_types = _fields.ListOf(_fields.Model("GetBusinessTypesByGroupResponse200ItemTypesItem"))


@_attrs_define
class GetBusinessTypesByGroupResponse200Item:
    """
    Attributes:
        id (int | Unset): Category ID
        title (str | Unset): name of category
        image (str | Unset): Group image
        image_small (str | Unset): Group small image
        types (list[GetBusinessTypesByGroupResponse200ItemTypesItem] | Unset): Related business types
    """

    id: int | Unset = UNSET
    title: str | Unset = UNSET
    image: str | Unset = UNSET
    image_small: str | Unset = UNSET
    types: list[GetBusinessTypesByGroupResponse200ItemTypesItem] | Unset = UNSET
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

        image = self.image
        if type(image) is not str and image is not UNSET:
            image = _fields.write_string(image, "image")
        if image is not UNSET:
            field_dict["image"] = image

        image_small = self.image_small
        if type(image_small) is not str and image_small is not UNSET:
            image_small = _fields.write_string(image_small, "image_small")
        if image_small is not UNSET:
            field_dict["image_small"] = image_small

        types = self.types
        if types is not UNSET:
            field_dict["types"] = _KIND_types.write_field(types, "types")

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

        image = _get("image", UNSET)
        if type(image) is not str and image is not UNSET:
            image = _fields.read_string(image, "image")

        image_small = _get("image_small", UNSET)
        if type(image_small) is not str and image_small is not UNSET:
            image_small = _fields.read_string(image_small, "image_small")

        types = _get("types", UNSET)
        if types is not UNSET:
            types = _KIND_types.read_field(types, "types")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.title = title
        _model.image = image
        _model.image_small = image_small
        _model.types = types
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetBusinessTypesByGroupResponse200Item:
            _fields.init_added_fields(_model, GetBusinessTypesByGroupResponse200Item)
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
