from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_user_permissions_response_200_user_role import GetUserPermissionsResponse200UserRole
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_object_permission_value import ModelObjectPermissionValue


T = TypeVar("T", bound="GetUserPermissionsResponse200")


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
        user_role: str | Unset = UNSET
        if not isinstance(self.user_role, Unset):
            user_role = self.user_role.value

        staff_id: int | None | Unset
        if isinstance(self.staff_id, Unset):
            staff_id = UNSET
        else:
            staff_id = self.staff_id

        is_editable = self.is_editable

        has_any_paid_permission: bool | None | Unset
        if isinstance(self.has_any_paid_permission, Unset):
            has_any_paid_permission = UNSET
        else:
            has_any_paid_permission = self.has_any_paid_permission

        user_permissions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.user_permissions, Unset):
            user_permissions = []
            for user_permissions_item_data in self.user_permissions:
                user_permissions_item = user_permissions_item_data.to_dict()
                user_permissions.append(user_permissions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_role is not UNSET:
            field_dict["user_role"] = user_role
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id
        if is_editable is not UNSET:
            field_dict["is_editable"] = is_editable
        if has_any_paid_permission is not UNSET:
            field_dict["has_any_paid_permission"] = has_any_paid_permission
        if user_permissions is not UNSET:
            field_dict["user_permissions"] = user_permissions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.model_object_permission_value import ModelObjectPermissionValue  # noqa: PLC0415

        d = dict(src_dict)
        _user_role = d.pop("user_role", UNSET)
        user_role: GetUserPermissionsResponse200UserRole | Unset
        if isinstance(_user_role, Unset):
            user_role = UNSET
        else:
            user_role = GetUserPermissionsResponse200UserRole(_user_role)

        def _parse_staff_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        staff_id = _parse_staff_id(d.pop("staff_id", UNSET))

        is_editable = d.pop("is_editable", UNSET)

        def _parse_has_any_paid_permission(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        has_any_paid_permission = _parse_has_any_paid_permission(d.pop("has_any_paid_permission", UNSET))

        _user_permissions = d.pop("user_permissions", UNSET)
        user_permissions: list[ModelObjectPermissionValue] | Unset = UNSET
        if _user_permissions is not UNSET:
            user_permissions = []
            for user_permissions_item_data in _user_permissions:
                user_permissions_item = ModelObjectPermissionValue.from_dict(user_permissions_item_data)

                user_permissions.append(user_permissions_item)

        _model = cls(
            user_role=user_role,
            staff_id=staff_id,
            is_editable=is_editable,
            has_any_paid_permission=has_any_paid_permission,
            user_permissions=user_permissions,
        )

        _model.additional_properties = d
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
