from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateTagByTagIdBody")


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
        title = self.title

        color = self.color

        entity = self.entity

        icon = self.icon

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if color is not UNSET:
            field_dict["color"] = color
        if entity is not UNSET:
            field_dict["entity"] = entity
        if icon is not UNSET:
            field_dict["icon"] = icon

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title", UNSET)

        color = d.pop("color", UNSET)

        entity = d.pop("entity", UNSET)

        icon = d.pop("icon", UNSET)

        _model = cls(
            title=title,
            color=color,
            entity=entity,
            icon=icon,
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
