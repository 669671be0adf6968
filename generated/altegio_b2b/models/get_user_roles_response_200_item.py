from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_user_roles_response_200_item_slug import GetUserRolesResponse200ItemSlug
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_object_permission_with_nested_permissions import ModelObjectPermissionWithNestedPermissions


T = TypeVar("T", bound="GetUserRolesResponse200Item")


@_attrs_define
class GetUserRolesResponse200Item:
    """Data on the user role

    Example:
        {'slug': 'staff_member', 'title': 'team member', 'description': 'Provides services', 'weight': 1,
            'user_permissions': [{'slug': 'timetable_access', 'title': 'Appointment calendar', 'hint': '', 'is_recommended':
            True, 'is_editable': True, 'default_value': True, 'entity_name': None, 'children': [{'slug':
            'timetable_position_id', 'title': 'View the schedule and post records', 'hint': '', 'is_recommended': True,
            'is_editable': True, 'default_value': None, 'entity_name': 'position', 'children': None, 'options': [{'title':
            'All positions', 'value': 0, 'is_disabled': False}, {'title': 'Administrator', 'value': 1234, 'is_disabled':
            False}], 'type': {'slug': 'allowed_id', 'all_access_value': '0', 'no_access_value': '0'}}], 'options': None,
            'type': {'slug': 'has_group_access', 'all_access_value': True, 'no_access_value': False}}]}

    Attributes:
        slug (GetUserRolesResponse200ItemSlug | Unset): Name of the role
        title (str | Unset): Title of the role
        description (str | Unset): Description of the role
        weight (float | Unset): Role weight which determines the number of available permissions
        user_permissions (list[ModelObjectPermissionWithNestedPermissions] | None | Unset): List of permissions for this
            role
            Returned in response only if corresponding `include` is present in request.
    """

    slug: GetUserRolesResponse200ItemSlug | Unset = UNSET
    title: str | Unset = UNSET
    description: str | Unset = UNSET
    weight: float | Unset = UNSET
    user_permissions: list[ModelObjectPermissionWithNestedPermissions] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        slug: str | Unset = UNSET
        if not isinstance(self.slug, Unset):
            slug = self.slug.value

        title = self.title

        description = self.description

        weight = self.weight

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if slug is not UNSET:
            field_dict["slug"] = slug
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if weight is not UNSET:
            field_dict["weight"] = weight
        if user_permissions is not UNSET:
            field_dict["user_permissions"] = user_permissions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.model_object_permission_with_nested_permissions import ModelObjectPermissionWithNestedPermissions  # noqa: PLC0415

        d = dict(src_dict)
        _slug = d.pop("slug", UNSET)
        slug: GetUserRolesResponse200ItemSlug | Unset
        if isinstance(_slug, Unset):
            slug = UNSET
        else:
            slug = GetUserRolesResponse200ItemSlug(_slug)

        title = d.pop("title", UNSET)

        description = d.pop("description", UNSET)

        weight = d.pop("weight", UNSET)

        def _parse_user_permissions(data: object) -> list[ModelObjectPermissionWithNestedPermissions] | None | Unset:
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
                    user_permissions_type_0_item = ModelObjectPermissionWithNestedPermissions.from_dict(
                        user_permissions_type_0_item_data
                    )

                    user_permissions_type_0.append(user_permissions_type_0_item)

                return user_permissions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ModelObjectPermissionWithNestedPermissions] | None | Unset, data)

        user_permissions = _parse_user_permissions(d.pop("user_permissions", UNSET))

        _model = cls(
            slug=slug,
            title=title,
            description=description,
            weight=weight,
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
