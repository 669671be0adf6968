from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.model_object_permission_type_slug import ModelObjectPermissionTypeSlug
from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelObjectPermissionType")


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
        slug: str | Unset = UNSET
        if not isinstance(self.slug, Unset):
            slug = self.slug.value

        all_access_value: bool | None | str | Unset
        if isinstance(self.all_access_value, Unset):
            all_access_value = UNSET
        else:
            all_access_value = self.all_access_value

        no_access_value: bool | None | str | Unset
        if isinstance(self.no_access_value, Unset):
            no_access_value = UNSET
        else:
            no_access_value = self.no_access_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if slug is not UNSET:
            field_dict["slug"] = slug
        if all_access_value is not UNSET:
            field_dict["all_access_value"] = all_access_value
        if no_access_value is not UNSET:
            field_dict["no_access_value"] = no_access_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _slug = d.pop("slug", UNSET)
        slug: ModelObjectPermissionTypeSlug | Unset
        if isinstance(_slug, Unset):
            slug = UNSET
        else:
            slug = ModelObjectPermissionTypeSlug(_slug)

        def _parse_all_access_value(data: object) -> bool | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | str | Unset, data)

        all_access_value = _parse_all_access_value(d.pop("all_access_value", UNSET))

        def _parse_no_access_value(data: object) -> bool | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | str | Unset, data)

        no_access_value = _parse_no_access_value(d.pop("no_access_value", UNSET))

        _model = cls(
            slug=slug,
            all_access_value=all_access_value,
            no_access_value=no_access_value,
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
