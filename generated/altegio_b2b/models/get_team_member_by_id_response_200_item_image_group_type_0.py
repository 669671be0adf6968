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
    from ..models.get_team_member_by_id_response_200_item_image_group_type_0_images import (
        GetTeamMemberByIdResponse200ItemImageGroupType0Images,
    )


T = TypeVar("T", bound="GetTeamMemberByIdResponse200ItemImageGroupType0")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "entity",
        "entity_id",
        "images",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class GetTeamMemberByIdResponse200ItemImageGroupType0:
    """
    Attributes:
        id (int | Unset):
        entity (str | Unset):
        entity_id (int | Unset):
        images (GetTeamMemberByIdResponse200ItemImageGroupType0Images | Unset):
    """

    id: int | Unset = UNSET
    entity: str | Unset = UNSET
    entity_id: int | Unset = UNSET
    images: GetTeamMemberByIdResponse200ItemImageGroupType0Images | Unset = UNSET
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
            field_dict["images"] = _fields.write_model(
                images, _models.GetTeamMemberByIdResponse200ItemImageGroupType0Images, "images"
            )

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
                images = _models.GetTeamMemberByIdResponse200ItemImageGroupType0Images.from_dict(images)
            except _FieldError as _error:
                raise _error.within("images")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.entity = entity
        _model.entity_id = entity_id
        _model.images = images
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetTeamMemberByIdResponse200ItemImageGroupType0:
            _fields.init_added_fields(_model, GetTeamMemberByIdResponse200ItemImageGroupType0)
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
