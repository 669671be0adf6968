from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetPermissionListResponse200Security")


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
        security_access = self.security_access

        security_2fa_access = self.security_2fa_access

        security_data_changes_access = self.security_data_changes_access

        security_employee_changes_access = self.security_employee_changes_access

        security_export_import_access = self.security_export_import_access

        security_logins_access = self.security_logins_access

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if security_access is not UNSET:
            field_dict["security_access"] = security_access
        if security_2fa_access is not UNSET:
            field_dict["security_2fa_access"] = security_2fa_access
        if security_data_changes_access is not UNSET:
            field_dict["security_data_changes_access"] = security_data_changes_access
        if security_employee_changes_access is not UNSET:
            field_dict["security_employee_changes_access"] = security_employee_changes_access
        if security_export_import_access is not UNSET:
            field_dict["security_export_import_access"] = security_export_import_access
        if security_logins_access is not UNSET:
            field_dict["security_logins_access"] = security_logins_access

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        security_access = d.pop("security_access", UNSET)

        security_2fa_access = d.pop("security_2fa_access", UNSET)

        security_data_changes_access = d.pop("security_data_changes_access", UNSET)

        security_employee_changes_access = d.pop("security_employee_changes_access", UNSET)

        security_export_import_access = d.pop("security_export_import_access", UNSET)

        security_logins_access = d.pop("security_logins_access", UNSET)

        _model = cls(
            security_access=security_access,
            security_2fa_access=security_2fa_access,
            security_data_changes_access=security_data_changes_access,
            security_employee_changes_access=security_employee_changes_access,
            security_export_import_access=security_export_import_access,
            security_logins_access=security_logins_access,
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
