from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..models.get_user_roles_response_200_item_slug import GetUserRolesResponse200ItemSlug
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_object_permission_with_nested_permissions import ModelObjectPermissionWithNestedPermissions


T = TypeVar("T", bound="GetUserRolesResponse200Item")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "slug",
        "title",
        "description",
        "weight",
        "user_permissions",
    }
)
_EXTRA = _fields.ANY
_KIND_slug = _fields.EnumOf("GetUserRolesResponse200ItemSlug", _fields.STRING)
_KIND_user_permissions = _fields.OneOf(
    _fields.ListOf(_fields.Model("ModelObjectPermissionWithNestedPermissions")),
    _fields.NULL,
)


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
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        slug = self.slug
        if slug is not UNSET:
            field_dict["slug"] = _KIND_slug.write_field(slug, "slug")

        title = self.title
        if type(title) is not str and title is not UNSET:
            title = _fields.write_string(title, "title")
        if title is not UNSET:
            field_dict["title"] = title

        description = self.description
        if type(description) is not str and description is not UNSET:
            description = _fields.write_string(description, "description")
        if description is not UNSET:
            field_dict["description"] = description

        weight = self.weight
        if weight is not UNSET:
            field_dict["weight"] = _fields.write_number(weight, "weight")

        user_permissions = self.user_permissions
        if user_permissions is not UNSET:
            field_dict["user_permissions"] = _KIND_user_permissions.write_field(user_permissions, "user_permissions")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        slug = _get("slug", UNSET)
        if slug is not UNSET:
            slug = _KIND_slug.read_field(slug, "slug")

        title = _get("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = _fields.read_string(title, "title")

        description = _get("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = _fields.read_string(description, "description")

        weight = _get("weight", UNSET)
        if type(weight) is not float and type(weight) is not int and weight is not UNSET:
            weight = _fields.read_number(weight, "weight")

        user_permissions = _get("user_permissions", UNSET)
        if user_permissions is not UNSET:
            user_permissions = _KIND_user_permissions.read_field(user_permissions, "user_permissions")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.slug = slug
        _model.title = title
        _model.description = description
        _model.weight = weight
        _model.user_permissions = user_permissions
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetUserRolesResponse200Item:
            _fields.init_added_fields(_model, GetUserRolesResponse200Item)
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
