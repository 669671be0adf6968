from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_user_invitation_body_invites_item_user_role import CreateUserInvitationBodyInvitesItemUserRole
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_object_permission_value import ModelObjectPermissionValue


T = TypeVar("T", bound="CreateUserInvitationBodyInvitesItem")


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
        name = self.name

        search = self.search

        position: None | str | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        else:
            position = self.position

        user_role: str | Unset = UNSET
        if not isinstance(self.user_role, Unset):
            user_role = self.user_role.value

        user_permissions: list[dict[str, Any]] | None | Unset
        if isinstance(self.user_permissions, Unset):
            user_permissions = UNSET
        elif isinstance(self.user_permissions, list):
            user_permissions = []
            for user_permissions_type_0_item_data in self.user_permissions:
                user_permissions_type_0_item = user_permissions_type_0_item_data.to_dict()
                user_permissions.append(user_permissions_type_0_item)

        else:
            user_permissions = self.user_permissions

        staff_id: int | None | Unset
        if isinstance(self.staff_id, Unset):
            staff_id = UNSET
        else:
            staff_id = self.staff_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if search is not UNSET:
            field_dict["search"] = search
        if position is not UNSET:
            field_dict["position"] = position
        if user_role is not UNSET:
            field_dict["user_role"] = user_role
        if user_permissions is not UNSET:
            field_dict["user_permissions"] = user_permissions
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.model_object_permission_value import ModelObjectPermissionValue  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        search = d.pop("search", UNSET)

        def _parse_position(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        position = _parse_position(d.pop("position", UNSET))

        _user_role = d.pop("user_role", UNSET)
        user_role: CreateUserInvitationBodyInvitesItemUserRole | Unset
        if isinstance(_user_role, Unset):
            user_role = UNSET
        else:
            user_role = CreateUserInvitationBodyInvitesItemUserRole(_user_role)

        def _parse_user_permissions(data: object) -> list[ModelObjectPermissionValue] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                user_permissions_type_0 = []
                _user_permissions_type_0 = data
                for user_permissions_type_0_item_data in _user_permissions_type_0:
                    user_permissions_type_0_item = ModelObjectPermissionValue.from_dict(
                        user_permissions_type_0_item_data
                    )

                    user_permissions_type_0.append(user_permissions_type_0_item)

                return user_permissions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ModelObjectPermissionValue] | None | Unset, data)

        user_permissions = _parse_user_permissions(d.pop("user_permissions", UNSET))

        def _parse_staff_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        staff_id = _parse_staff_id(d.pop("staff_id", UNSET))

        _model = cls(
            name=name,
            search=search,
            position=position,
            user_role=user_role,
            user_permissions=user_permissions,
            staff_id=staff_id,
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
