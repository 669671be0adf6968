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
    from ..models.enable_team_member_tips_response_200_item_staff_employee import (
        EnableTeamMemberTipsResponse200ItemStaffEmployee,
    )
    from ..models.enable_team_member_tips_response_200_item_staff_position import (
        EnableTeamMemberTipsResponse200ItemStaffPosition,
    )
    from ..models.enable_team_member_tips_response_200_item_staff_user import (
        EnableTeamMemberTipsResponse200ItemStaffUser,
    )


T = TypeVar("T", bound="EnableTeamMemberTipsResponse200ItemStaff")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "specialization",
        "avatar",
        "employee",
        "user",
        "position",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class EnableTeamMemberTipsResponse200ItemStaff:
    """Team Member

    Attributes:
        id (int | Unset): team member ID
        name (str | Unset): Team Member name
        specialization (str | Unset): Specialization
        avatar (str | Unset): Path to team member profile picture
        employee (EnableTeamMemberTipsResponse200ItemStaffEmployee | Unset): team member
        user (EnableTeamMemberTipsResponse200ItemStaffUser | Unset): User
        position (EnableTeamMemberTipsResponse200ItemStaffPosition | Unset): Position
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    specialization: str | Unset = UNSET
    avatar: str | Unset = UNSET
    employee: EnableTeamMemberTipsResponse200ItemStaffEmployee | Unset = UNSET
    user: EnableTeamMemberTipsResponse200ItemStaffUser | Unset = UNSET
    position: EnableTeamMemberTipsResponse200ItemStaffPosition | Unset = UNSET
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

        avatar = self.avatar
        if type(avatar) is not str and avatar is not UNSET:
            avatar = _fields.write_string(avatar, "avatar")
        if avatar is not UNSET:
            field_dict["avatar"] = avatar

        employee = self.employee
        if employee is not UNSET:
            field_dict["employee"] = _fields.write_model(
                employee, _models.EnableTeamMemberTipsResponse200ItemStaffEmployee, "employee"
            )

        user = self.user
        if user is not UNSET:
            field_dict["user"] = _fields.write_model(user, _models.EnableTeamMemberTipsResponse200ItemStaffUser, "user")

        position = self.position
        if position is not UNSET:
            field_dict["position"] = _fields.write_model(
                position, _models.EnableTeamMemberTipsResponse200ItemStaffPosition, "position"
            )

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

        avatar = _get("avatar", UNSET)
        if type(avatar) is not str and avatar is not UNSET:
            avatar = _fields.read_string(avatar, "avatar")

        employee = _get("employee", UNSET)
        if employee is not UNSET:
            try:
                employee = _models.EnableTeamMemberTipsResponse200ItemStaffEmployee.from_dict(employee)
            except _FieldError as _error:
                raise _error.within("employee")

        user = _get("user", UNSET)
        if user is not UNSET:
            try:
                user = _models.EnableTeamMemberTipsResponse200ItemStaffUser.from_dict(user)
            except _FieldError as _error:
                raise _error.within("user")

        position = _get("position", UNSET)
        if position is not UNSET:
            try:
                position = _models.EnableTeamMemberTipsResponse200ItemStaffPosition.from_dict(position)
            except _FieldError as _error:
                raise _error.within("position")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.name = name
        _model.specialization = specialization
        _model.avatar = avatar
        _model.employee = employee
        _model.user = user
        _model.position = position
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not EnableTeamMemberTipsResponse200ItemStaff:
            _fields.init_added_fields(_model, EnableTeamMemberTipsResponse200ItemStaff)
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
