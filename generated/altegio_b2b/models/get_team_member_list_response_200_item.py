from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
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
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "api_id",
        "name",
        "specialization",
        "rating",
        "show_rating",
        "user_id",
        "has_access_timetable",
        "avatar",
        "avatar_big",
        "comments_count",
        "votes_count",
        "bookable",
        "image_group",
        "information",
        "position_id",
        "schedule_till",
        "weight",
        "fired",
        "status",
        "hidden",
        "user",
        "prepaid",
        "position",
    }
)
_EXTRA = _fields.ANY
_KIND_image_group = _fields.ListOf(_fields.Model("GetTeamMemberListResponse200ItemImageGroupItem"))
_KIND_user = _fields.ListOf(_fields.Model("GetTeamMemberListResponse200ItemUserItem"))
_KIND_position = _fields.OneOf(
    _fields.Model("GetTeamMemberListResponse200ItemPositionType0"),
    _fields.ListOf(_fields.ANY),
)


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
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        id = self.id
        if type(id) is not int and id is not UNSET:
            id = _fields.write_integer(id, "id")
        if id is not UNSET:
            field_dict["id"] = id

        api_id = self.api_id
        if type(api_id) is not int and api_id is not UNSET and api_id is not None:
            api_id = _fields.write_integer(api_id, "api_id")
        if api_id is not UNSET:
            field_dict["api_id"] = api_id

        name = self.name
        if type(name) is not str and name is not UNSET:
            name = _fields.write_string(name, "name")
        if name is not UNSET:
            field_dict["name"] = name

        specialization = self.specialization
        if type(specialization) is not str and specialization is not UNSET:
            specialization = _fields.write_string(specialization, "specialization")
        if specialization is not UNSET:
            field_dict["specialization"] = specialization

        rating = self.rating
        if rating is not UNSET:
            field_dict["rating"] = _fields.write_number(rating, "rating")

        show_rating = self.show_rating
        if type(show_rating) is not int and show_rating is not UNSET:
            show_rating = _fields.write_integer(show_rating, "show_rating")
        if show_rating is not UNSET:
            field_dict["show_rating"] = show_rating

        user_id = self.user_id
        if type(user_id) is not int and user_id is not UNSET and user_id is not None:
            user_id = _fields.write_integer(user_id, "user_id")
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        has_access_timetable = self.has_access_timetable
        if type(has_access_timetable) is not bool and has_access_timetable is not UNSET:
            has_access_timetable = _fields.write_boolean(has_access_timetable, "has_access_timetable")
        if has_access_timetable is not UNSET:
            field_dict["has_access_timetable"] = has_access_timetable

        avatar = self.avatar
        if type(avatar) is not str and avatar is not UNSET:
            avatar = _fields.write_string(avatar, "avatar")
        if avatar is not UNSET:
            field_dict["avatar"] = avatar

        avatar_big = self.avatar_big
        if type(avatar_big) is not str and avatar_big is not UNSET:
            avatar_big = _fields.write_string(avatar_big, "avatar_big")
        if avatar_big is not UNSET:
            field_dict["avatar_big"] = avatar_big

        comments_count = self.comments_count
        if type(comments_count) is not int and comments_count is not UNSET:
            comments_count = _fields.write_integer(comments_count, "comments_count")
        if comments_count is not UNSET:
            field_dict["comments_count"] = comments_count

        votes_count = self.votes_count
        if type(votes_count) is not int and votes_count is not UNSET:
            votes_count = _fields.write_integer(votes_count, "votes_count")
        if votes_count is not UNSET:
            field_dict["votes_count"] = votes_count

        bookable = self.bookable
        if type(bookable) is not bool and bookable is not UNSET:
            bookable = _fields.write_boolean(bookable, "bookable")
        if bookable is not UNSET:
            field_dict["bookable"] = bookable

        image_group = self.image_group
        if image_group is not UNSET:
            field_dict["image_group"] = _KIND_image_group.write_field(image_group, "image_group")

        information = self.information
        if type(information) is not str and information is not UNSET:
            information = _fields.write_string(information, "information")
        if information is not UNSET:
            field_dict["information"] = information

        position_id = self.position_id
        if type(position_id) is not int and position_id is not UNSET:
            position_id = _fields.write_integer(position_id, "position_id")
        if position_id is not UNSET:
            field_dict["position_id"] = position_id

        schedule_till = self.schedule_till
        if schedule_till is not UNSET:
            field_dict["schedule_till"] = _fields.write_date(schedule_till, "schedule_till")

        weight = self.weight
        if type(weight) is not int and weight is not UNSET:
            weight = _fields.write_integer(weight, "weight")
        if weight is not UNSET:
            field_dict["weight"] = weight

        fired = self.fired
        if type(fired) is not int and fired is not UNSET:
            fired = _fields.write_integer(fired, "fired")
        if fired is not UNSET:
            field_dict["fired"] = fired

        status = self.status
        if type(status) is not int and status is not UNSET:
            status = _fields.write_integer(status, "status")
        if status is not UNSET:
            field_dict["status"] = status

        hidden = self.hidden
        if type(hidden) is not int and hidden is not UNSET:
            hidden = _fields.write_integer(hidden, "hidden")
        if hidden is not UNSET:
            field_dict["hidden"] = hidden

        user = self.user
        if user is not UNSET:
            field_dict["user"] = _KIND_user.write_field(user, "user")

        prepaid = self.prepaid
        if type(prepaid) is not str and prepaid is not UNSET:
            prepaid = _fields.write_string(prepaid, "prepaid")
        if prepaid is not UNSET:
            field_dict["prepaid"] = prepaid

        position = self.position
        if position is not UNSET:
            field_dict["position"] = _KIND_position.write_field(position, "position")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _fields.read_integer(id, "id")

        api_id = _get("api_id", UNSET)
        if type(api_id) is not int and api_id is not UNSET and api_id is not None:
            api_id = _fields.read_integer(api_id, "api_id")

        name = _get("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = _fields.read_string(name, "name")

        specialization = _get("specialization", UNSET)
        if type(specialization) is not str and specialization is not UNSET:
            specialization = _fields.read_string(specialization, "specialization")

        rating = _get("rating", UNSET)
        if type(rating) is not float and type(rating) is not int and rating is not UNSET:
            rating = _fields.read_number(rating, "rating")

        show_rating = _get("show_rating", UNSET)
        if type(show_rating) is not int and show_rating is not UNSET:
            show_rating = _fields.read_integer(show_rating, "show_rating")

        user_id = _get("user_id", UNSET)
        if type(user_id) is not int and user_id is not UNSET and user_id is not None:
            user_id = _fields.read_integer(user_id, "user_id")

        has_access_timetable = _get("has_access_timetable", UNSET)
        if type(has_access_timetable) is not bool and has_access_timetable is not UNSET:
            has_access_timetable = _fields.read_boolean(has_access_timetable, "has_access_timetable")

        avatar = _get("avatar", UNSET)
        if type(avatar) is not str and avatar is not UNSET:
            avatar = _fields.read_string(avatar, "avatar")

        avatar_big = _get("avatar_big", UNSET)
        if type(avatar_big) is not str and avatar_big is not UNSET:
            avatar_big = _fields.read_string(avatar_big, "avatar_big")

        comments_count = _get("comments_count", UNSET)
        if type(comments_count) is not int and comments_count is not UNSET:
            comments_count = _fields.read_integer(comments_count, "comments_count")

        votes_count = _get("votes_count", UNSET)
        if type(votes_count) is not int and votes_count is not UNSET:
            votes_count = _fields.read_integer(votes_count, "votes_count")

        bookable = _get("bookable", UNSET)
        if type(bookable) is not bool and bookable is not UNSET:
            bookable = _fields.read_boolean(bookable, "bookable")

        image_group = _get("image_group", UNSET)
        if image_group is not UNSET:
            image_group = _KIND_image_group.read_field(image_group, "image_group")

        information = _get("information", UNSET)
        if type(information) is not str and information is not UNSET:
            information = _fields.read_string(information, "information")

        position_id = _get("position_id", UNSET)
        if type(position_id) is not int and position_id is not UNSET:
            position_id = _fields.read_integer(position_id, "position_id")

        schedule_till = _get("schedule_till", UNSET)
        if schedule_till is not UNSET:
            try:
                schedule_till = _fields.date_fromisoformat(schedule_till)
            except (TypeError, ValueError):
                schedule_till = _fields.read_date(schedule_till, "schedule_till")

        weight = _get("weight", UNSET)
        if type(weight) is not int and weight is not UNSET:
            weight = _fields.read_integer(weight, "weight")

        fired = _get("fired", UNSET)
        if type(fired) is not int and fired is not UNSET:
            fired = _fields.read_integer(fired, "fired")

        status = _get("status", UNSET)
        if type(status) is not int and status is not UNSET:
            status = _fields.read_integer(status, "status")

        hidden = _get("hidden", UNSET)
        if type(hidden) is not int and hidden is not UNSET:
            hidden = _fields.read_integer(hidden, "hidden")

        user = _get("user", UNSET)
        if user is not UNSET:
            user = _KIND_user.read_field(user, "user")

        prepaid = _get("prepaid", UNSET)
        if type(prepaid) is not str and prepaid is not UNSET:
            prepaid = _fields.read_string(prepaid, "prepaid")

        position = _get("position", UNSET)
        if position is not UNSET:
            position = _KIND_position.read_field(position, "position")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.api_id = api_id
        _model.name = name
        _model.specialization = specialization
        _model.rating = rating
        _model.show_rating = show_rating
        _model.user_id = user_id
        _model.has_access_timetable = has_access_timetable
        _model.avatar = avatar
        _model.avatar_big = avatar_big
        _model.comments_count = comments_count
        _model.votes_count = votes_count
        _model.bookable = bookable
        _model.image_group = image_group
        _model.information = information
        _model.position_id = position_id
        _model.schedule_till = schedule_till
        _model.weight = weight
        _model.fired = fired
        _model.status = status
        _model.hidden = hidden
        _model.user = user
        _model.prepaid = prepaid
        _model.position = position
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetTeamMemberListResponse200Item:
            _fields.init_added_fields(_model, GetTeamMemberListResponse200Item)
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
