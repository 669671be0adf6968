from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateTagByTagIdBody")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "title",
        "color",
        "entity",
        "icon",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class UpdateTagByTagIdBody:
    """Update Tag

    Example:
        {'title': 'Testway2', 'color': '#aa11ff', 'entity': 2, 'icon': 'Test'}

    Attributes:
        title (str | Unset): name of tag
        color (str | Unset): Tag color in #RRGGBB format
        entity (float | Unset): Tag type (1 - tag for customers, 2 - tag for appointments)
        icon (str | Unset): Icon name
    """

    title: str | Unset = UNSET
    color: str | Unset = UNSET
    entity: float | Unset = UNSET
    icon: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
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

        entity = self.entity
        if entity is not UNSET:
            field_dict["entity"] = _fields.write_number(entity, "entity")

        icon = self.icon
        if type(icon) is not str and icon is not UNSET:
            icon = _fields.write_string(icon, "icon")
        if icon is not UNSET:
            field_dict["icon"] = icon

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        title = _get("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = _fields.read_string(title, "title")

        color = _get("color", UNSET)
        if type(color) is not str and color is not UNSET:
            color = _fields.read_string(color, "color")

        entity = _get("entity", UNSET)
        if type(entity) is not float and type(entity) is not int and entity is not UNSET:
            entity = _fields.read_number(entity, "entity")

        icon = _get("icon", UNSET)
        if type(icon) is not str and icon is not UNSET:
            icon = _fields.read_string(icon, "icon")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.title = title
        _model.color = color
        _model.entity = entity
        _model.icon = icon
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not UpdateTagByTagIdBody:
            _fields.init_added_fields(_model, UpdateTagByTagIdBody)
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
