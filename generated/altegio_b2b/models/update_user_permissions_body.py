from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..models.update_user_permissions_body_user_role import UpdateUserPermissionsBodyUserRole
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_object_permission_value import ModelObjectPermissionValue


T = TypeVar("T", bound="UpdateUserPermissionsBody")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "user_role",
        "user_permissions",
        "staff_id",
    }
)
_EXTRA = _fields.ANY
_KIND_user_role = _fields.EnumOf("UpdateUserPermissionsBodyUserRole", _fields.STRING)
_KIND_user_permissions = _fields.ListOf(_fields.Model("ModelObjectPermissionValue"))


@_attrs_define
class UpdateUserPermissionsBody:
    """
    Attributes:
        user_role (UpdateUserPermissionsBodyUserRole | Unset): Name of role
        user_permissions (list[ModelObjectPermissionValue] | Unset): List of user permissions values
        staff_id (int | Unset): team member ID attached to user
    """

    user_role: UpdateUserPermissionsBodyUserRole | Unset = UNSET
    user_permissions: list[ModelObjectPermissionValue] | Unset = UNSET
    staff_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        user_role = self.user_role
        if user_role is not UNSET:
            field_dict["user_role"] = _KIND_user_role.write_field(user_role, "user_role")

        user_permissions = self.user_permissions
        if user_permissions is not UNSET:
            field_dict["user_permissions"] = _KIND_user_permissions.write_field(user_permissions, "user_permissions")

        staff_id = self.staff_id
        if type(staff_id) is not int and staff_id is not UNSET:
            staff_id = _fields.write_integer(staff_id, "staff_id")
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        user_role = _get("user_role", UNSET)
        if user_role is not UNSET:
            user_role = _KIND_user_role.read_field(user_role, "user_role")

        user_permissions = _get("user_permissions", UNSET)
        if user_permissions is not UNSET:
            user_permissions = _KIND_user_permissions.read_field(user_permissions, "user_permissions")

        staff_id = _get("staff_id", UNSET)
        if type(staff_id) is not int and staff_id is not UNSET:
            staff_id = _fields.read_integer(staff_id, "staff_id")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.user_role = user_role
        _model.user_permissions = user_permissions
        _model.staff_id = staff_id
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not UpdateUserPermissionsBody:
            _fields.init_added_fields(_model, UpdateUserPermissionsBody)
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
