from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateOnlineBookingDatetimeResponse200Staff")


@_attrs_define
class UpdateOnlineBookingDatetimeResponse200Staff:
    """team member parameters

    Attributes:
        id (int | Unset): team member ID
        name (str | Unset): team member name
        spec (str | Unset): team member specialization
        show_rating (float | Unset): Whether to show team member rating (1 - show, 0 - do not show)
        rating (float | Unset): team member rating (from 0 to 5)
        votes_count (float | Unset): Number of votes that rated the team member
        avatar (str | Unset): Path to team member profile picture
        comments_count (float | Unset): Number of comments to a team member
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    spec: str | Unset = UNSET
    show_rating: float | Unset = UNSET
    rating: float | Unset = UNSET
    votes_count: float | Unset = UNSET
    avatar: str | Unset = UNSET
    comments_count: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        spec = self.spec

        show_rating = self.show_rating

        rating = self.rating

        votes_count = self.votes_count

        avatar = self.avatar

        comments_count = self.comments_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if spec is not UNSET:
            field_dict["spec"] = spec
        if show_rating is not UNSET:
            field_dict["show_rating"] = show_rating
        if rating is not UNSET:
            field_dict["rating"] = rating
        if votes_count is not UNSET:
            field_dict["votes_count"] = votes_count
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if comments_count is not UNSET:
            field_dict["comments_count"] = comments_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        spec = d.pop("spec", UNSET)

        show_rating = d.pop("show_rating", UNSET)

        rating = d.pop("rating", UNSET)

        votes_count = d.pop("votes_count", UNSET)

        avatar = d.pop("avatar", UNSET)

        comments_count = d.pop("comments_count", UNSET)

        _model = cls(
            id=id,
            name=name,
            spec=spec,
            show_rating=show_rating,
            rating=rating,
            votes_count=votes_count,
            avatar=avatar,
            comments_count=comments_count,
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
