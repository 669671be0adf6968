from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetTeamMemberByIdResponse200ItemImageGroupType0ImagesNorm")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "path",
        "width",
        "height",
        "type",
        "image_group_id",
        "version",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class GetTeamMemberByIdResponse200ItemImageGroupType0ImagesNorm:
    """
    Attributes:
        id (int | Unset):
        path (str | Unset):
        width (str | Unset):
        height (str | Unset):
        type_ (str | Unset):
        image_group_id (int | Unset):
        version (str | Unset):
    """

    id: int | Unset = UNSET
    path: str | Unset = UNSET
    width: str | Unset = UNSET
    height: str | Unset = UNSET
    type_: str | Unset = UNSET
    image_group_id: int | Unset = UNSET
    version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        id = self.id
        if type(id) is not int and id is not UNSET:
            id = _fields.write_integer(id, "id")
        if id is not UNSET:
            field_dict["id"] = id

        path = self.path
        if type(path) is not str and path is not UNSET:
            path = _fields.write_string(path, "path")
        if path is not UNSET:
            field_dict["path"] = path

        width = self.width
        if type(width) is not str and width is not UNSET:
            width = _fields.write_string(width, "width")
        if width is not UNSET:
            field_dict["width"] = width

        height = self.height
        if type(height) is not str and height is not UNSET:
            height = _fields.write_string(height, "height")
        if height is not UNSET:
            field_dict["height"] = height

        type_ = self.type_
        if type(type_) is not str and type_ is not UNSET:
            type_ = _fields.write_string(type_, "type_")
        if type_ is not UNSET:
            field_dict["type"] = type_

        image_group_id = self.image_group_id
        if type(image_group_id) is not int and image_group_id is not UNSET:
            image_group_id = _fields.write_integer(image_group_id, "image_group_id")
        if image_group_id is not UNSET:
            field_dict["image_group_id"] = image_group_id

        version = self.version
        if type(version) is not str and version is not UNSET:
            version = _fields.write_string(version, "version")
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _fields.read_integer(id, "id")

        path = _get("path", UNSET)
        if type(path) is not str and path is not UNSET:
            path = _fields.read_string(path, "path")

        width = _get("width", UNSET)
        if type(width) is not str and width is not UNSET:
            width = _fields.read_string(width, "width")

        height = _get("height", UNSET)
        if type(height) is not str and height is not UNSET:
            height = _fields.read_string(height, "height")

        type_ = _get("type", UNSET)
        if type(type_) is not str and type_ is not UNSET:
            type_ = _fields.read_string(type_, "type")

        image_group_id = _get("image_group_id", UNSET)
        if type(image_group_id) is not int and image_group_id is not UNSET:
            image_group_id = _fields.read_integer(image_group_id, "image_group_id")

        version = _get("version", UNSET)
        if type(version) is not str and version is not UNSET:
            version = _fields.read_string(version, "version")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.path = path
        _model.width = width
        _model.height = height
        _model.type_ = type_
        _model.image_group_id = image_group_id
        _model.version = version
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetTeamMemberByIdResponse200ItemImageGroupType0ImagesNorm:
            _fields.init_added_fields(_model, GetTeamMemberByIdResponse200ItemImageGroupType0ImagesNorm)
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
