from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_object_permission_option import ModelObjectPermissionOption
    from ..models.model_object_permission_type import ModelObjectPermissionType
    from ..models.model_object_permission_with_nested_permissions_children_type_0_item import (
        ModelObjectPermissionWithNestedPermissionsChildrenType0Item,
    )


T = TypeVar("T", bound="ModelObjectPermissionWithNestedPermissions")


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
        slug = self.slug

        title = self.title

        type_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.to_dict()

        options: list[dict[str, Any]] | None | Unset
        if isinstance(self.options, Unset):
            options = UNSET
        elif isinstance(self.options, list):
            options = []
            for options_type_0_item_data in self.options:
                options_type_0_item = options_type_0_item_data.to_dict()
                options.append(options_type_0_item)

        else:
            options = self.options

        hint = self.hint

        is_recommended = self.is_recommended

        is_editable = self.is_editable

        default_value: bool | None | str | Unset
        if isinstance(self.default_value, Unset):
            default_value = UNSET
        else:
            default_value = self.default_value

        entity_name: None | str | Unset
        if isinstance(self.entity_name, Unset):
            entity_name = UNSET
        else:
            entity_name = self.entity_name

        is_paid = self.is_paid

        is_paid_only = self.is_paid_only

        children: list[dict[str, Any]] | None | Unset
        if isinstance(self.children, Unset):
            children = UNSET
        elif isinstance(self.children, list):
            children = []
            for children_type_0_item_data in self.children:
                children_type_0_item = children_type_0_item_data.to_dict()
                children.append(children_type_0_item)

        else:
            children = self.children

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if slug is not UNSET:
            field_dict["slug"] = slug
        if title is not UNSET:
            field_dict["title"] = title
        if type_ is not UNSET:
            field_dict["type"] = type_
        if options is not UNSET:
            field_dict["options"] = options
        if hint is not UNSET:
            field_dict["hint"] = hint
        if is_recommended is not UNSET:
            field_dict["is_recommended"] = is_recommended
        if is_editable is not UNSET:
            field_dict["is_editable"] = is_editable
        if default_value is not UNSET:
            field_dict["default_value"] = default_value
        if entity_name is not UNSET:
            field_dict["entity_name"] = entity_name
        if is_paid is not UNSET:
            field_dict["is_paid"] = is_paid
        if is_paid_only is not UNSET:
            field_dict["is_paid_only"] = is_paid_only
        if children is not UNSET:
            field_dict["children"] = children

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.model_object_permission_option import ModelObjectPermissionOption  # noqa: PLC0415
        from ..models.model_object_permission_type import ModelObjectPermissionType  # noqa: PLC0415
        from ..models.model_object_permission_with_nested_permissions_children_type_0_item import (
            ModelObjectPermissionWithNestedPermissionsChildrenType0Item,  # noqa: PLC0415
        )

        d = dict(src_dict)
        slug = d.pop("slug", UNSET)

        title = d.pop("title", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: ModelObjectPermissionType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ModelObjectPermissionType.from_dict(_type_)

        def _parse_options(data: object) -> list[ModelObjectPermissionOption] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                options_type_0 = []
                _options_type_0 = data
                for options_type_0_item_data in _options_type_0:
                    options_type_0_item = ModelObjectPermissionOption.from_dict(options_type_0_item_data)

                    options_type_0.append(options_type_0_item)

                return options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ModelObjectPermissionOption] | None | Unset, data)

        options = _parse_options(d.pop("options", UNSET))

        hint = d.pop("hint", UNSET)

        is_recommended = d.pop("is_recommended", UNSET)

        is_editable = d.pop("is_editable", UNSET)

        def _parse_default_value(data: object) -> bool | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | str | Unset, data)

        default_value = _parse_default_value(d.pop("default_value", UNSET))

        def _parse_entity_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        entity_name = _parse_entity_name(d.pop("entity_name", UNSET))

        is_paid = d.pop("is_paid", UNSET)

        is_paid_only = d.pop("is_paid_only", UNSET)

        def _parse_children(
            data: object,
        ) -> list[ModelObjectPermissionWithNestedPermissionsChildrenType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                children_type_0 = []
                _children_type_0 = data
                for children_type_0_item_data in _children_type_0:
                    children_type_0_item = ModelObjectPermissionWithNestedPermissionsChildrenType0Item.from_dict(
                        children_type_0_item_data
                    )

                    children_type_0.append(children_type_0_item)

                return children_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ModelObjectPermissionWithNestedPermissionsChildrenType0Item] | None | Unset, data)

        children = _parse_children(d.pop("children", UNSET))

        _model = cls(
            slug=slug,
            title=title,
            type_=type_,
            options=options,
            hint=hint,
            is_recommended=is_recommended,
            is_editable=is_editable,
            default_value=default_value,
            entity_name=entity_name,
            is_paid=is_paid,
            is_paid_only=is_paid_only,
            children=children,
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
