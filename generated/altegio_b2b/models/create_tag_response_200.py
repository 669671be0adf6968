from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateTagResponse200")


@_attrs_define
class CreateTagResponse200:
    """Object with data

    Attributes:
        title (str | Unset): name of tag
        salon_id (int | Unset): ID of the location that the tag belongs to
        color (str | Unset): Tag color in #RRGGBB format
        entity (float | Unset): Tag type (1 - tag for customers, 2 - tag for appointments)
        id (int | Unset): Tag ID
    """

    title: str | Unset = UNSET
    salon_id: int | Unset = UNSET
    color: str | Unset = UNSET
    entity: float | Unset = UNSET
    id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        salon_id = self.salon_id

        color = self.color

        entity = self.entity

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if salon_id is not UNSET:
            field_dict["salon_id"] = salon_id
        if color is not UNSET:
            field_dict["color"] = color
        if entity is not UNSET:
            field_dict["entity"] = entity
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title", UNSET)

        salon_id = d.pop("salon_id", UNSET)

        color = d.pop("color", UNSET)

        entity = d.pop("entity", UNSET)

        id = d.pop("id", UNSET)

        _model = cls(
            title=title,
            salon_id=salon_id,
            color=color,
            entity=entity,
            id=id,
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
