from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.upload_image_response_200_image_group_image_group import UploadImageResponse200ImageGroupImageGroup
    from ..models.upload_image_response_200_image_group_images import UploadImageResponse200ImageGroupImages


T = TypeVar("T", bound="UploadImageResponse200ImageGroup")


@_attrs_define
class UploadImageResponse200ImageGroup:
    """
    Attributes:
        entity (str | Unset): The name of the entity to which the group is bound
        entity_id (int | Unset): Entity ID
        id (int | Unset): image group id
        image_binded (bool | Unset): The status of linking images to an entity
        image_group (UploadImageResponse200ImageGroupImageGroup | Unset): Image group object
        images (UploadImageResponse200ImageGroupImages | Unset):
    """

    entity: str | Unset = UNSET
    entity_id: int | Unset = UNSET
    id: int | Unset = UNSET
    image_binded: bool | Unset = UNSET
    image_group: UploadImageResponse200ImageGroupImageGroup | Unset = UNSET
    images: UploadImageResponse200ImageGroupImages | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity = self.entity

        entity_id = self.entity_id

        id = self.id

        image_binded = self.image_binded

        image_group: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image_group, Unset):
            image_group = self.image_group.to_dict()

        images: dict[str, Any] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = self.images.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if entity is not UNSET:
            field_dict["entity"] = entity
        if entity_id is not UNSET:
            field_dict["entity_id"] = entity_id
        if id is not UNSET:
            field_dict["id"] = id
        if image_binded is not UNSET:
            field_dict["image_binded"] = image_binded
        if image_group is not UNSET:
            field_dict["image_group"] = image_group
        if images is not UNSET:
            field_dict["images"] = images

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.upload_image_response_200_image_group_image_group import (
            UploadImageResponse200ImageGroupImageGroup,  # noqa: PLC0415
        )
        from ..models.upload_image_response_200_image_group_images import UploadImageResponse200ImageGroupImages  # noqa: PLC0415

        d = dict(src_dict)
        entity = d.pop("entity", UNSET)

        entity_id = d.pop("entity_id", UNSET)

        id = d.pop("id", UNSET)

        image_binded = d.pop("image_binded", UNSET)

        _image_group = d.pop("image_group", UNSET)
        image_group: UploadImageResponse200ImageGroupImageGroup | Unset
        if isinstance(_image_group, Unset):
            image_group = UNSET
        else:
            image_group = UploadImageResponse200ImageGroupImageGroup.from_dict(_image_group)

        _images = d.pop("images", UNSET)
        images: UploadImageResponse200ImageGroupImages | Unset
        if isinstance(_images, Unset):
            images = UNSET
        else:
            images = UploadImageResponse200ImageGroupImages.from_dict(_images)

        upload_image_response_200_image_group = cls(
            entity=entity,
            entity_id=entity_id,
            id=id,
            image_binded=image_binded,
            image_group=image_group,
            images=images,
        )

        upload_image_response_200_image_group.additional_properties = d
        return upload_image_response_200_image_group

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
