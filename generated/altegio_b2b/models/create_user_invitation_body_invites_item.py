from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..models.create_user_invitation_body_invites_item_user_role import CreateUserInvitationBodyInvitesItemUserRole
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_object_permission_value import ModelObjectPermissionValue


T = TypeVar("T", bound="CreateUserInvitationBodyInvitesItem")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "name",
        "search",
        "position",
        "user_role",
        "user_permissions",
        "staff_id",
    }
)
_EXTRA = _fields.ANY
_KIND_user_role = _fields.EnumOf("CreateUserInvitationBodyInvitesItemUserRole", _fields.STRING)
_KIND_user_permissions = _fields.OneOf(
    _fields.ListOf(_fields.Model("ModelObjectPermissionValue")),
    _fields.NULL,
)


@_attrs_define
class CreateUserInvitationBodyInvitesItem:
    """
    Attributes:
        name (str | Unset): User name Example: Olivia.
        search (str | Unset): Phone number or email address of the user Example: mail@gmail.com.
        position (None | str | Unset): Position Example: Administrator.
        user_role (CreateUserInvitationBodyInvitesItemUserRole | Unset): Role name Example: administrator.
        user_permissions (list[ModelObjectPermissionValue] | None | Unset): List of user permissions
        staff_id (int | None | Unset): team member ID bound to user Example: 12.
    """

    name: str | Unset = UNSET
    search: str | Unset = UNSET
    position: None | str | Unset = UNSET
    user_role: CreateUserInvitationBodyInvitesItemUserRole | Unset = UNSET
    user_permissions: list[ModelObjectPermissionValue] | None | Unset = UNSET
    staff_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        name = self.name
        if type(name) is not str and name is not UNSET:
            name = _fields.write_string(name, "name")
        if name is not UNSET:
            field_dict["name"] = name

        search = self.search
        if type(search) is not str and search is not UNSET:
            search = _fields.write_string(search, "search")
        if search is not UNSET:
            field_dict["search"] = search

        position = self.position
        if type(position) is not str and position is not UNSET and position is not None:
            position = _fields.write_string(position, "position")
        if position is not UNSET:
            field_dict["position"] = position

        user_role = self.user_role
        if user_role is not UNSET:
            field_dict["user_role"] = _KIND_user_role.write_field(user_role, "user_role")

        user_permissions = self.user_permissions
        if user_permissions is not UNSET:
            field_dict["user_permissions"] = _KIND_user_permissions.write_field(user_permissions, "user_permissions")

        staff_id = self.staff_id
        if type(staff_id) is not int and staff_id is not UNSET and staff_id is not None:
            staff_id = _fields.write_integer(staff_id, "staff_id")
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        name = _get("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = _fields.read_string(name, "name")

        search = _get("search", UNSET)
        if type(search) is not str and search is not UNSET:
            search = _fields.read_string(search, "search")

        position = _get("position", UNSET)
        if type(position) is not str and position is not UNSET and position is not None:
            position = _fields.read_string(position, "position")

        user_role = _get("user_role", UNSET)
        if user_role is not UNSET:
            user_role = _KIND_user_role.read_field(user_role, "user_role")

        user_permissions = _get("user_permissions", UNSET)
        if user_permissions is not UNSET:
            user_permissions = _KIND_user_permissions.read_field(user_permissions, "user_permissions")

        staff_id = _get("staff_id", UNSET)
        if type(staff_id) is not int and staff_id is not UNSET and staff_id is not None:
            staff_id = _fields.read_integer(staff_id, "staff_id")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.name = name
        _model.search = search
        _model.position = position
        _model.user_role = user_role
        _model.user_permissions = user_permissions
        _model.staff_id = staff_id
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not CreateUserInvitationBodyInvitesItem:
            _fields.init_added_fields(_model, CreateUserInvitationBodyInvitesItem)
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
