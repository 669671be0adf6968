from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import timestamps as _timestamps
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
        id (int | Unset): Team member ID
        api_id (int | None | Unset): External API ID (for integrations)
        name (str | Unset): Team member name
        specialization (str | Unset): Team member specialization/title
        rating (float | Unset): Average rating score
        show_rating (int | Unset): Whether to show rating (1 = show, 0 = hide)
        user_id (int | None | Unset): Linked user account ID
        has_access_timetable (bool | Unset): Whether team member has access to timetable management
        avatar (str | Unset): URL to small avatar image
        avatar_big (str | Unset): URL to large avatar image
        comments_count (int | Unset): Number of comments/reviews
        votes_count (int | Unset): Number of rating votes
        bookable (bool | Unset): Whether team member is available for online booking
        image_group (list[GetTeamMemberListResponse200ItemImageGroupItem] | Unset): Additional images
        information (str | Unset): Additional information/bio
        position_id (int | Unset): Position/role ID
        schedule_till (datetime.date | Unset): Schedule available until date (YYYY-MM-DD)
        weight (int | Unset): Sort order weight
        fired (int | Unset): Fired status (1 = fired, 0 = active)
        status (int | Unset): Status flag (1 = removed, 0 = active)
        hidden (int | Unset): Hidden from online booking (1 = hidden, 0 = visible)
        user (list[GetTeamMemberListResponse200ItemUserItem] | Unset): Linked user data
        prepaid (str | Unset): Prepayment requirement (forbidden, allowed, required)
        position (GetTeamMemberListResponse200ItemPositionType0 | list[Any] | Unset): Position object or empty array if
            unassigned
    """

    id: int | Unset = UNSET
    api_id: int | None | Unset = UNSET
    name: str | Unset = UNSET
    specialization: str | Unset = UNSET
    rating: float | Unset = UNSET
    show_rating: int | Unset = UNSET
    user_id: int | None | Unset = UNSET
    has_access_timetable: bool | Unset = UNSET
    avatar: str | Unset = UNSET
    avatar_big: str | Unset = UNSET
    comments_count: int | Unset = UNSET
    votes_count: int | Unset = UNSET
    bookable: bool | Unset = UNSET
    image_group: list[GetTeamMemberListResponse200ItemImageGroupItem] | Unset = UNSET
    information: str | Unset = UNSET
    position_id: int | Unset = UNSET
    schedule_till: datetime.date | Unset = UNSET
    weight: int | Unset = UNSET
    fired: int | Unset = UNSET
    status: int | Unset = UNSET
    hidden: int | Unset = UNSET
    user: list[GetTeamMemberListResponse200ItemUserItem] | Unset = UNSET
    prepaid: str | Unset = UNSET
    position: GetTeamMemberListResponse200ItemPositionType0 | list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.get_team_member_list_response_200_item_position_type_0 import (
            GetTeamMemberListResponse200ItemPositionType0,  # noqa: PLC0415
        )

        id = self.id

        api_id: int | None | Unset
        if isinstance(self.api_id, Unset):
            api_id = UNSET
        else:
            api_id = self.api_id

        name = self.name

        specialization = self.specialization

        rating = self.rating

        show_rating = self.show_rating

        user_id: int | None | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        has_access_timetable = self.has_access_timetable

        avatar = self.avatar

        avatar_big = self.avatar_big

        comments_count = self.comments_count

        votes_count = self.votes_count

        bookable = self.bookable

        image_group: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.image_group, Unset):
            image_group = []
            for image_group_item_data in self.image_group:
                image_group_item = image_group_item_data.to_dict()
                image_group.append(image_group_item)

        information = self.information

        position_id = self.position_id

        schedule_till: str | Unset = UNSET
        if not isinstance(self.schedule_till, Unset):
            schedule_till = self.schedule_till.isoformat()

        weight = self.weight

        fired = self.fired

        status = self.status

        hidden = self.hidden

        user: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = []
            for user_item_data in self.user:
                user_item = user_item_data.to_dict()
                user.append(user_item)

        prepaid = self.prepaid

        position: dict[str, Any] | list[Any] | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        elif isinstance(self.position, GetTeamMemberListResponse200ItemPositionType0):
            position = self.position.to_dict()
        else:
            position = self.position

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
        if rating is not UNSET:
            field_dict["rating"] = rating
        if show_rating is not UNSET:
            field_dict["show_rating"] = show_rating
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if has_access_timetable is not UNSET:
            field_dict["has_access_timetable"] = has_access_timetable
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if avatar_big is not UNSET:
            field_dict["avatar_big"] = avatar_big
        if comments_count is not UNSET:
            field_dict["comments_count"] = comments_count
        if votes_count is not UNSET:
            field_dict["votes_count"] = votes_count
        if bookable is not UNSET:
            field_dict["bookable"] = bookable
        if image_group is not UNSET:
            field_dict["image_group"] = image_group
        if information is not UNSET:
            field_dict["information"] = information
        if position_id is not UNSET:
            field_dict["position_id"] = position_id
        if schedule_till is not UNSET:
            field_dict["schedule_till"] = schedule_till
        if weight is not UNSET:
            field_dict["weight"] = weight
        if fired is not UNSET:
            field_dict["fired"] = fired
        if status is not UNSET:
            field_dict["status"] = status
        if hidden is not UNSET:
            field_dict["hidden"] = hidden
        if user is not UNSET:
            field_dict["user"] = user
        if prepaid is not UNSET:
            field_dict["prepaid"] = prepaid
        if position is not UNSET:
            field_dict["position"] = position

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
        id = d.pop("id", UNSET)

        def _parse_api_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        api_id = _parse_api_id(d.pop("api_id", UNSET))

        name = d.pop("name", UNSET)

        specialization = d.pop("specialization", UNSET)

        rating = d.pop("rating", UNSET)

        show_rating = d.pop("show_rating", UNSET)

        def _parse_user_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        has_access_timetable = d.pop("has_access_timetable", UNSET)

        avatar = d.pop("avatar", UNSET)

        avatar_big = d.pop("avatar_big", UNSET)

        comments_count = d.pop("comments_count", UNSET)

        votes_count = d.pop("votes_count", UNSET)

        bookable = d.pop("bookable", UNSET)

        _image_group = d.pop("image_group", UNSET)
        image_group: list[GetTeamMemberListResponse200ItemImageGroupItem] | Unset = UNSET
        if _image_group is not UNSET:
            image_group = []
            for image_group_item_data in _image_group:
                image_group_item = GetTeamMemberListResponse200ItemImageGroupItem.from_dict(image_group_item_data)

                image_group.append(image_group_item)

        information = d.pop("information", UNSET)

        position_id = d.pop("position_id", UNSET)

        _schedule_till = d.pop("schedule_till", UNSET)
        schedule_till: datetime.date | Unset
        if isinstance(_schedule_till, Unset):
            schedule_till = UNSET
        else:
            schedule_till = _timestamps.parse_date(_schedule_till)

        weight = d.pop("weight", UNSET)

        fired = d.pop("fired", UNSET)

        status = d.pop("status", UNSET)

        hidden = d.pop("hidden", UNSET)

        _user = d.pop("user", UNSET)
        user: list[GetTeamMemberListResponse200ItemUserItem] | Unset = UNSET
        if _user is not UNSET:
            user = []
            for user_item_data in _user:
                user_item = GetTeamMemberListResponse200ItemUserItem.from_dict(user_item_data)

                user.append(user_item)

        prepaid = d.pop("prepaid", UNSET)

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

        _model = cls(
            id=id,
            api_id=api_id,
            name=name,
            specialization=specialization,
            rating=rating,
            show_rating=show_rating,
            user_id=user_id,
            has_access_timetable=has_access_timetable,
            avatar=avatar,
            avatar_big=avatar_big,
            comments_count=comments_count,
            votes_count=votes_count,
            bookable=bookable,
            image_group=image_group,
            information=information,
            position_id=position_id,
            schedule_till=schedule_till,
            weight=weight,
            fired=fired,
            status=status,
            hidden=hidden,
            user=user,
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
