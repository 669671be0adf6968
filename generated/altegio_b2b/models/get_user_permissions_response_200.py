from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..models.get_user_permissions_response_200_user_role import GetUserPermissionsResponse200UserRole
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_object_permission_value import ModelObjectPermissionValue


T = TypeVar("T", bound="GetUserPermissionsResponse200")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "user_role",
        "staff_id",
        "is_editable",
        "has_any_paid_permission",
        "user_permissions",
    }
)
_EXTRA = _fields.ANY
_KIND_user_role = _fields.EnumOf("GetUserPermissionsResponse200UserRole", _fields.STRING)
_KIND_user_permissions = _fields.ListOf(_fields.Model("ModelObjectPermissionValue"))


@_attrs_define
class GetUserPermissionsResponse200:
    """Data on the permissions and user role

    Example:
        {'is_editable': True, 'staff_id': 12345, 'user_role': 'owner', 'has_any_paid_permission': None,
            'user_permissions': [{'slug': 'timetable_access', 'value': True}, {'slug': 'timetable_position_id', 'value': 0},
            {'slug': 'auth_list_allowed_ip', 'value': ''}]}

    Attributes:
        user_role (GetUserPermissionsResponse200UserRole | Unset): Name of role
        staff_id (int | None | Unset): team member ID linked to user
        is_editable (bool | Unset): Are the permissions and role available for editing
        has_any_paid_permission (bool | None | Unset): Whether the user has at least one paid permission assigned
        user_permissions (list[ModelObjectPermissionValue] | Unset): List of user permissions values
    """

    user_role: GetUserPermissionsResponse200UserRole | Unset = UNSET
    staff_id: int | None | Unset = UNSET
    is_editable: bool | Unset = UNSET
    has_any_paid_permission: bool | None | Unset = UNSET
    user_permissions: list[ModelObjectPermissionValue] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        user_role = self.user_role
        if user_role is not UNSET:
            field_dict["user_role"] = _KIND_user_role.write_field(user_role, "user_role")

        staff_id = self.staff_id
        if type(staff_id) is not int and staff_id is not UNSET and staff_id is not None:
            staff_id = _fields.write_integer(staff_id, "staff_id")
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id

        is_editable = self.is_editable
        if type(is_editable) is not bool and is_editable is not UNSET:
            is_editable = _fields.write_boolean(is_editable, "is_editable")
        if is_editable is not UNSET:
            field_dict["is_editable"] = is_editable

        has_any_paid_permission = self.has_any_paid_permission
        if (
            type(has_any_paid_permission) is not bool
            and has_any_paid_permission is not UNSET
            and has_any_paid_permission is not None
        ):
            has_any_paid_permission = _fields.write_boolean(has_any_paid_permission, "has_any_paid_permission")
        if has_any_paid_permission is not UNSET:
            field_dict["has_any_paid_permission"] = has_any_paid_permission

        user_permissions = self.user_permissions
        if user_permissions is not UNSET:
            field_dict["user_permissions"] = _KIND_user_permissions.write_field(user_permissions, "user_permissions")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        user_role = _get("user_role", UNSET)
        if user_role is not UNSET:
            user_role = _KIND_user_role.read_field(user_role, "user_role")

        staff_id = _get("staff_id", UNSET)
        if type(staff_id) is not int and staff_id is not UNSET and staff_id is not None:
            staff_id = _fields.read_integer(staff_id, "staff_id")

        is_editable = _get("is_editable", UNSET)
        if type(is_editable) is not bool and is_editable is not UNSET:
            is_editable = _fields.read_boolean(is_editable, "is_editable")

        has_any_paid_permission = _get("has_any_paid_permission", UNSET)
        if (
            type(has_any_paid_permission) is not bool
            and has_any_paid_permission is not UNSET
            and has_any_paid_permission is not None
        ):
            has_any_paid_permission = _fields.read_boolean(has_any_paid_permission, "has_any_paid_permission")

        user_permissions = _get("user_permissions", UNSET)
        if user_permissions is not UNSET:
            user_permissions = _KIND_user_permissions.read_field(user_permissions, "user_permissions")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.user_role = user_role
        _model.staff_id = staff_id
        _model.is_editable = is_editable
        _model.has_any_paid_permission = has_any_paid_permission
        _model.user_permissions = user_permissions
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetUserPermissionsResponse200:
            _fields.init_added_fields(_model, GetUserPermissionsResponse200)
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
