from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_team_member_list_response_200_item_image_group_item import (
        GetTeamMemberListResponse200ItemImageGroupItem,
    )
    from ..models.get_team_member_list_response_200_item_position_type_0 import (
        GetTeamMemberListResponse200ItemPositionType0,
    )
    from ..models.get_team_member_list_response_200_item_user_item import GetTeamMemberListResponse200ItemUserItem


T = TypeVar("T", bound="GetTeamMemberListResponse200Item")


@_attrs_define
class GetTeamMemberListResponse200Item:
    """
    Attributes:
        api_id (int | None | Unset): External API ID (for integrations)
        avatar (str | Unset): URL to small avatar image
        avatar_big (str | Unset): URL to large avatar image
        bookable (bool | Unset): Whether team member is available for online booking
        comments_count (int | Unset): Number of comments/reviews
        fired (int | Unset): Fired status (1 = fired, 0 = active)
        has_access_timetable (bool | Unset): Whether team member has access to timetable management
        hidden (int | Unset): Hidden from online booking (1 = hidden, 0 = visible)
        id (int | Unset): Team member ID
        image_group (list[GetTeamMemberListResponse200ItemImageGroupItem] | Unset): Additional images
        information (str | Unset): Additional information/bio
        name (str | Unset): Team member name
        position (GetTeamMemberListResponse200ItemPositionType0 | list[Any] | Unset): Position object or empty array if
            unassigned
        position_id (int | Unset): Position/role ID
        prepaid (str | Unset): Prepayment requirement (forbidden, allowed, required)
        rating (float | Unset): Average rating score
        schedule_till (datetime.date | Unset): Schedule available until date (YYYY-MM-DD)
        show_rating (int | Unset): Whether to show rating (1 = show, 0 = hide)
        specialization (str | Unset): Team member specialization/title
        status (int | Unset): Status flag (1 = removed, 0 = active)
        user (list[GetTeamMemberListResponse200ItemUserItem] | Unset): Linked user data
        user_id (int | None | Unset): Linked user account ID
        votes_count (int | Unset): Number of rating votes
        weight (int | Unset): Sort order weight
    """

    api_id: int | None | Unset = UNSET
    avatar: str | Unset = UNSET
    avatar_big: str | Unset = UNSET
    bookable: bool | Unset = UNSET
    comments_count: int | Unset = UNSET
    fired: int | Unset = UNSET
    has_access_timetable: bool | Unset = UNSET
    hidden: int | Unset = UNSET
    id: int | Unset = UNSET
    image_group: list[GetTeamMemberListResponse200ItemImageGroupItem] | Unset = UNSET
    information: str | Unset = UNSET
    name: str | Unset = UNSET
    position: GetTeamMemberListResponse200ItemPositionType0 | list[Any] | Unset = UNSET
    position_id: int | Unset = UNSET
    prepaid: str | Unset = UNSET
    rating: float | Unset = UNSET
    schedule_till: datetime.date | Unset = UNSET
    show_rating: int | Unset = UNSET
    specialization: str | Unset = UNSET
    status: int | Unset = UNSET
    user: list[GetTeamMemberListResponse200ItemUserItem] | Unset = UNSET
    user_id: int | None | Unset = UNSET
    votes_count: int | Unset = UNSET
    weight: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.get_team_member_list_response_200_item_position_type_0 import (
            GetTeamMemberListResponse200ItemPositionType0,  # noqa: PLC0415
        )

        api_id: int | None | Unset
        if isinstance(self.api_id, Unset):
            api_id = UNSET
        else:
            api_id = self.api_id

        avatar = self.avatar

        avatar_big = self.avatar_big

        bookable = self.bookable

        comments_count = self.comments_count

        fired = self.fired

        has_access_timetable = self.has_access_timetable

        hidden = self.hidden

        id = self.id

        image_group: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.image_group, Unset):
            image_group = []
            for image_group_item_data in self.image_group:
                image_group_item = image_group_item_data.to_dict()
                image_group.append(image_group_item)

        information = self.information

        name = self.name

        position: dict[str, Any] | list[Any] | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        elif isinstance(self.position, GetTeamMemberListResponse200ItemPositionType0):
            position = self.position.to_dict()
        else:
            position = self.position

        position_id = self.position_id

        prepaid = self.prepaid

        rating = self.rating

        schedule_till: str | Unset = UNSET
        if not isinstance(self.schedule_till, Unset):
            schedule_till = self.schedule_till.isoformat()

        show_rating = self.show_rating

        specialization = self.specialization

        status = self.status

        user: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = []
            for user_item_data in self.user:
                user_item = user_item_data.to_dict()
                user.append(user_item)

        user_id: int | None | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        votes_count = self.votes_count

        weight = self.weight

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if api_id is not UNSET:
            field_dict["api_id"] = api_id
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if avatar_big is not UNSET:
            field_dict["avatar_big"] = avatar_big
        if bookable is not UNSET:
            field_dict["bookable"] = bookable
        if comments_count is not UNSET:
            field_dict["comments_count"] = comments_count
        if fired is not UNSET:
            field_dict["fired"] = fired
        if has_access_timetable is not UNSET:
            field_dict["has_access_timetable"] = has_access_timetable
        if hidden is not UNSET:
            field_dict["hidden"] = hidden
        if id is not UNSET:
            field_dict["id"] = id
        if image_group is not UNSET:
            field_dict["image_group"] = image_group
        if information is not UNSET:
            field_dict["information"] = information
        if name is not UNSET:
            field_dict["name"] = name
        if position is not UNSET:
            field_dict["position"] = position
        if position_id is not UNSET:
            field_dict["position_id"] = position_id
        if prepaid is not UNSET:
            field_dict["prepaid"] = prepaid
        if rating is not UNSET:
            field_dict["rating"] = rating
        if schedule_till is not UNSET:
            field_dict["schedule_till"] = schedule_till
        if show_rating is not UNSET:
            field_dict["show_rating"] = show_rating
        if specialization is not UNSET:
            field_dict["specialization"] = specialization
        if status is not UNSET:
            field_dict["status"] = status
        if user is not UNSET:
            field_dict["user"] = user
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if votes_count is not UNSET:
            field_dict["votes_count"] = votes_count
        if weight is not UNSET:
            field_dict["weight"] = weight

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_team_member_list_response_200_item_image_group_item import (
            GetTeamMemberListResponse200ItemImageGroupItem,  # noqa: PLC0415
        )
        from ..models.get_team_member_list_response_200_item_position_type_0 import (
            GetTeamMemberListResponse200ItemPositionType0,  # noqa: PLC0415
        )
        from ..models.get_team_member_list_response_200_item_user_item import GetTeamMemberListResponse200ItemUserItem  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_api_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        api_id = _parse_api_id(d.pop("api_id", UNSET))

        avatar = d.pop("avatar", UNSET)

        avatar_big = d.pop("avatar_big", UNSET)

        bookable = d.pop("bookable", UNSET)

        comments_count = d.pop("comments_count", UNSET)

        fired = d.pop("fired", UNSET)

        has_access_timetable = d.pop("has_access_timetable", UNSET)

        hidden = d.pop("hidden", UNSET)

        id = d.pop("id", UNSET)

        _image_group = d.pop("image_group", UNSET)
        image_group: list[GetTeamMemberListResponse200ItemImageGroupItem] | Unset = UNSET
        if _image_group is not UNSET:
            image_group = []
            for image_group_item_data in _image_group:
                image_group_item = GetTeamMemberListResponse200ItemImageGroupItem.from_dict(image_group_item_data)

                image_group.append(image_group_item)

        information = d.pop("information", UNSET)

        name = d.pop("name", UNSET)

        def _parse_position(data: object) -> GetTeamMemberListResponse200ItemPositionType0 | list[Any] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                position_type_0 = GetTeamMemberListResponse200ItemPositionType0.from_dict(data)

                return position_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            position_type_1 = cast(list[Any], data)

            return position_type_1

        position = _parse_position(d.pop("position", UNSET))

        position_id = d.pop("position_id", UNSET)

        prepaid = d.pop("prepaid", UNSET)

        rating = d.pop("rating", UNSET)

        _schedule_till = d.pop("schedule_till", UNSET)
        schedule_till: datetime.date | Unset
        if isinstance(_schedule_till, Unset):
            schedule_till = UNSET
        else:
            schedule_till = datetime.date.fromisoformat(_schedule_till)

        show_rating = d.pop("show_rating", UNSET)

        specialization = d.pop("specialization", UNSET)

        status = d.pop("status", UNSET)

        _user = d.pop("user", UNSET)
        user: list[GetTeamMemberListResponse200ItemUserItem] | Unset = UNSET
        if _user is not UNSET:
            user = []
            for user_item_data in _user:
                user_item = GetTeamMemberListResponse200ItemUserItem.from_dict(user_item_data)

                user.append(user_item)

        def _parse_user_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        votes_count = d.pop("votes_count", UNSET)

        weight = d.pop("weight", UNSET)

        get_team_member_list_response_200_item = cls(
            api_id=api_id,
            avatar=avatar,
            avatar_big=avatar_big,
            bookable=bookable,
            comments_count=comments_count,
            fired=fired,
            has_access_timetable=has_access_timetable,
            hidden=hidden,
            id=id,
            image_group=image_group,
            information=information,
            name=name,
            position=position,
            position_id=position_id,
            prepaid=prepaid,
            rating=rating,
            schedule_till=schedule_till,
            show_rating=show_rating,
            specialization=specialization,
            status=status,
            user=user,
            user_id=user_id,
            votes_count=votes_count,
            weight=weight,
        )

        get_team_member_list_response_200_item.additional_properties = d
        return get_team_member_list_response_200_item

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
