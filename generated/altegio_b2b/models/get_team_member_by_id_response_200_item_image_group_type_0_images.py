from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._runtime import fields as _fields
from .._runtime.errors import FieldError as _FieldError
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
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "sm",
        "norm",
        "origin",
    }
)
_EXTRA = _fields.ANY


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
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        sm = self.sm
        if sm is not UNSET:
            field_dict["sm"] = _fields.write_model(
                sm, _models.GetTeamMemberByIdResponse200ItemImageGroupType0ImagesSm, "sm"
            )

        norm = self.norm
        if norm is not UNSET:
            field_dict["norm"] = _fields.write_model(
                norm, _models.GetTeamMemberByIdResponse200ItemImageGroupType0ImagesNorm, "norm"
            )

        origin = self.origin
        if origin is not UNSET:
            field_dict["origin"] = _fields.write_model(
                origin, _models.GetTeamMemberByIdResponse200ItemImageGroupType0ImagesOrigin, "origin"
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        sm = _get("sm", UNSET)
        if sm is not UNSET:
            try:
                sm = _models.GetTeamMemberByIdResponse200ItemImageGroupType0ImagesSm.from_dict(sm)
            except _FieldError as _error:
                raise _error.within("sm")

        norm = _get("norm", UNSET)
        if norm is not UNSET:
            try:
                norm = _models.GetTeamMemberByIdResponse200ItemImageGroupType0ImagesNorm.from_dict(norm)
            except _FieldError as _error:
                raise _error.within("norm")

        origin = _get("origin", UNSET)
        if origin is not UNSET:
            try:
                origin = _models.GetTeamMemberByIdResponse200ItemImageGroupType0ImagesOrigin.from_dict(origin)
            except _FieldError as _error:
                raise _error.within("origin")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.sm = sm
        _model.norm = norm
        _model.origin = origin
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetTeamMemberByIdResponse200ItemImageGroupType0Images:
            _fields.init_added_fields(_model, GetTeamMemberByIdResponse200ItemImageGroupType0Images)
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
