from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..models.model_object_permission_type_slug import ModelObjectPermissionTypeSlug
from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelObjectPermissionType")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "slug",
        "all_access_value",
        "no_access_value",
    }
)
_EXTRA = _fields.ANY
_KIND_slug = _fields.EnumOf("ModelObjectPermissionTypeSlug", _fields.STRING)
_KIND_all_access_value = _fields.OneOf(
    _fields.STRING,
    _fields.NULL,
    _fields.BOOLEAN,
)
_KIND_no_access_value = _fields.OneOf(
    _fields.STRING,
    _fields.NULL,
    _fields.BOOLEAN,
)


@_attrs_define
class ModelObjectPermissionType:
    """Data on the permission type

    Example:
        {'slug': 'has_group_access', 'all_access_value': True, 'no_access_value': False}

    Attributes:
        slug (ModelObjectPermissionTypeSlug | Unset): Name of the type
        all_access_value (bool | None | str | Unset): A value that grants full access for this type of permission (can
            be number, string, or boolean)
        no_access_value (bool | None | str | Unset): A value that completely takes away access for this type of
            permission (can be number, string, or boolean)
    """

    slug: ModelObjectPermissionTypeSlug | Unset = UNSET
    all_access_value: bool | None | str | Unset = UNSET
    no_access_value: bool | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        slug = self.slug
        if slug is not UNSET:
            field_dict["slug"] = _KIND_slug.write_field(slug, "slug")

        all_access_value = self.all_access_value
        if all_access_value is not UNSET:
            field_dict["all_access_value"] = _KIND_all_access_value.write_field(all_access_value, "all_access_value")

        no_access_value = self.no_access_value
        if no_access_value is not UNSET:
            field_dict["no_access_value"] = _KIND_no_access_value.write_field(no_access_value, "no_access_value")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        slug = _get("slug", UNSET)
        if slug is not UNSET:
            slug = _KIND_slug.read_field(slug, "slug")

        all_access_value = _get("all_access_value", UNSET)
        if all_access_value is not UNSET:
            all_access_value = _KIND_all_access_value.read_field(all_access_value, "all_access_value")

        no_access_value = _get("no_access_value", UNSET)
        if no_access_value is not UNSET:
            no_access_value = _KIND_no_access_value.read_field(no_access_value, "no_access_value")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.slug = slug
        _model.all_access_value = all_access_value
        _model.no_access_value = no_access_value
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not ModelObjectPermissionType:
            _fields.init_added_fields(_model, ModelObjectPermissionType)
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
