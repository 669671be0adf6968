from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_object_permission_value import ModelObjectPermissionValue


T = TypeVar("T", bound="CopyUserPermissionsToLocationsBodyUserCompanyLinksItem")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "company_id",
        "user_permissions",
    }
)
_EXTRA = _fields.ANY
_KIND_user_permissions = _fields.ListOf(_fields.Model("ModelObjectPermissionValue"))


@_attrs_define
class CopyUserPermissionsToLocationsBodyUserCompanyLinksItem:
    """
    Attributes:
        company_id (int): location ID Example: 123.
        user_permissions (list[ModelObjectPermissionValue] | Unset): User permission values to override on copying
    """

    company_id: int
    user_permissions: list[ModelObjectPermissionValue] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        company_id = self.company_id
        if type(company_id) is not int:
            company_id = _fields.write_integer(company_id, "company_id")
        field_dict["company_id"] = company_id

        user_permissions = self.user_permissions
        if user_permissions is not UNSET:
            field_dict["user_permissions"] = _KIND_user_permissions.write_field(user_permissions, "user_permissions")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        company_id = _get("company_id", UNSET)
        if type(company_id) is not int:
            company_id = _fields.read_integer(company_id, "company_id")

        user_permissions = _get("user_permissions", UNSET)
        if user_permissions is not UNSET:
            user_permissions = _KIND_user_permissions.read_field(user_permissions, "user_permissions")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.company_id = company_id
        _model.user_permissions = user_permissions
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not CopyUserPermissionsToLocationsBodyUserCompanyLinksItem:
            _fields.init_added_fields(_model, CopyUserPermissionsToLocationsBodyUserCompanyLinksItem)
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
