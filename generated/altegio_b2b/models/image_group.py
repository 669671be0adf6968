from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image import Image
    from ..models.image_group_image_group import ImageGroupImageGroup


T = TypeVar("T", bound="ImageGroup")


@_attrs_define
class ImageGroup:
    """
    Attributes:
        id (int | Unset): image group id
        entity (str | Unset): The name of the entity to which the group is bound
        entity_id (int | Unset): Entity ID
        images (Image | Unset):
        image_binded (bool | Unset): The status of linking images to an entity
        image_group (ImageGroupImageGroup | Unset): Image group object
    """

    id: int | Unset = UNSET
    entity: str | Unset = UNSET
    entity_id: int | Unset = UNSET
    images: Image | Unset = UNSET
    image_binded: bool | Unset = UNSET
    image_group: ImageGroupImageGroup | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        entity = self.entity

        entity_id = self.entity_id

        images: dict[str, Any] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = self.images.to_dict()

        image_binded = self.image_binded

        image_group: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image_group, Unset):
            image_group = self.image_group.to_dict()

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
        if image_binded is not UNSET:
            field_dict["image_binded"] = image_binded
        if image_group is not UNSET:
            field_dict["image_group"] = image_group

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image import Image  # noqa: PLC0415
        from ..models.image_group_image_group import ImageGroupImageGroup  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        entity = d.pop("entity", UNSET)

        entity_id = d.pop("entity_id", UNSET)

        _images = d.pop("images", UNSET)
        images: Image | Unset
        if isinstance(_images, Unset):
            images = UNSET
        else:
            images = Image.from_dict(_images)

        image_binded = d.pop("image_binded", UNSET)

        _image_group = d.pop("image_group", UNSET)
        image_group: ImageGroupImageGroup | Unset
        if isinstance(_image_group, Unset):
            image_group = UNSET
        else:
            image_group = ImageGroupImageGroup.from_dict(_image_group)

        _model = cls(
            id=id,
            entity=entity,
            entity_id=entity_id,
            images=images,
            image_binded=image_binded,
            image_group=image_group,
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
