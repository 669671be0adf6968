from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.deprecated_create_team_member_response_201_position_type_0 import (
        DeprecatedCreateTeamMemberResponse201PositionType0,
    )


T = TypeVar("T", bound="DeprecatedCreateTeamMemberResponse201")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "company_id",
        "specialization",
        "position",
        "avatar",
        "avatar_big",
        "fired",
        "status",
        "hidden",
        "user_id",
        "is_paid_staff",
        "is_included_in_payment_policy",
    }
)
_EXTRA = _fields.ANY
_KIND_position = _fields.OneOf(
    _fields.Model("DeprecatedCreateTeamMemberResponse201PositionType0"),
    _fields.ListOf(_fields.ANY),
    _fields.NULL,
)


@_attrs_define
class DeprecatedCreateTeamMemberResponse201:
    """Team member data object

    Attributes:
        id (int | Unset): team member ID
        name (str | Unset): team member name
        company_id (int | Unset): location ID
        specialization (str | Unset): team member specialization
        position (DeprecatedCreateTeamMemberResponse201PositionType0 | list[Any] | None | Unset): Team member's position
            (object when assigned, null or empty array when unassigned)
        avatar (str | Unset): Path to team member avatar file
        avatar_big (str | Unset): The path to the team member's avatar file in a higher resolution
        fired (float | Unset): Whether the team member was fired, 1 - fired, 0 - not fired
        status (float | Unset): Is the team member removed, 1 - removed, 0 - not removed
        hidden (float | Unset): Whether the team member is hidden for online appointment, 1 - hidden, 0 - not hidden
        user_id (int | None | Unset): team member's linked user ID
        is_paid_staff (bool | Unset): Whether the team member is a paid staff member counted in license price
        is_included_in_payment_policy (bool | Unset): Whether the team member is included in the location''s active
            payment policy scope.

            Always returned. Defaults to `true` when the `payment_policy` feature is disabled for the location or no active
            payment policy exists.
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    company_id: int | Unset = UNSET
    specialization: str | Unset = UNSET
    position: DeprecatedCreateTeamMemberResponse201PositionType0 | list[Any] | None | Unset = UNSET
    avatar: str | Unset = UNSET
    avatar_big: str | Unset = UNSET
    fired: float | Unset = UNSET
    status: float | Unset = UNSET
    hidden: float | Unset = UNSET
    user_id: int | None | Unset = UNSET
    is_paid_staff: bool | Unset = UNSET
    is_included_in_payment_policy: bool | Unset = UNSET
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

        company_id = self.company_id
        if type(company_id) is not int and company_id is not UNSET:
            company_id = _fields.write_integer(company_id, "company_id")
        if company_id is not UNSET:
            field_dict["company_id"] = company_id

        specialization = self.specialization
        if type(specialization) is not str and specialization is not UNSET:
            specialization = _fields.write_string(specialization, "specialization")
        if specialization is not UNSET:
            field_dict["specialization"] = specialization

        position = self.position
        if position is not UNSET:
            field_dict["position"] = _KIND_position.write_field(position, "position")

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

        fired = self.fired
        if fired is not UNSET:
            field_dict["fired"] = _fields.write_number(fired, "fired")

        status = self.status
        if status is not UNSET:
            field_dict["status"] = _fields.write_number(status, "status")

        hidden = self.hidden
        if hidden is not UNSET:
            field_dict["hidden"] = _fields.write_number(hidden, "hidden")

        user_id = self.user_id
        if type(user_id) is not int and user_id is not UNSET and user_id is not None:
            user_id = _fields.write_integer(user_id, "user_id")
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        is_paid_staff = self.is_paid_staff
        if type(is_paid_staff) is not bool and is_paid_staff is not UNSET:
            is_paid_staff = _fields.write_boolean(is_paid_staff, "is_paid_staff")
        if is_paid_staff is not UNSET:
            field_dict["is_paid_staff"] = is_paid_staff

        is_included_in_payment_policy = self.is_included_in_payment_policy
        if type(is_included_in_payment_policy) is not bool and is_included_in_payment_policy is not UNSET:
            is_included_in_payment_policy = _fields.write_boolean(
                is_included_in_payment_policy, "is_included_in_payment_policy"
            )
        if is_included_in_payment_policy is not UNSET:
            field_dict["is_included_in_payment_policy"] = is_included_in_payment_policy

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

        company_id = _get("company_id", UNSET)
        if type(company_id) is not int and company_id is not UNSET:
            company_id = _fields.read_integer(company_id, "company_id")

        specialization = _get("specialization", UNSET)
        if type(specialization) is not str and specialization is not UNSET:
            specialization = _fields.read_string(specialization, "specialization")

        position = _get("position", UNSET)
        if position is not UNSET:
            position = _KIND_position.read_field(position, "position")

        avatar = _get("avatar", UNSET)
        if type(avatar) is not str and avatar is not UNSET:
            avatar = _fields.read_string(avatar, "avatar")

        avatar_big = _get("avatar_big", UNSET)
        if type(avatar_big) is not str and avatar_big is not UNSET:
            avatar_big = _fields.read_string(avatar_big, "avatar_big")

        fired = _get("fired", UNSET)
        if type(fired) is not float and type(fired) is not int and fired is not UNSET:
            fired = _fields.read_number(fired, "fired")

        status = _get("status", UNSET)
        if type(status) is not float and type(status) is not int and status is not UNSET:
            status = _fields.read_number(status, "status")

        hidden = _get("hidden", UNSET)
        if type(hidden) is not float and type(hidden) is not int and hidden is not UNSET:
            hidden = _fields.read_number(hidden, "hidden")

        user_id = _get("user_id", UNSET)
        if type(user_id) is not int and user_id is not UNSET and user_id is not None:
            user_id = _fields.read_integer(user_id, "user_id")

        is_paid_staff = _get("is_paid_staff", UNSET)
        if type(is_paid_staff) is not bool and is_paid_staff is not UNSET:
            is_paid_staff = _fields.read_boolean(is_paid_staff, "is_paid_staff")

        is_included_in_payment_policy = _get("is_included_in_payment_policy", UNSET)
        if type(is_included_in_payment_policy) is not bool and is_included_in_payment_policy is not UNSET:
            is_included_in_payment_policy = _fields.read_boolean(
                is_included_in_payment_policy, "is_included_in_payment_policy"
            )

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.name = name
        _model.company_id = company_id
        _model.specialization = specialization
        _model.position = position
        _model.avatar = avatar
        _model.avatar_big = avatar_big
        _model.fired = fired
        _model.status = status
        _model.hidden = hidden
        _model.user_id = user_id
        _model.is_paid_staff = is_paid_staff
        _model.is_included_in_payment_policy = is_included_in_payment_policy
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not DeprecatedCreateTeamMemberResponse201:
            _fields.init_added_fields(_model, DeprecatedCreateTeamMemberResponse201)
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
