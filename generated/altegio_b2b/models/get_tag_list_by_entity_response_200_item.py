from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetTagListByEntityResponse200Item")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "salon_id",
        "title",
        "color",
        "icon",
        "slug",
        "entity",
        "deleted",
        "not_editable",
        "font_color",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class GetTagListByEntityResponse200Item:
    """
    Attributes:
        id (str | Unset): Tag ID
        salon_id (str | Unset): Location ID
        title (str | Unset): Tag name
        color (str | Unset): Tag color in #RRGGBB format
        icon (str | Unset): Icon name
        slug (str | Unset): Tag slug
        entity (str | Unset): Tag type (1 - client, 2 - appointment, 3 - event)
        deleted (str | Unset): Delete mark (0 - active, 1 - deleted)
        not_editable (str | Unset): Whether tag changes are allowed (0 - allowed, 1 - not allowed)
        font_color (str | Unset): Font color in #RRGGBB format
    """

    id: str | Unset = UNSET
    salon_id: str | Unset = UNSET
    title: str | Unset = UNSET
    color: str | Unset = UNSET
    icon: str | Unset = UNSET
    slug: str | Unset = UNSET
    entity: str | Unset = UNSET
    deleted: str | Unset = UNSET
    not_editable: str | Unset = UNSET
    font_color: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        id = self.id
        if type(id) is not str and id is not UNSET:
            id = _fields.write_string(id, "id")
        if id is not UNSET:
            field_dict["id"] = id

        salon_id = self.salon_id
        if type(salon_id) is not str and salon_id is not UNSET:
            salon_id = _fields.write_string(salon_id, "salon_id")
        if salon_id is not UNSET:
            field_dict["salon_id"] = salon_id

        title = self.title
        if type(title) is not str and title is not UNSET:
            title = _fields.write_string(title, "title")
        if title is not UNSET:
            field_dict["title"] = title

        color = self.color
        if type(color) is not str and color is not UNSET:
            color = _fields.write_string(color, "color")
        if color is not UNSET:
            field_dict["color"] = color

        icon = self.icon
        if type(icon) is not str and icon is not UNSET:
            icon = _fields.write_string(icon, "icon")
        if icon is not UNSET:
            field_dict["icon"] = icon

        slug = self.slug
        if type(slug) is not str and slug is not UNSET:
            slug = _fields.write_string(slug, "slug")
        if slug is not UNSET:
            field_dict["slug"] = slug

        entity = self.entity
        if type(entity) is not str and entity is not UNSET:
            entity = _fields.write_string(entity, "entity")
        if entity is not UNSET:
            field_dict["entity"] = entity

        deleted = self.deleted
        if type(deleted) is not str and deleted is not UNSET:
            deleted = _fields.write_string(deleted, "deleted")
        if deleted is not UNSET:
            field_dict["deleted"] = deleted

        not_editable = self.not_editable
        if type(not_editable) is not str and not_editable is not UNSET:
            not_editable = _fields.write_string(not_editable, "not_editable")
        if not_editable is not UNSET:
            field_dict["not_editable"] = not_editable

        font_color = self.font_color
        if type(font_color) is not str and font_color is not UNSET:
            font_color = _fields.write_string(font_color, "font_color")
        if font_color is not UNSET:
            field_dict["font_color"] = font_color

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not str and id is not UNSET:
            id = _fields.read_string(id, "id")

        salon_id = _get("salon_id", UNSET)
        if type(salon_id) is not str and salon_id is not UNSET:
            salon_id = _fields.read_string(salon_id, "salon_id")

        title = _get("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = _fields.read_string(title, "title")

        color = _get("color", UNSET)
        if type(color) is not str and color is not UNSET:
            color = _fields.read_string(color, "color")

        icon = _get("icon", UNSET)
        if type(icon) is not str and icon is not UNSET:
            icon = _fields.read_string(icon, "icon")

        slug = _get("slug", UNSET)
        if type(slug) is not str and slug is not UNSET:
            slug = _fields.read_string(slug, "slug")

        entity = _get("entity", UNSET)
        if type(entity) is not str and entity is not UNSET:
            entity = _fields.read_string(entity, "entity")

        deleted = _get("deleted", UNSET)
        if type(deleted) is not str and deleted is not UNSET:
            deleted = _fields.read_string(deleted, "deleted")

        not_editable = _get("not_editable", UNSET)
        if type(not_editable) is not str and not_editable is not UNSET:
            not_editable = _fields.read_string(not_editable, "not_editable")

        font_color = _get("font_color", UNSET)
        if type(font_color) is not str and font_color is not UNSET:
            font_color = _fields.read_string(font_color, "font_color")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.salon_id = salon_id
        _model.title = title
        _model.color = color
        _model.icon = icon
        _model.slug = slug
        _model.entity = entity
        _model.deleted = deleted
        _model.not_editable = not_editable
        _model.font_color = font_color
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetTagListByEntityResponse200Item:
            _fields.init_added_fields(_model, GetTagListByEntityResponse200Item)
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
