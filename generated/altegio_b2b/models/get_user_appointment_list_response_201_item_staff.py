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
    from ..models.get_user_appointment_list_response_201_item_staff_position import (
        GetUserAppointmentListResponse201ItemStaffPosition,
    )


T = TypeVar("T", bound="GetUserAppointmentListResponse201ItemStaff")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "specialization",
        "position",
        "show_rating",
        "rating",
        "votes_count",
        "avatar",
        "comments_count",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class GetUserAppointmentListResponse201ItemStaff:
    """team member parameters

    Attributes:
        id (int | Unset): team member ID
        name (str | Unset): team member name
        specialization (str | Unset): team member specialization
        position (GetUserAppointmentListResponse201ItemStaffPosition | Unset): team member's position
        show_rating (float | Unset): Whether to show team member rating (1 - show, 0 - do not show)
        rating (float | Unset): team member rating (from 0 to 5)
        votes_count (float | Unset): Number of votes that rated the team member
        avatar (str | Unset): Path to team member profile picture
        comments_count (float | Unset): Number of comments to a team member
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    specialization: str | Unset = UNSET
    position: GetUserAppointmentListResponse201ItemStaffPosition | Unset = UNSET
    show_rating: float | Unset = UNSET
    rating: float | Unset = UNSET
    votes_count: float | Unset = UNSET
    avatar: str | Unset = UNSET
    comments_count: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        id = self.id
        if type(id) is not int and id is not UNSET:
            id = _fields.write_integer(id, "id")
        if id is not UNSET:
            field_dict["id"] = id

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
            field_dict["position"] = _fields.write_model(
                position, _models.GetUserAppointmentListResponse201ItemStaffPosition, "position"
            )

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

        comments_count = self.comments_count
        if comments_count is not UNSET:
            field_dict["comments_count"] = _fields.write_number(comments_count, "comments_count")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _fields.read_integer(id, "id")

        name = _get("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = _fields.read_string(name, "name")

        specialization = _get("specialization", UNSET)
        if type(specialization) is not str and specialization is not UNSET:
            specialization = _fields.read_string(specialization, "specialization")

        position = _get("position", UNSET)
        if position is not UNSET:
            try:
                position = _models.GetUserAppointmentListResponse201ItemStaffPosition.from_dict(position)
            except _FieldError as _error:
                raise _error.within("position")

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

        comments_count = _get("comments_count", UNSET)
        if type(comments_count) is not float and type(comments_count) is not int and comments_count is not UNSET:
            comments_count = _fields.read_number(comments_count, "comments_count")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.name = name
        _model.specialization = specialization
        _model.position = position
        _model.show_rating = show_rating
        _model.rating = rating
        _model.votes_count = votes_count
        _model.avatar = avatar
        _model.comments_count = comments_count
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetUserAppointmentListResponse201ItemStaff:
            _fields.init_added_fields(_model, GetUserAppointmentListResponse201ItemStaff)
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
