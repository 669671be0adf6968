from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_feedback_form_status_response_200_master_position import (
        GetFeedbackFormStatusResponse200MasterPosition,
    )


T = TypeVar("T", bound="GetFeedbackFormStatusResponse200Master")


@_attrs_define
class GetFeedbackFormStatusResponse200Master:
    """team member

    Attributes:
        id (int | Unset): team member ID
        name (str | Unset): team member name
        company_id (int | Unset): location ID
        specialization (str | Unset): team member specialization
        rating (int | Unset): Rating
        show_rating (int | Unset): Number of votes
        avatar (str | Unset): Path to team member profile picture
        prepaid (str | Unset): Is prepayment allowed
        position (GetFeedbackFormStatusResponse200MasterPosition | Unset): Position
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    company_id: int | Unset = UNSET
    specialization: str | Unset = UNSET
    rating: int | Unset = UNSET
    show_rating: int | Unset = UNSET
    avatar: str | Unset = UNSET
    prepaid: str | Unset = UNSET
    position: GetFeedbackFormStatusResponse200MasterPosition | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        company_id = self.company_id

        specialization = self.specialization

        rating = self.rating

        show_rating = self.show_rating

        avatar = self.avatar

        prepaid = self.prepaid

        position: dict[str, Any] | Unset = UNSET
        if not isinstance(self.position, Unset):
            position = self.position.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if specialization is not UNSET:
            field_dict["specialization"] = specialization
        if rating is not UNSET:
            field_dict["rating"] = rating
        if show_rating is not UNSET:
            field_dict["show_rating"] = show_rating
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if prepaid is not UNSET:
            field_dict["prepaid"] = prepaid
        if position is not UNSET:
            field_dict["position"] = position

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_feedback_form_status_response_200_master_position import (
            GetFeedbackFormStatusResponse200MasterPosition,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        company_id = d.pop("company_id", UNSET)

        specialization = d.pop("specialization", UNSET)

        rating = d.pop("rating", UNSET)

        show_rating = d.pop("show_rating", UNSET)

        avatar = d.pop("avatar", UNSET)

        prepaid = d.pop("prepaid", UNSET)

        _position = d.pop("position", UNSET)
        position: GetFeedbackFormStatusResponse200MasterPosition | Unset
        if isinstance(_position, Unset):
            position = UNSET
        else:
            position = GetFeedbackFormStatusResponse200MasterPosition.from_dict(_position)

        _model = cls(
            id=id,
            name=name,
            company_id=company_id,
            specialization=specialization,
            rating=rating,
            show_rating=show_rating,
            avatar=avatar,
            prepaid=prepaid,
            position=position,
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
