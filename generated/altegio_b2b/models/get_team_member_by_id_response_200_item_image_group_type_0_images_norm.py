from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetTeamMemberByIdResponse200ItemImageGroupType0ImagesNorm")


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
        id = self.id

        path = self.path

        width = self.width

        height = self.height

        type_ = self.type_

        image_group_id = self.image_group_id

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if path is not UNSET:
            field_dict["path"] = path
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height
        if type_ is not UNSET:
            field_dict["type"] = type_
        if image_group_id is not UNSET:
            field_dict["image_group_id"] = image_group_id
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        path = d.pop("path", UNSET)

        width = d.pop("width", UNSET)

        height = d.pop("height", UNSET)

        type_ = d.pop("type", UNSET)

        image_group_id = d.pop("image_group_id", UNSET)

        version = d.pop("version", UNSET)

        _model = cls(
            id=id,
            path=path,
            width=width,
            height=height,
            type_=type_,
            image_group_id=image_group_id,
            version=version,
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
