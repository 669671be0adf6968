from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._runtime import fields as _fields
from .._runtime.errors import FieldError as _FieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image import Image
    from ..models.image_group_image_group import ImageGroupImageGroup


T = TypeVar("T", bound="ImageGroup")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "entity",
        "entity_id",
        "images",
        "image_binded",
        "image_group",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class ImageGroup:
    """
    Attributes:
        id (int | Unset): image group id
        entity (str | Unset): The name of the entity to which the group is bound
        entity_id (int | Unset): Entity ID
        images (Image | Unset):
        image_binded (bool | Unset): The status of linking images to an entity
        image_group (ImageGroupImageGroup | Unset): Image group object
    """

    id: int | Unset = UNSET
    entity: str | Unset = UNSET
    entity_id: int | Unset = UNSET
    images: Image | Unset = UNSET
    image_binded: bool | Unset = UNSET
    image_group: ImageGroupImageGroup | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        id = self.id
        if type(id) is not int and id is not UNSET:
            id = _fields.write_integer(id, "id")
        if id is not UNSET:
            field_dict["id"] = id

        entity = self.entity
        if type(entity) is not str and entity is not UNSET:
            entity = _fields.write_string(entity, "entity")
        if entity is not UNSET:
            field_dict["entity"] = entity

        entity_id = self.entity_id
        if type(entity_id) is not int and entity_id is not UNSET:
            entity_id = _fields.write_integer(entity_id, "entity_id")
        if entity_id is not UNSET:
            field_dict["entity_id"] = entity_id

        images = self.images
        if images is not UNSET:
            field_dict["images"] = _fields.write_model(images, _models.Image, "images")

        image_binded = self.image_binded
        if type(image_binded) is not bool and image_binded is not UNSET:
            image_binded = _fields.write_boolean(image_binded, "image_binded")
        if image_binded is not UNSET:
            field_dict["image_binded"] = image_binded

        image_group = self.image_group
        if image_group is not UNSET:
            field_dict["image_group"] = _fields.write_model(image_group, _models.ImageGroupImageGroup, "image_group")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _fields.read_integer(id, "id")

        entity = _get("entity", UNSET)
        if type(entity) is not str and entity is not UNSET:
            entity = _fields.read_string(entity, "entity")

        entity_id = _get("entity_id", UNSET)
        if type(entity_id) is not int and entity_id is not UNSET:
            entity_id = _fields.read_integer(entity_id, "entity_id")

        images = _get("images", UNSET)
        if images is not UNSET:
            try:
                images = _models.Image.from_dict(images)
            except _FieldError as _error:
                raise _error.within("images")

        image_binded = _get("image_binded", UNSET)
        if type(image_binded) is not bool and image_binded is not UNSET:
            image_binded = _fields.read_boolean(image_binded, "image_binded")

        image_group = _get("image_group", UNSET)
        if image_group is not UNSET:
            try:
                image_group = _models.ImageGroupImageGroup.from_dict(image_group)
            except _FieldError as _error:
                raise _error.within("image_group")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.entity = entity
        _model.entity_id = entity_id
        _model.images = images
        _model.image_binded = image_binded
        _model.image_group = image_group
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not ImageGroup:
            _fields.init_added_fields(_model, ImageGroup)
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
