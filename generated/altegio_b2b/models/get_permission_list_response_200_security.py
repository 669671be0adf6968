from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetPermissionListResponse200Security")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "security_access",
        "security_2fa_access",
        "security_data_changes_access",
        "security_employee_changes_access",
        "security_export_import_access",
        "security_logins_access",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class GetPermissionListResponse200Security:
    """Section Security

    Attributes:
        security_access (bool | Unset): true - there is access to security settings, false - no access
        security_2fa_access (bool | Unset): true - there is access to 2FA security settings, false - no access
        security_data_changes_access (bool | Unset): true - there is access to view data changes in security log, false
            - no access
        security_employee_changes_access (bool | Unset): true - there is access to view employee changes in security
            log, false - no access
        security_export_import_access (bool | Unset): true - there is access to export/import security logs, false - no
            access
        security_logins_access (bool | Unset): true - there is access to view login history in security log, false - no
            access
    """

    security_access: bool | Unset = UNSET
    security_2fa_access: bool | Unset = UNSET
    security_data_changes_access: bool | Unset = UNSET
    security_employee_changes_access: bool | Unset = UNSET
    security_export_import_access: bool | Unset = UNSET
    security_logins_access: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        security_access = self.security_access
        if type(security_access) is not bool and security_access is not UNSET:
            security_access = _fields.write_boolean(security_access, "security_access")
        if security_access is not UNSET:
            field_dict["security_access"] = security_access

        security_2fa_access = self.security_2fa_access
        if type(security_2fa_access) is not bool and security_2fa_access is not UNSET:
            security_2fa_access = _fields.write_boolean(security_2fa_access, "security_2fa_access")
        if security_2fa_access is not UNSET:
            field_dict["security_2fa_access"] = security_2fa_access

        security_data_changes_access = self.security_data_changes_access
        if type(security_data_changes_access) is not bool and security_data_changes_access is not UNSET:
            security_data_changes_access = _fields.write_boolean(
                security_data_changes_access, "security_data_changes_access"
            )
        if security_data_changes_access is not UNSET:
            field_dict["security_data_changes_access"] = security_data_changes_access

        security_employee_changes_access = self.security_employee_changes_access
        if type(security_employee_changes_access) is not bool and security_employee_changes_access is not UNSET:
            security_employee_changes_access = _fields.write_boolean(
                security_employee_changes_access, "security_employee_changes_access"
            )
        if security_employee_changes_access is not UNSET:
            field_dict["security_employee_changes_access"] = security_employee_changes_access

        security_export_import_access = self.security_export_import_access
        if type(security_export_import_access) is not bool and security_export_import_access is not UNSET:
            security_export_import_access = _fields.write_boolean(
                security_export_import_access, "security_export_import_access"
            )
        if security_export_import_access is not UNSET:
            field_dict["security_export_import_access"] = security_export_import_access

        security_logins_access = self.security_logins_access
        if type(security_logins_access) is not bool and security_logins_access is not UNSET:
            security_logins_access = _fields.write_boolean(security_logins_access, "security_logins_access")
        if security_logins_access is not UNSET:
            field_dict["security_logins_access"] = security_logins_access

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        security_access = _get("security_access", UNSET)
        if type(security_access) is not bool and security_access is not UNSET:
            security_access = _fields.read_boolean(security_access, "security_access")

        security_2fa_access = _get("security_2fa_access", UNSET)
        if type(security_2fa_access) is not bool and security_2fa_access is not UNSET:
            security_2fa_access = _fields.read_boolean(security_2fa_access, "security_2fa_access")

        security_data_changes_access = _get("security_data_changes_access", UNSET)
        if type(security_data_changes_access) is not bool and security_data_changes_access is not UNSET:
            security_data_changes_access = _fields.read_boolean(
                security_data_changes_access, "security_data_changes_access"
            )

        security_employee_changes_access = _get("security_employee_changes_access", UNSET)
        if type(security_employee_changes_access) is not bool and security_employee_changes_access is not UNSET:
            security_employee_changes_access = _fields.read_boolean(
                security_employee_changes_access, "security_employee_changes_access"
            )

        security_export_import_access = _get("security_export_import_access", UNSET)
        if type(security_export_import_access) is not bool and security_export_import_access is not UNSET:
            security_export_import_access = _fields.read_boolean(
                security_export_import_access, "security_export_import_access"
            )

        security_logins_access = _get("security_logins_access", UNSET)
        if type(security_logins_access) is not bool and security_logins_access is not UNSET:
            security_logins_access = _fields.read_boolean(security_logins_access, "security_logins_access")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.security_access = security_access
        _model.security_2fa_access = security_2fa_access
        _model.security_data_changes_access = security_data_changes_access
        _model.security_employee_changes_access = security_employee_changes_access
        _model.security_export_import_access = security_export_import_access
        _model.security_logins_access = security_logins_access
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetPermissionListResponse200Security:
            _fields.init_added_fields(_model, GetPermissionListResponse200Security)
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
