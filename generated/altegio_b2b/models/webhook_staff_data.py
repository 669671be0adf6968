from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._runtime import fields as _fields
from .._runtime.errors import FieldError as _FieldError
from ..models.webhook_staff_data_fired import WebhookStaffDataFired
from ..models.webhook_staff_data_hidden import WebhookStaffDataHidden
from ..models.webhook_staff_data_show_rating import WebhookStaffDataShowRating
from ..models.webhook_staff_data_status import WebhookStaffDataStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_staff_data_image_group import WebhookStaffDataImageGroup
    from ..models.webhook_staff_data_position import WebhookStaffDataPosition
    from ..models.webhook_staff_data_user_type_0 import WebhookStaffDataUserType0


T = TypeVar("T", bound="WebhookStaffData")
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
        "avatar",
        "avatar_big",
        "comments_count",
        "weight",
        "information",
        "hidden",
        "fired",
        "status",
        "position_id",
        "schedule_till",
        "image_group",
        "prepaid",
        "user_id",
        "user",
        "has_access_timetable",
        "is_paid_staff",
    }
)
_EXTRA = _fields.ANY
_KIND_show_rating = _fields.EnumOf("WebhookStaffDataShowRating", _fields.INTEGER)
_KIND_hidden = _fields.EnumOf("WebhookStaffDataHidden", _fields.INTEGER)
_KIND_fired = _fields.EnumOf("WebhookStaffDataFired", _fields.INTEGER)
_KIND_status = _fields.EnumOf("WebhookStaffDataStatus", _fields.INTEGER)
_KIND_user = _fields.OneOf(
    _fields.Model("WebhookStaffDataUserType0"),
    _fields.NULL,
)


@_attrs_define
class WebhookStaffData:
    """Team member data sent in webhook notifications. Matches the output of the team member detail API.

    Attributes:
        id (int | Unset): Team member ID.
        api_id (str | Unset):
        name (str | Unset): Full name.
        specialization (str | Unset):
        position (WebhookStaffDataPosition | Unset): Position details.
        show_rating (WebhookStaffDataShowRating | Unset):
        rating (float | Unset):
        votes_count (int | Unset):
        avatar (str | Unset): Avatar thumbnail URL.
        avatar_big (str | Unset): Full-size avatar URL.
        comments_count (int | Unset):
        weight (int | Unset): Sort order.
        information (str | Unset): HTML biography.
        hidden (WebhookStaffDataHidden | Unset):
        fired (WebhookStaffDataFired | Unset): 1 — dismissed, 0 — active.
        status (WebhookStaffDataStatus | Unset):
        position_id (int | Unset):
        schedule_till (str | Unset): Schedule end date.
        image_group (WebhookStaffDataImageGroup | Unset): Image group data.
        prepaid (str | Unset): Prepaid slug.
        user_id (int | None | Unset):
        user (None | Unset | WebhookStaffDataUserType0):
        has_access_timetable (bool | Unset):
        is_paid_staff (bool | Unset):
    """

    id: int | Unset = UNSET
    api_id: str | Unset = UNSET
    name: str | Unset = UNSET
    specialization: str | Unset = UNSET
    position: WebhookStaffDataPosition | Unset = UNSET
    show_rating: WebhookStaffDataShowRating | Unset = UNSET
    rating: float | Unset = UNSET
    votes_count: int | Unset = UNSET
    avatar: str | Unset = UNSET
    avatar_big: str | Unset = UNSET
    comments_count: int | Unset = UNSET
    weight: int | Unset = UNSET
    information: str | Unset = UNSET
    hidden: WebhookStaffDataHidden | Unset = UNSET
    fired: WebhookStaffDataFired | Unset = UNSET
    status: WebhookStaffDataStatus | Unset = UNSET
    position_id: int | Unset = UNSET
    schedule_till: str | Unset = UNSET
    image_group: WebhookStaffDataImageGroup | Unset = UNSET
    prepaid: str | Unset = UNSET
    user_id: int | None | Unset = UNSET
    user: None | Unset | WebhookStaffDataUserType0 = UNSET
    has_access_timetable: bool | Unset = UNSET
    is_paid_staff: bool | Unset = UNSET
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
            field_dict["position"] = _fields.write_model(position, _models.WebhookStaffDataPosition, "position")

        show_rating = self.show_rating
        if show_rating is not UNSET:
            field_dict["show_rating"] = _KIND_show_rating.write_field(show_rating, "show_rating")

        rating = self.rating
        if rating is not UNSET:
            field_dict["rating"] = _fields.write_number(rating, "rating")

        votes_count = self.votes_count
        if type(votes_count) is not int and votes_count is not UNSET:
            votes_count = _fields.write_integer(votes_count, "votes_count")
        if votes_count is not UNSET:
            field_dict["votes_count"] = votes_count

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

        hidden = self.hidden
        if hidden is not UNSET:
            field_dict["hidden"] = _KIND_hidden.write_field(hidden, "hidden")

        fired = self.fired
        if fired is not UNSET:
            field_dict["fired"] = _KIND_fired.write_field(fired, "fired")

        status = self.status
        if status is not UNSET:
            field_dict["status"] = _KIND_status.write_field(status, "status")

        position_id = self.position_id
        if type(position_id) is not int and position_id is not UNSET:
            position_id = _fields.write_integer(position_id, "position_id")
        if position_id is not UNSET:
            field_dict["position_id"] = position_id

        schedule_till = self.schedule_till
        if type(schedule_till) is not str and schedule_till is not UNSET:
            schedule_till = _fields.write_string(schedule_till, "schedule_till")
        if schedule_till is not UNSET:
            field_dict["schedule_till"] = schedule_till

        image_group = self.image_group
        if image_group is not UNSET:
            field_dict["image_group"] = _fields.write_model(
                image_group, _models.WebhookStaffDataImageGroup, "image_group"
            )

        prepaid = self.prepaid
        if type(prepaid) is not str and prepaid is not UNSET:
            prepaid = _fields.write_string(prepaid, "prepaid")
        if prepaid is not UNSET:
            field_dict["prepaid"] = prepaid

        user_id = self.user_id
        if type(user_id) is not int and user_id is not UNSET and user_id is not None:
            user_id = _fields.write_integer(user_id, "user_id")
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        user = self.user
        if user is not UNSET:
            field_dict["user"] = _KIND_user.write_field(user, "user")

        has_access_timetable = self.has_access_timetable
        if type(has_access_timetable) is not bool and has_access_timetable is not UNSET:
            has_access_timetable = _fields.write_boolean(has_access_timetable, "has_access_timetable")
        if has_access_timetable is not UNSET:
            field_dict["has_access_timetable"] = has_access_timetable

        is_paid_staff = self.is_paid_staff
        if type(is_paid_staff) is not bool and is_paid_staff is not UNSET:
            is_paid_staff = _fields.write_boolean(is_paid_staff, "is_paid_staff")
        if is_paid_staff is not UNSET:
            field_dict["is_paid_staff"] = is_paid_staff

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
            try:
                position = _models.WebhookStaffDataPosition.from_dict(position)
            except _FieldError as _error:
                raise _error.within("position")

        show_rating = _get("show_rating", UNSET)
        if show_rating is not UNSET:
            show_rating = _KIND_show_rating.read_field(show_rating, "show_rating")

        rating = _get("rating", UNSET)
        if type(rating) is not float and type(rating) is not int and rating is not UNSET:
            rating = _fields.read_number(rating, "rating")

        votes_count = _get("votes_count", UNSET)
        if type(votes_count) is not int and votes_count is not UNSET:
            votes_count = _fields.read_integer(votes_count, "votes_count")

        avatar = _get("avatar", UNSET)
        if type(avatar) is not str and avatar is not UNSET:
            avatar = _fields.read_string(avatar, "avatar")

        avatar_big = _get("avatar_big", UNSET)
        if type(avatar_big) is not str and avatar_big is not UNSET:
            avatar_big = _fields.read_string(avatar_big, "avatar_big")

        comments_count = _get("comments_count", UNSET)
        if type(comments_count) is not int and comments_count is not UNSET:
            comments_count = _fields.read_integer(comments_count, "comments_count")

        weight = _get("weight", UNSET)
        if type(weight) is not int and weight is not UNSET:
            weight = _fields.read_integer(weight, "weight")

        information = _get("information", UNSET)
        if type(information) is not str and information is not UNSET:
            information = _fields.read_string(information, "information")

        hidden = _get("hidden", UNSET)
        if hidden is not UNSET:
            hidden = _KIND_hidden.read_field(hidden, "hidden")

        fired = _get("fired", UNSET)
        if fired is not UNSET:
            fired = _KIND_fired.read_field(fired, "fired")

        status = _get("status", UNSET)
        if status is not UNSET:
            status = _KIND_status.read_field(status, "status")

        position_id = _get("position_id", UNSET)
        if type(position_id) is not int and position_id is not UNSET:
            position_id = _fields.read_integer(position_id, "position_id")

        schedule_till = _get("schedule_till", UNSET)
        if type(schedule_till) is not str and schedule_till is not UNSET:
            schedule_till = _fields.read_string(schedule_till, "schedule_till")

        image_group = _get("image_group", UNSET)
        if image_group is not UNSET:
            try:
                image_group = _models.WebhookStaffDataImageGroup.from_dict(image_group)
            except _FieldError as _error:
                raise _error.within("image_group")

        prepaid = _get("prepaid", UNSET)
        if type(prepaid) is not str and prepaid is not UNSET:
            prepaid = _fields.read_string(prepaid, "prepaid")

        user_id = _get("user_id", UNSET)
        if type(user_id) is not int and user_id is not UNSET and user_id is not None:
            user_id = _fields.read_integer(user_id, "user_id")

        user = _get("user", UNSET)
        if user is not UNSET and user is not None:
            try:
                user = _models.WebhookStaffDataUserType0.from_dict(user)
            except _FieldError as _error:
                raise _error.within("user")

        has_access_timetable = _get("has_access_timetable", UNSET)
        if type(has_access_timetable) is not bool and has_access_timetable is not UNSET:
            has_access_timetable = _fields.read_boolean(has_access_timetable, "has_access_timetable")

        is_paid_staff = _get("is_paid_staff", UNSET)
        if type(is_paid_staff) is not bool and is_paid_staff is not UNSET:
            is_paid_staff = _fields.read_boolean(is_paid_staff, "is_paid_staff")

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
        _model.avatar = avatar
        _model.avatar_big = avatar_big
        _model.comments_count = comments_count
        _model.weight = weight
        _model.information = information
        _model.hidden = hidden
        _model.fired = fired
        _model.status = status
        _model.position_id = position_id
        _model.schedule_till = schedule_till
        _model.image_group = image_group
        _model.prepaid = prepaid
        _model.user_id = user_id
        _model.user = user
        _model.has_access_timetable = has_access_timetable
        _model.is_paid_staff = is_paid_staff
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not WebhookStaffData:
            _fields.init_added_fields(_model, WebhookStaffData)
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
