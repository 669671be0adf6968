from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_team_member_by_id_response_200_item_image_group_type_0_images import (
        GetTeamMemberByIdResponse200ItemImageGroupType0Images,
    )


T = TypeVar("T", bound="GetTeamMemberByIdResponse200ItemImageGroupType0")


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
        id = self.id

        entity = self.entity

        entity_id = self.entity_id

        images: dict[str, Any] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = self.images.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if entity is not UNSET:
            field_dict["entity"] = entity
        if entity_id is not UNSET:
            field_dict["entity_id"] = entity_id
        if images is not UNSET:
            field_dict["images"] = images

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_team_member_by_id_response_200_item_image_group_type_0_images import (
            GetTeamMemberByIdResponse200ItemImageGroupType0Images,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        entity = d.pop("entity", UNSET)

        entity_id = d.pop("entity_id", UNSET)

        _images = d.pop("images", UNSET)
        images: GetTeamMemberByIdResponse200ItemImageGroupType0Images | Unset
        if isinstance(_images, Unset):
            images = UNSET
        else:
            images = GetTeamMemberByIdResponse200ItemImageGroupType0Images.from_dict(_images)

        _model = cls(
            id=id,
            entity=entity,
            entity_id=entity_id,
            images=images,
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
