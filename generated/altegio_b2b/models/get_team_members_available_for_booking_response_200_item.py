from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._runtime import fields as _fields
from .._runtime.errors import FieldError as _FieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_team_members_available_for_booking_response_200_item_image_group_type_0 import (
        GetTeamMembersAvailableForBookingResponse200ItemImageGroupType0,
    )
    from ..models.get_team_members_available_for_booking_response_200_item_position_type_0 import (
        GetTeamMembersAvailableForBookingResponse200ItemPositionType0,
    )
    from ..models.get_team_members_available_for_booking_response_200_item_seances_item import (
        GetTeamMembersAvailableForBookingResponse200ItemSeancesItem,
    )
    from ..models.get_team_members_available_for_booking_response_200_item_user_type_0 import (
        GetTeamMembersAvailableForBookingResponse200ItemUserType0,
    )


T = TypeVar("T", bound="GetTeamMembersAvailableForBookingResponse200Item")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "api_id",
        "user_id",
        "name",
        "bookable",
        "specialization",
        "position",
        "position_id",
        "show_rating",
        "rating",
        "votes_count",
        "avatar",
        "avatar_big",
        "comments_count",
        "weight",
        "information",
        "seance_date",
        "schedule_till",
        "seances",
        "has_access_timetable",
        "image_group",
        "fired",
        "status",
        "hidden",
        "user",
        "prepaid",
    }
)
_EXTRA = _fields.ANY
_KIND_position = _fields.OneOf(
    _fields.Model("GetTeamMembersAvailableForBookingResponse200ItemPositionType0"),
    _fields.ListOf(_fields.ANY),
)
_KIND_seances = _fields.ListOf(_fields.Model("GetTeamMembersAvailableForBookingResponse200ItemSeancesItem"))
_KIND_image_group = _fields.OneOf(
    _fields.Model("GetTeamMembersAvailableForBookingResponse200ItemImageGroupType0"),
    _fields.ListOf(_fields.ANY),
)
_KIND_user = _fields.OneOf(
    _fields.Model("GetTeamMembersAvailableForBookingResponse200ItemUserType0"),
    _fields.NULL,
)


@_attrs_define
class GetTeamMembersAvailableForBookingResponse200Item:
    """
    Attributes:
        id (int | Unset): team member ID
        api_id (None | str | Unset): External team member ID
        user_id (int | None | Unset): User ID associated with team member (can be null if not linked)
        name (str | Unset): team member name
        bookable (bool | Unset): Does the team member have sessions available for appointment
        specialization (str | Unset): team member specialization
        position (GetTeamMembersAvailableForBookingResponse200ItemPositionType0 | list[Any] | Unset): team member's
            position (object or empty array)
        position_id (int | Unset): Position ID
        show_rating (float | Unset): Whether to show the team member's rating (1 - show, 0 - do not show)
        rating (float | Unset): team member Rating
        votes_count (float | Unset): Number of votes that rated the team member
        avatar (str | Unset): Path to team member avatar file
        avatar_big (str | Unset): Path to large team member avatar file
        comments_count (float | Unset): Number of comments to the team member
        weight (int | Unset): team member weight. team members are sorted by weight on exit, heavier first
        information (str | Unset): Additional information about the team member (HTML format)
        seance_date (datetime.date | Unset): The date of the next day that there are available sessions (only for
            bookable = true)
        schedule_till (datetime.date | Unset): Schedule available until date
        seances (list[GetTeamMembersAvailableForBookingResponse200ItemSeancesItem] | Unset): Available sessions
        has_access_timetable (bool | Unset): Has access to timetable
        image_group (GetTeamMembersAvailableForBookingResponse200ItemImageGroupType0 | list[Any] | Unset): Image group
            with different sizes (object or empty array)
        fired (int | Unset): Whether team member is fired
        status (int | Unset): Team member status
        hidden (int | Unset): Whether team member is hidden
        user (GetTeamMembersAvailableForBookingResponse200ItemUserType0 | None | Unset): User information
        prepaid (str | Unset): Prepaid status
    """

    id: int | Unset = UNSET
    api_id: None | str | Unset = UNSET
    user_id: int | None | Unset = UNSET
    name: str | Unset = UNSET
    bookable: bool | Unset = UNSET
    specialization: str | Unset = UNSET
    position: GetTeamMembersAvailableForBookingResponse200ItemPositionType0 | list[Any] | Unset = UNSET
    position_id: int | Unset = UNSET
    show_rating: float | Unset = UNSET
    rating: float | Unset = UNSET
    votes_count: float | Unset = UNSET
    avatar: str | Unset = UNSET
    avatar_big: str | Unset = UNSET
    comments_count: float | Unset = UNSET
    weight: int | Unset = UNSET
    information: str | Unset = UNSET
    seance_date: datetime.date | Unset = UNSET
    schedule_till: datetime.date | Unset = UNSET
    seances: list[GetTeamMembersAvailableForBookingResponse200ItemSeancesItem] | Unset = UNSET
    has_access_timetable: bool | Unset = UNSET
    image_group: GetTeamMembersAvailableForBookingResponse200ItemImageGroupType0 | list[Any] | Unset = UNSET
    fired: int | Unset = UNSET
    status: int | Unset = UNSET
    hidden: int | Unset = UNSET
    user: GetTeamMembersAvailableForBookingResponse200ItemUserType0 | None | Unset = UNSET
    prepaid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        id = self.id
        if type(id) is not int and id is not UNSET:
            id = _fields.write_integer(id, "id")
        if id is not UNSET:
            field_dict["id"] = id

        api_id = self.api_id
        if type(api_id) is not str and api_id is not UNSET and api_id is not None:
            api_id = _fields.write_string(api_id, "api_id")
        if api_id is not UNSET:
            field_dict["api_id"] = api_id

        user_id = self.user_id
        if type(user_id) is not int and user_id is not UNSET and user_id is not None:
            user_id = _fields.write_integer(user_id, "user_id")
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        name = self.name
        if type(name) is not str and name is not UNSET:
            name = _fields.write_string(name, "name")
        if name is not UNSET:
            field_dict["name"] = name

        bookable = self.bookable
        if type(bookable) is not bool and bookable is not UNSET:
            bookable = _fields.write_boolean(bookable, "bookable")
        if bookable is not UNSET:
            field_dict["bookable"] = bookable

        specialization = self.specialization
        if type(specialization) is not str and specialization is not UNSET:
            specialization = _fields.write_string(specialization, "specialization")
        if specialization is not UNSET:
            field_dict["specialization"] = specialization

        position = self.position
        if position is not UNSET:
            field_dict["position"] = _KIND_position.write_field(position, "position")

        position_id = self.position_id
        if type(position_id) is not int and position_id is not UNSET:
            position_id = _fields.write_integer(position_id, "position_id")
        if position_id is not UNSET:
            field_dict["position_id"] = position_id

        show_rating = self.show_rating
        if show_rating is not UNSET:
            field_dict["show_rating"] = _fields.write_number(show_rating, "show_rating")

        rating = self.rating
        if rating is not UNSET:
            field_dict["rating"] = _fields.write_number(rating, "rating")

        votes_count = self.votes_count
        if votes_count is not UNSET:
            field_dict["votes_count"] = _fields.write_number(votes_count, "votes_count")

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
        if comments_count is not UNSET:
            field_dict["comments_count"] = _fields.write_number(comments_count, "comments_count")

        weight = self.weight
        if type(weight) is not int and weight is not UNSET:
            weight = _fields.write_integer(weight, "weight")
        if weight is not UNSET:
            field_dict["weight"] = weight

        information = self.information
        if type(information) is not str and information is not UNSET:
            information = _fields.write_string(information, "information")
        if information is not UNSET:
            field_dict["information"] = information

        seance_date = self.seance_date
        if seance_date is not UNSET:
            field_dict["seance_date"] = _fields.write_date(seance_date, "seance_date")

        schedule_till = self.schedule_till
        if schedule_till is not UNSET:
            field_dict["schedule_till"] = _fields.write_date(schedule_till, "schedule_till")

        seances = self.seances
        if seances is not UNSET:
            field_dict["seances"] = _KIND_seances.write_field(seances, "seances")

        has_access_timetable = self.has_access_timetable
        if type(has_access_timetable) is not bool and has_access_timetable is not UNSET:
            has_access_timetable = _fields.write_boolean(has_access_timetable, "has_access_timetable")
        if has_access_timetable is not UNSET:
            field_dict["has_access_timetable"] = has_access_timetable

        image_group = self.image_group
        if image_group is not UNSET:
            field_dict["image_group"] = _KIND_image_group.write_field(image_group, "image_group")

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
        if type(api_id) is not str and api_id is not UNSET and api_id is not None:
            api_id = _fields.read_string(api_id, "api_id")

        user_id = _get("user_id", UNSET)
        if type(user_id) is not int and user_id is not UNSET and user_id is not None:
            user_id = _fields.read_integer(user_id, "user_id")

        name = _get("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = _fields.read_string(name, "name")

        bookable = _get("bookable", UNSET)
        if type(bookable) is not bool and bookable is not UNSET:
            bookable = _fields.read_boolean(bookable, "bookable")

        specialization = _get("specialization", UNSET)
        if type(specialization) is not str and specialization is not UNSET:
            specialization = _fields.read_string(specialization, "specialization")

        position = _get("position", UNSET)
        if position is not UNSET:
            position = _KIND_position.read_field(position, "position")

        position_id = _get("position_id", UNSET)
        if type(position_id) is not int and position_id is not UNSET:
            position_id = _fields.read_integer(position_id, "position_id")

        show_rating = _get("show_rating", UNSET)
        if type(show_rating) is not float and type(show_rating) is not int and show_rating is not UNSET:
            show_rating = _fields.read_number(show_rating, "show_rating")

        rating = _get("rating", UNSET)
        if type(rating) is not float and type(rating) is not int and rating is not UNSET:
            rating = _fields.read_number(rating, "rating")

        votes_count = _get("votes_count", UNSET)
        if type(votes_count) is not float and type(votes_count) is not int and votes_count is not UNSET:
            votes_count = _fields.read_number(votes_count, "votes_count")

        avatar = _get("avatar", UNSET)
        if type(avatar) is not str and avatar is not UNSET:
            avatar = _fields.read_string(avatar, "avatar")

        avatar_big = _get("avatar_big", UNSET)
        if type(avatar_big) is not str and avatar_big is not UNSET:
            avatar_big = _fields.read_string(avatar_big, "avatar_big")

        comments_count = _get("comments_count", UNSET)
        if type(comments_count) is not float and type(comments_count) is not int and comments_count is not UNSET:
            comments_count = _fields.read_number(comments_count, "comments_count")

        weight = _get("weight", UNSET)
        if type(weight) is not int and weight is not UNSET:
            weight = _fields.read_integer(weight, "weight")

        information = _get("information", UNSET)
        if type(information) is not str and information is not UNSET:
            information = _fields.read_string(information, "information")

        seance_date = _get("seance_date", UNSET)
        if seance_date is not UNSET:
            try:
                seance_date = _fields.date_fromisoformat(seance_date)
            except (TypeError, ValueError):
                seance_date = _fields.read_date(seance_date, "seance_date")

        schedule_till = _get("schedule_till", UNSET)
        if schedule_till is not UNSET:
            try:
                schedule_till = _fields.date_fromisoformat(schedule_till)
            except (TypeError, ValueError):
                schedule_till = _fields.read_date(schedule_till, "schedule_till")

        seances = _get("seances", UNSET)
        if seances is not UNSET:
            seances = _KIND_seances.read_field(seances, "seances")

        has_access_timetable = _get("has_access_timetable", UNSET)
        if type(has_access_timetable) is not bool and has_access_timetable is not UNSET:
            has_access_timetable = _fields.read_boolean(has_access_timetable, "has_access_timetable")

        image_group = _get("image_group", UNSET)
        if image_group is not UNSET:
            image_group = _KIND_image_group.read_field(image_group, "image_group")

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
        if user is not UNSET and user is not None:
            try:
                user = _models.GetTeamMembersAvailableForBookingResponse200ItemUserType0.from_dict(user)
            except _FieldError as _error:
                raise _error.within("user")

        prepaid = _get("prepaid", UNSET)
        if type(prepaid) is not str and prepaid is not UNSET:
            prepaid = _fields.read_string(prepaid, "prepaid")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.api_id = api_id
        _model.user_id = user_id
        _model.name = name
        _model.bookable = bookable
        _model.specialization = specialization
        _model.position = position
        _model.position_id = position_id
        _model.show_rating = show_rating
        _model.rating = rating
        _model.votes_count = votes_count
        _model.avatar = avatar
        _model.avatar_big = avatar_big
        _model.comments_count = comments_count
        _model.weight = weight
        _model.information = information
        _model.seance_date = seance_date
        _model.schedule_till = schedule_till
        _model.seances = seances
        _model.has_access_timetable = has_access_timetable
        _model.image_group = image_group
        _model.fired = fired
        _model.status = status
        _model.hidden = hidden
        _model.user = user
        _model.prepaid = prepaid
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetTeamMembersAvailableForBookingResponse200Item:
            _fields.init_added_fields(_model, GetTeamMembersAvailableForBookingResponse200Item)
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
