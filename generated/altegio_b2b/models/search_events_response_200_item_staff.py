from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_events_response_200_item_staff_position import SearchEventsResponse200ItemStaffPosition


T = TypeVar("T", bound="SearchEventsResponse200ItemStaff")


@_attrs_define
class SearchEventsResponse200ItemStaff:
    """team member

    Attributes:
        api_id (None | str | Unset): team member External ID
        avatar (str | Unset): Path to team member avatar file
        avatar_big (str | Unset): The path to the team member's avatar file in a higher resolution
        average_score (float | Unset): Average rating
        comments_count (float | Unset): Number of comments to the team member
        company_id (int | Unset): Location ID
        id (int | Unset): team member ID
        name (str | Unset): team member name
        position (SearchEventsResponse200ItemStaffPosition | Unset): team member's position
        prepaid (str | Unset): Indicates whether online payment is available for the appointment
        rating (float | Unset): Rating
        show_rating (float | Unset): Whether to show the team member's rating (1 - show, 0 - do not show)
        specialization (str | Unset): team member specialization
        votes_count (float | Unset): Number of votes that rated a team member
    """

    api_id: None | str | Unset = UNSET
    avatar: str | Unset = UNSET
    avatar_big: str | Unset = UNSET
    average_score: float | Unset = UNSET
    comments_count: float | Unset = UNSET
    company_id: int | Unset = UNSET
    id: int | Unset = UNSET
    name: str | Unset = UNSET
    position: SearchEventsResponse200ItemStaffPosition | Unset = UNSET
    prepaid: str | Unset = UNSET
    rating: float | Unset = UNSET
    show_rating: float | Unset = UNSET
    specialization: str | Unset = UNSET
    votes_count: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_id: None | str | Unset
        if isinstance(self.api_id, Unset):
            api_id = UNSET
        else:
            api_id = self.api_id

        avatar = self.avatar

        avatar_big = self.avatar_big

        average_score = self.average_score

        comments_count = self.comments_count

        company_id = self.company_id

        id = self.id

        name = self.name

        position: dict[str, Any] | Unset = UNSET
        if not isinstance(self.position, Unset):
            position = self.position.to_dict()

        prepaid = self.prepaid

        rating = self.rating

        show_rating = self.show_rating

        specialization = self.specialization

        votes_count = self.votes_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if api_id is not UNSET:
            field_dict["api_id"] = api_id
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if avatar_big is not UNSET:
            field_dict["avatar_big"] = avatar_big
        if average_score is not UNSET:
            field_dict["average_score"] = average_score
        if comments_count is not UNSET:
            field_dict["comments_count"] = comments_count
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if position is not UNSET:
            field_dict["position"] = position
        if prepaid is not UNSET:
            field_dict["prepaid"] = prepaid
        if rating is not UNSET:
            field_dict["rating"] = rating
        if show_rating is not UNSET:
            field_dict["show_rating"] = show_rating
        if specialization is not UNSET:
            field_dict["specialization"] = specialization
        if votes_count is not UNSET:
            field_dict["votes_count"] = votes_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.search_events_response_200_item_staff_position import SearchEventsResponse200ItemStaffPosition  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_api_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        api_id = _parse_api_id(d.pop("api_id", UNSET))

        avatar = d.pop("avatar", UNSET)

        avatar_big = d.pop("avatar_big", UNSET)

        average_score = d.pop("average_score", UNSET)

        comments_count = d.pop("comments_count", UNSET)

        company_id = d.pop("company_id", UNSET)

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        _position = d.pop("position", UNSET)
        position: SearchEventsResponse200ItemStaffPosition | Unset
        if isinstance(_position, Unset):
            position = UNSET
        else:
            position = SearchEventsResponse200ItemStaffPosition.from_dict(_position)

        prepaid = d.pop("prepaid", UNSET)

        rating = d.pop("rating", UNSET)

        show_rating = d.pop("show_rating", UNSET)

        specialization = d.pop("specialization", UNSET)

        votes_count = d.pop("votes_count", UNSET)

        search_events_response_200_item_staff = cls(
            api_id=api_id,
            avatar=avatar,
            avatar_big=avatar_big,
            average_score=average_score,
            comments_count=comments_count,
            company_id=company_id,
            id=id,
            name=name,
            position=position,
            prepaid=prepaid,
            rating=rating,
            show_rating=show_rating,
            specialization=specialization,
            votes_count=votes_count,
        )

        search_events_response_200_item_staff.additional_properties = d
        return search_events_response_200_item_staff

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
