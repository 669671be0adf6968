from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_team_member_by_id_response_200_item_image_group_type_0 import (
        GetTeamMemberByIdResponse200ItemImageGroupType0,
    )
    from ..models.get_team_member_by_id_response_200_item_position_type_0 import (
        GetTeamMemberByIdResponse200ItemPositionType0,
    )


T = TypeVar("T", bound="GetTeamMemberByIdResponse200Item")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "api_id",
        "name",
        "specialization",
        "position",
        "show_rating",
        "rating",
        "votes_count",
        "user_id",
        "avatar",
        "avatar_big",
        "comments_count",
        "weight",
        "information",
        "hidden",
        "fired",
        "status",
        "image_group",
    }
)
_EXTRA = _fields.ANY
_KIND_position = _fields.OneOf(
    _fields.Model("GetTeamMemberByIdResponse200ItemPositionType0"),
    _fields.ListOf(_fields.ANY),
)
_KIND_image_group = _fields.OneOf(
    _fields.Model("GetTeamMemberByIdResponse200ItemImageGroupType0"),
    _fields.ListOf(_fields.ANY),
)


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
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        id = self.id
        if type(id) is not int and id is not UNSET:
            id = _fields.write_integer(id, "id")
        if id is not UNSET:
            field_dict["id"] = id

        api_id = self.api_id
        if type(api_id) is not str and api_id is not UNSET:
            api_id = _fields.write_string(api_id, "api_id")
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

        position = self.position
        if position is not UNSET:
            field_dict["position"] = _KIND_position.write_field(position, "position")

        show_rating = self.show_rating
        if show_rating is not UNSET:
            field_dict["show_rating"] = _fields.write_number(show_rating, "show_rating")

        rating = self.rating
        if rating is not UNSET:
            field_dict["rating"] = _fields.write_number(rating, "rating")

        votes_count = self.votes_count
        if votes_count is not UNSET:
            field_dict["votes_count"] = _fields.write_number(votes_count, "votes_count")

        user_id = self.user_id
        if type(user_id) is not int and user_id is not UNSET and user_id is not None:
            user_id = _fields.write_integer(user_id, "user_id")
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

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
        if type(weight) is not str and weight is not UNSET:
            weight = _fields.write_string(weight, "weight")
        if weight is not UNSET:
            field_dict["weight"] = weight

        information = self.information
        if type(information) is not str and information is not UNSET:
            information = _fields.write_string(information, "information")
        if information is not UNSET:
            field_dict["information"] = information

        hidden = self.hidden
        if type(hidden) is not str and hidden is not UNSET:
            hidden = _fields.write_string(hidden, "hidden")
        if hidden is not UNSET:
            field_dict["hidden"] = hidden

        fired = self.fired
        if type(fired) is not str and fired is not UNSET:
            fired = _fields.write_string(fired, "fired")
        if fired is not UNSET:
            field_dict["fired"] = fired

        status = self.status
        if type(status) is not str and status is not UNSET:
            status = _fields.write_string(status, "status")
        if status is not UNSET:
            field_dict["status"] = status

        image_group = self.image_group
        if image_group is not UNSET:
            field_dict["image_group"] = _KIND_image_group.write_field(image_group, "image_group")

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
        if type(api_id) is not str and api_id is not UNSET:
            api_id = _fields.read_string(api_id, "api_id")

        name = _get("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = _fields.read_string(name, "name")

        specialization = _get("specialization", UNSET)
        if type(specialization) is not str and specialization is not UNSET:
            specialization = _fields.read_string(specialization, "specialization")

        position = _get("position", UNSET)
        if position is not UNSET:
            position = _KIND_position.read_field(position, "position")

        show_rating = _get("show_rating", UNSET)
        if type(show_rating) is not float and type(show_rating) is not int and show_rating is not UNSET:
            show_rating = _fields.read_number(show_rating, "show_rating")

        rating = _get("rating", UNSET)
        if type(rating) is not float and type(rating) is not int and rating is not UNSET:
            rating = _fields.read_number(rating, "rating")

        votes_count = _get("votes_count", UNSET)
        if type(votes_count) is not float and type(votes_count) is not int and votes_count is not UNSET:
            votes_count = _fields.read_number(votes_count, "votes_count")

        user_id = _get("user_id", UNSET)
        if type(user_id) is not int and user_id is not UNSET and user_id is not None:
            user_id = _fields.read_integer(user_id, "user_id")

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
        if type(weight) is not str and weight is not UNSET:
            weight = _fields.read_string(weight, "weight")

        information = _get("information", UNSET)
        if type(information) is not str and information is not UNSET:
            information = _fields.read_string(information, "information")

        hidden = _get("hidden", UNSET)
        if type(hidden) is not str and hidden is not UNSET:
            hidden = _fields.read_string(hidden, "hidden")

        fired = _get("fired", UNSET)
        if type(fired) is not str and fired is not UNSET:
            fired = _fields.read_string(fired, "fired")

        status = _get("status", UNSET)
        if type(status) is not str and status is not UNSET:
            status = _fields.read_string(status, "status")

        image_group = _get("image_group", UNSET)
        if image_group is not UNSET:
            image_group = _KIND_image_group.read_field(image_group, "image_group")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.api_id = api_id
        _model.name = name
        _model.specialization = specialization
        _model.position = position
        _model.show_rating = show_rating
        _model.rating = rating
        _model.votes_count = votes_count
        _model.user_id = user_id
        _model.avatar = avatar
        _model.avatar_big = avatar_big
        _model.comments_count = comments_count
        _model.weight = weight
        _model.information = information
        _model.hidden = hidden
        _model.fired = fired
        _model.status = status
        _model.image_group = image_group
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetTeamMemberByIdResponse200Item:
            _fields.init_added_fields(_model, GetTeamMemberByIdResponse200Item)
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
