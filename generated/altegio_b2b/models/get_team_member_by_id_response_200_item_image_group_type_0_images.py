from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_team_member_by_id_response_200_item_image_group_type_0_images_norm import (
        GetTeamMemberByIdResponse200ItemImageGroupType0ImagesNorm,
    )
    from ..models.get_team_member_by_id_response_200_item_image_group_type_0_images_origin import (
        GetTeamMemberByIdResponse200ItemImageGroupType0ImagesOrigin,
    )
    from ..models.get_team_member_by_id_response_200_item_image_group_type_0_images_sm import (
        GetTeamMemberByIdResponse200ItemImageGroupType0ImagesSm,
    )


T = TypeVar("T", bound="GetTeamMemberByIdResponse200ItemImageGroupType0Images")


@_attrs_define
class GetTeamMemberByIdResponse200ItemImageGroupType0Images:
    """
    Attributes:
        sm (GetTeamMemberByIdResponse200ItemImageGroupType0ImagesSm | Unset):
        norm (GetTeamMemberByIdResponse200ItemImageGroupType0ImagesNorm | Unset):
        origin (GetTeamMemberByIdResponse200ItemImageGroupType0ImagesOrigin | Unset):
    """

    sm: GetTeamMemberByIdResponse200ItemImageGroupType0ImagesSm | Unset = UNSET
    norm: GetTeamMemberByIdResponse200ItemImageGroupType0ImagesNorm | Unset = UNSET
    origin: GetTeamMemberByIdResponse200ItemImageGroupType0ImagesOrigin | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sm: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sm, Unset):
            sm = self.sm.to_dict()

        norm: dict[str, Any] | Unset = UNSET
        if not isinstance(self.norm, Unset):
            norm = self.norm.to_dict()

        origin: dict[str, Any] | Unset = UNSET
        if not isinstance(self.origin, Unset):
            origin = self.origin.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sm is not UNSET:
            field_dict["sm"] = sm
        if norm is not UNSET:
            field_dict["norm"] = norm
        if origin is not UNSET:
            field_dict["origin"] = origin

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_team_member_by_id_response_200_item_image_group_type_0_images_norm import (
            GetTeamMemberByIdResponse200ItemImageGroupType0ImagesNorm,  # noqa: PLC0415
        )
        from ..models.get_team_member_by_id_response_200_item_image_group_type_0_images_origin import (
            GetTeamMemberByIdResponse200ItemImageGroupType0ImagesOrigin,  # noqa: PLC0415
        )
        from ..models.get_team_member_by_id_response_200_item_image_group_type_0_images_sm import (
            GetTeamMemberByIdResponse200ItemImageGroupType0ImagesSm,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _sm = d.pop("sm", UNSET)
        sm: GetTeamMemberByIdResponse200ItemImageGroupType0ImagesSm | Unset
        if isinstance(_sm, Unset):
            sm = UNSET
        else:
            sm = GetTeamMemberByIdResponse200ItemImageGroupType0ImagesSm.from_dict(_sm)

        _norm = d.pop("norm", UNSET)
        norm: GetTeamMemberByIdResponse200ItemImageGroupType0ImagesNorm | Unset
        if isinstance(_norm, Unset):
            norm = UNSET
        else:
            norm = GetTeamMemberByIdResponse200ItemImageGroupType0ImagesNorm.from_dict(_norm)

        _origin = d.pop("origin", UNSET)
        origin: GetTeamMemberByIdResponse200ItemImageGroupType0ImagesOrigin | Unset
        if isinstance(_origin, Unset):
            origin = UNSET
        else:
            origin = GetTeamMemberByIdResponse200ItemImageGroupType0ImagesOrigin.from_dict(_origin)

        _model = cls(
            sm=sm,
            norm=norm,
            origin=origin,
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
