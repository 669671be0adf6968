from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_team_member_by_id_response_200_item_image_group_type_0 import (
        GetTeamMemberByIdResponse200ItemImageGroupType0,
    )
    from ..models.get_team_member_by_id_response_200_item_position_type_0 import (
        GetTeamMemberByIdResponse200ItemPositionType0,
    )


T = TypeVar("T", bound="GetTeamMemberByIdResponse200Item")


@_attrs_define
class GetTeamMemberByIdResponse200Item:
    """
    Attributes:
        id (int | Unset): team member ID
        api_id (str | Unset): team member External ID
        name (str | Unset): team member name
        specialization (str | Unset): team member socialization
        position (GetTeamMemberByIdResponse200ItemPositionType0 | list[Any] | Unset): team member's position (empty
            array if not set)
        show_rating (float | Unset): Whether to show the team member's rating (1 - show, 0 - do not show)
        rating (float | Unset): team member Rating
        votes_count (float | Unset): Number of votes that rated a team member
        user_id (int | None | Unset): team member's linked user ID
        avatar (str | Unset): Path to team member avatar file
        avatar_big (str | Unset): The path to the team member's avatar file in a higher resolution
        comments_count (float | Unset): Number of comments to the team member
        weight (str | Unset): team member weight. team members are sorted by weight on exit, heavier first
        information (str | Unset): Additional information about the team member (HTML format)
        hidden (str | Unset): team member display status in online appointment booking, 1 - hidden, 0 - not hidden
        fired (str | Unset): the team member's dismissal status, 1 - dismissed, 0 - not dismissed
        status (str | Unset): team member deletion status, 1 - deleted, 0 - not deleted
        image_group (GetTeamMemberByIdResponse200ItemImageGroupType0 | list[Any] | Unset): Group of images of a team
            member
    """

    id: int | Unset = UNSET
    api_id: str | Unset = UNSET
    name: str | Unset = UNSET
    specialization: str | Unset = UNSET
    position: GetTeamMemberByIdResponse200ItemPositionType0 | list[Any] | Unset = UNSET
    show_rating: float | Unset = UNSET
    rating: float | Unset = UNSET
    votes_count: float | Unset = UNSET
    user_id: int | None | Unset = UNSET
    avatar: str | Unset = UNSET
    avatar_big: str | Unset = UNSET
    comments_count: float | Unset = UNSET
    weight: str | Unset = UNSET
    information: str | Unset = UNSET
    hidden: str | Unset = UNSET
    fired: str | Unset = UNSET
    status: str | Unset = UNSET
    image_group: GetTeamMemberByIdResponse200ItemImageGroupType0 | list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.get_team_member_by_id_response_200_item_image_group_type_0 import (
            GetTeamMemberByIdResponse200ItemImageGroupType0,  # noqa: PLC0415
        )
        from ..models.get_team_member_by_id_response_200_item_position_type_0 import (
            GetTeamMemberByIdResponse200ItemPositionType0,  # noqa: PLC0415
        )

        id = self.id

        api_id = self.api_id

        name = self.name

        specialization = self.specialization

        position: dict[str, Any] | list[Any] | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        elif isinstance(self.position, GetTeamMemberByIdResponse200ItemPositionType0):
            position = self.position.to_dict()
        else:
            position = self.position

        show_rating = self.show_rating

        rating = self.rating

        votes_count = self.votes_count

        user_id: int | None | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        avatar = self.avatar

        avatar_big = self.avatar_big

        comments_count = self.comments_count

        weight = self.weight

        information = self.information

        hidden = self.hidden

        fired = self.fired

        status = self.status

        image_group: dict[str, Any] | list[Any] | Unset
        if isinstance(self.image_group, Unset):
            image_group = UNSET
        elif isinstance(self.image_group, GetTeamMemberByIdResponse200ItemImageGroupType0):
            image_group = self.image_group.to_dict()
        else:
            image_group = self.image_group

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if api_id is not UNSET:
            field_dict["api_id"] = api_id
        if name is not UNSET:
            field_dict["name"] = name
        if specialization is not UNSET:
            field_dict["specialization"] = specialization
        if position is not UNSET:
            field_dict["position"] = position
        if show_rating is not UNSET:
            field_dict["show_rating"] = show_rating
        if rating is not UNSET:
            field_dict["rating"] = rating
        if votes_count is not UNSET:
            field_dict["votes_count"] = votes_count
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if avatar_big is not UNSET:
            field_dict["avatar_big"] = avatar_big
        if comments_count is not UNSET:
            field_dict["comments_count"] = comments_count
        if weight is not UNSET:
            field_dict["weight"] = weight
        if information is not UNSET:
            field_dict["information"] = information
        if hidden is not UNSET:
            field_dict["hidden"] = hidden
        if fired is not UNSET:
            field_dict["fired"] = fired
        if status is not UNSET:
            field_dict["status"] = status
        if image_group is not UNSET:
            field_dict["image_group"] = image_group

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_team_member_by_id_response_200_item_image_group_type_0 import (
            GetTeamMemberByIdResponse200ItemImageGroupType0,  # noqa: PLC0415
        )
        from ..models.get_team_member_by_id_response_200_item_position_type_0 import (
            GetTeamMemberByIdResponse200ItemPositionType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        api_id = d.pop("api_id", UNSET)

        name = d.pop("name", UNSET)

        specialization = d.pop("specialization", UNSET)

        def _parse_position(data: object) -> GetTeamMemberByIdResponse200ItemPositionType0 | list[Any] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                position_type_0 = GetTeamMemberByIdResponse200ItemPositionType0.from_dict(data)

                return position_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            position_type_1 = cast(list[Any], data)

            return position_type_1

        position = _parse_position(d.pop("position", UNSET))

        show_rating = d.pop("show_rating", UNSET)

        rating = d.pop("rating", UNSET)

        votes_count = d.pop("votes_count", UNSET)

        def _parse_user_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        avatar = d.pop("avatar", UNSET)

        avatar_big = d.pop("avatar_big", UNSET)

        comments_count = d.pop("comments_count", UNSET)

        weight = d.pop("weight", UNSET)

        information = d.pop("information", UNSET)

        hidden = d.pop("hidden", UNSET)

        fired = d.pop("fired", UNSET)

        status = d.pop("status", UNSET)

        def _parse_image_group(data: object) -> GetTeamMemberByIdResponse200ItemImageGroupType0 | list[Any] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                image_group_type_0 = GetTeamMemberByIdResponse200ItemImageGroupType0.from_dict(data)

                return image_group_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            image_group_type_1 = cast(list[Any], data)

            return image_group_type_1

        image_group = _parse_image_group(d.pop("image_group", UNSET))

        _model = cls(
            id=id,
            api_id=api_id,
            name=name,
            specialization=specialization,
            position=position,
            show_rating=show_rating,
            rating=rating,
            votes_count=votes_count,
            user_id=user_id,
            avatar=avatar,
            avatar_big=avatar_big,
            comments_count=comments_count,
            weight=weight,
            information=information,
            hidden=hidden,
            fired=fired,
            status=status,
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
