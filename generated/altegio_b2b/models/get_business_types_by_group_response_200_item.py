from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_business_types_by_group_response_200_item_types_item import (
        GetBusinessTypesByGroupResponse200ItemTypesItem,
    )


T = TypeVar("T", bound="GetBusinessTypesByGroupResponse200Item")


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
        id = self.id

        title = self.title

        image = self.image

        image_small = self.image_small

        types: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.types, Unset):
            types = []
            for types_item_data in self.types:
                types_item = types_item_data.to_dict()
                types.append(types_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if image is not UNSET:
            field_dict["image"] = image
        if image_small is not UNSET:
            field_dict["image_small"] = image_small
        if types is not UNSET:
            field_dict["types"] = types

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_business_types_by_group_response_200_item_types_item import (
            GetBusinessTypesByGroupResponse200ItemTypesItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        image = d.pop("image", UNSET)

        image_small = d.pop("image_small", UNSET)

        _types = d.pop("types", UNSET)
        types: list[GetBusinessTypesByGroupResponse200ItemTypesItem] | Unset = UNSET
        if _types is not UNSET:
            types = []
            for types_item_data in _types:
                types_item = GetBusinessTypesByGroupResponse200ItemTypesItem.from_dict(types_item_data)

                types.append(types_item)

        _model = cls(
            id=id,
            title=title,
            image=image,
            image_small=image_small,
            types=types,
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
