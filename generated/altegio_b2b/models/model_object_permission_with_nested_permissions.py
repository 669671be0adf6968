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
    from ..models.model_object_permission_option import ModelObjectPermissionOption
    from ..models.model_object_permission_type import ModelObjectPermissionType
    from ..models.model_object_permission_with_nested_permissions_children_type_0_item import (
        ModelObjectPermissionWithNestedPermissionsChildrenType0Item,
    )


T = TypeVar("T", bound="ModelObjectPermissionWithNestedPermissions")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "slug",
        "title",
        "type",
        "options",
        "hint",
        "is_recommended",
        "is_editable",
        "default_value",
        "entity_name",
        "is_paid",
        "is_paid_only",
        "children",
    }
)
_EXTRA = _fields.ANY
_KIND_options = _fields.OneOf(
    _fields.ListOf(_fields.Model("ModelObjectPermissionOption")),
    _fields.NULL,
)
_KIND_default_value = _fields.OneOf(
    _fields.STRING,
    _fields.NULL,
    _fields.BOOLEAN,
)
_KIND_children = _fields.OneOf(
    _fields.ListOf(_fields.Model("ModelObjectPermissionWithNestedPermissionsChildrenType0Item")),
    _fields.NULL,
)


@_attrs_define
class ModelObjectPermissionWithNestedPermissions:
    """Data on the permission with nested permissions

    Example:
        {'slug': 'timetable_access', 'title': 'Appointment calendar', 'hint': '', 'is_recommended': True, 'is_editable':
            True, 'is_paid': False, 'is_paid_only': False, 'default_value': True, 'entity_name': None, 'children': [{'slug':
            'timetable_position_id', 'title': 'View the schedule and post records', 'hint': '', 'is_recommended': True,
            'is_editable': True, 'default_value': None, 'entity_name': 'position', 'children': None, 'options': [{'title':
            'All positions', 'value': 0, 'is_disabled': False}, {'title': 'Administrator', 'value': 1234, 'is_disabled':
            False}], 'type': {'slug': 'allowed_id', 'all_access_value': '0', 'no_access_value': '0'}}], 'options': None,
            'type': {'slug': 'has_group_access', 'all_access_value': True, 'no_access_value': False}}

    Attributes:
        slug (str | Unset): Name of the permission
        title (str | Unset): Title of the permission
        type_ (ModelObjectPermissionType | Unset): Data on the permission type Example: {'slug': 'has_group_access',
            'all_access_value': True, 'no_access_value': False}.
        options (list[ModelObjectPermissionOption] | None | Unset): Options list of the permission
        hint (str | Unset): Text hint on the use of the permission
        is_recommended (bool | Unset): Is the permission recommended or optional
        is_editable (bool | Unset): Is the permission available for editing
        default_value (bool | None | str | Unset): Value of the permission by default (can be number, string, or
            boolean)
        entity_name (None | str | Unset): The name of the entity to which this permission belongs
        is_paid (bool | Unset): Whether the permission is only available for paid staff members
        is_paid_only (bool | Unset): Whether the permission can only be assigned to paid staff members. Only applicable
            when the location has `is_paid_rights_model` enabled
        children (list[ModelObjectPermissionWithNestedPermissionsChildrenType0Item] | None | Unset): Nested permissions
            (recursive structure, same schema as parent)
    """

    slug: str | Unset = UNSET
    title: str | Unset = UNSET
    type_: ModelObjectPermissionType | Unset = UNSET
    options: list[ModelObjectPermissionOption] | None | Unset = UNSET
    hint: str | Unset = UNSET
    is_recommended: bool | Unset = UNSET
    is_editable: bool | Unset = UNSET
    default_value: bool | None | str | Unset = UNSET
    entity_name: None | str | Unset = UNSET
    is_paid: bool | Unset = UNSET
    is_paid_only: bool | Unset = UNSET
    children: list[ModelObjectPermissionWithNestedPermissionsChildrenType0Item] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        slug = self.slug
        if type(slug) is not str and slug is not UNSET:
            slug = _fields.write_string(slug, "slug")
        if slug is not UNSET:
            field_dict["slug"] = slug

        title = self.title
        if type(title) is not str and title is not UNSET:
            title = _fields.write_string(title, "title")
        if title is not UNSET:
            field_dict["title"] = title

        type_ = self.type_
        if type_ is not UNSET:
            field_dict["type"] = _fields.write_model(type_, _models.ModelObjectPermissionType, "type_")

        options = self.options
        if options is not UNSET:
            field_dict["options"] = _KIND_options.write_field(options, "options")

        hint = self.hint
        if type(hint) is not str and hint is not UNSET:
            hint = _fields.write_string(hint, "hint")
        if hint is not UNSET:
            field_dict["hint"] = hint

        is_recommended = self.is_recommended
        if type(is_recommended) is not bool and is_recommended is not UNSET:
            is_recommended = _fields.write_boolean(is_recommended, "is_recommended")
        if is_recommended is not UNSET:
            field_dict["is_recommended"] = is_recommended

        is_editable = self.is_editable
        if type(is_editable) is not bool and is_editable is not UNSET:
            is_editable = _fields.write_boolean(is_editable, "is_editable")
        if is_editable is not UNSET:
            field_dict["is_editable"] = is_editable

        default_value = self.default_value
        if default_value is not UNSET:
            field_dict["default_value"] = _KIND_default_value.write_field(default_value, "default_value")

        entity_name = self.entity_name
        if type(entity_name) is not str and entity_name is not UNSET and entity_name is not None:
            entity_name = _fields.write_string(entity_name, "entity_name")
        if entity_name is not UNSET:
            field_dict["entity_name"] = entity_name

        is_paid = self.is_paid
        if type(is_paid) is not bool and is_paid is not UNSET:
            is_paid = _fields.write_boolean(is_paid, "is_paid")
        if is_paid is not UNSET:
            field_dict["is_paid"] = is_paid

        is_paid_only = self.is_paid_only
        if type(is_paid_only) is not bool and is_paid_only is not UNSET:
            is_paid_only = _fields.write_boolean(is_paid_only, "is_paid_only")
        if is_paid_only is not UNSET:
            field_dict["is_paid_only"] = is_paid_only

        children = self.children
        if children is not UNSET:
            field_dict["children"] = _KIND_children.write_field(children, "children")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        slug = _get("slug", UNSET)
        if type(slug) is not str and slug is not UNSET:
            slug = _fields.read_string(slug, "slug")

        title = _get("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = _fields.read_string(title, "title")

        type_ = _get("type", UNSET)
        if type_ is not UNSET:
            try:
                type_ = _models.ModelObjectPermissionType.from_dict(type_)
            except _FieldError as _error:
                raise _error.within("type")

        options = _get("options", UNSET)
        if options is not UNSET:
            options = _KIND_options.read_field(options, "options")

        hint = _get("hint", UNSET)
        if type(hint) is not str and hint is not UNSET:
            hint = _fields.read_string(hint, "hint")

        is_recommended = _get("is_recommended", UNSET)
        if type(is_recommended) is not bool and is_recommended is not UNSET:
            is_recommended = _fields.read_boolean(is_recommended, "is_recommended")

        is_editable = _get("is_editable", UNSET)
        if type(is_editable) is not bool and is_editable is not UNSET:
            is_editable = _fields.read_boolean(is_editable, "is_editable")

        default_value = _get("default_value", UNSET)
        if default_value is not UNSET:
            default_value = _KIND_default_value.read_field(default_value, "default_value")

        entity_name = _get("entity_name", UNSET)
        if type(entity_name) is not str and entity_name is not UNSET and entity_name is not None:
            entity_name = _fields.read_string(entity_name, "entity_name")

        is_paid = _get("is_paid", UNSET)
        if type(is_paid) is not bool and is_paid is not UNSET:
            is_paid = _fields.read_boolean(is_paid, "is_paid")

        is_paid_only = _get("is_paid_only", UNSET)
        if type(is_paid_only) is not bool and is_paid_only is not UNSET:
            is_paid_only = _fields.read_boolean(is_paid_only, "is_paid_only")

        children = _get("children", UNSET)
        if children is not UNSET:
            children = _KIND_children.read_field(children, "children")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.slug = slug
        _model.title = title
        _model.type_ = type_
        _model.options = options
        _model.hint = hint
        _model.is_recommended = is_recommended
        _model.is_editable = is_editable
        _model.default_value = default_value
        _model.entity_name = entity_name
        _model.is_paid = is_paid
        _model.is_paid_only = is_paid_only
        _model.children = children
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not ModelObjectPermissionWithNestedPermissions:
            _fields.init_added_fields(_model, ModelObjectPermissionWithNestedPermissions)
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
