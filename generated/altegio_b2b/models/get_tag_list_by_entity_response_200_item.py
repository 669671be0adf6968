from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetTagListByEntityResponse200Item")


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
        id = self.id

        salon_id = self.salon_id

        title = self.title

        color = self.color

        icon = self.icon

        slug = self.slug

        entity = self.entity

        deleted = self.deleted

        not_editable = self.not_editable

        font_color = self.font_color

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if salon_id is not UNSET:
            field_dict["salon_id"] = salon_id
        if title is not UNSET:
            field_dict["title"] = title
        if color is not UNSET:
            field_dict["color"] = color
        if icon is not UNSET:
            field_dict["icon"] = icon
        if slug is not UNSET:
            field_dict["slug"] = slug
        if entity is not UNSET:
            field_dict["entity"] = entity
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if not_editable is not UNSET:
            field_dict["not_editable"] = not_editable
        if font_color is not UNSET:
            field_dict["font_color"] = font_color

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        salon_id = d.pop("salon_id", UNSET)

        title = d.pop("title", UNSET)

        color = d.pop("color", UNSET)

        icon = d.pop("icon", UNSET)

        slug = d.pop("slug", UNSET)

        entity = d.pop("entity", UNSET)

        deleted = d.pop("deleted", UNSET)

        not_editable = d.pop("not_editable", UNSET)

        font_color = d.pop("font_color", UNSET)

        _model = cls(
            id=id,
            salon_id=salon_id,
            title=title,
            color=color,
            icon=icon,
            slug=slug,
            entity=entity,
            deleted=deleted,
            not_editable=not_editable,
            font_color=font_color,
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
