from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetPermissionListResponse200Dashboard")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "dashboard_access",
        "dash_access",
        "dash_phones_access",
        "dash_records_access",
        "dash_records_last_days_count",
        "dash_records_excel_access",
        "dash_records_phones_access",
        "dash_message_access",
        "dash_message_excel_access",
        "dash_message_phones_access",
        "dash_reviews_access",
        "dash_reviews_delete_access",
        "dashboard_calls_access",
        "dashboard_calls_excel_access",
        "dashboard_calls_phones_access",
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
class GetPermissionListResponse200Dashboard:
    """Section Overview

    Attributes:
        dashboard_access (bool | Unset): true - there is access to the overview section, false - no access
        dash_access (bool | Unset): true - there is access to the summary section, false - no access
        dash_phones_access (bool | Unset): true - there is access to display phone numbers in the summary, false - no
            access
        dash_records_access (bool | Unset): true - there is access to view the list of records, false - no access
        dash_records_last_days_count (float | Unset): -1 - access to view the list of records for all time, >= 0 -
            access to view the list of records for the specified number of days in the past
        dash_records_excel_access (bool | Unset): true - there is access to unload the list of records in Excel, false -
            no access
        dash_records_phones_access (bool | Unset): true - there is access to display phone numbers in appointments,
            false - no access
        dash_message_access (bool | Unset): true - there is access to view message details, false - no access
        dash_message_excel_access (bool | Unset): true - there is access to unload message details in Excel, false - no
            access
        dash_message_phones_access (bool | Unset): true - there is access to show phone numbers in messages, false - no
            access
        dash_reviews_access (bool | Unset): true - there is access to view reviews, false - no access
        dash_reviews_delete_access (bool | Unset): true - there is access to delete reviews, false - no access
        dashboard_calls_access (bool | Unset): true - there is access to the calls section, false - no access
        dashboard_calls_excel_access (bool | Unset): true - there is access to unloading Excel calls, false - no access
        dashboard_calls_phones_access (bool | Unset): true - clients have access to view the phone number, false - no
            access
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

    dashboard_access: bool | Unset = UNSET
    dash_access: bool | Unset = UNSET
    dash_phones_access: bool | Unset = UNSET
    dash_records_access: bool | Unset = UNSET
    dash_records_last_days_count: float | Unset = UNSET
    dash_records_excel_access: bool | Unset = UNSET
    dash_records_phones_access: bool | Unset = UNSET
    dash_message_access: bool | Unset = UNSET
    dash_message_excel_access: bool | Unset = UNSET
    dash_message_phones_access: bool | Unset = UNSET
    dash_reviews_access: bool | Unset = UNSET
    dash_reviews_delete_access: bool | Unset = UNSET
    dashboard_calls_access: bool | Unset = UNSET
    dashboard_calls_excel_access: bool | Unset = UNSET
    dashboard_calls_phones_access: bool | Unset = UNSET
    security_access: bool | Unset = UNSET
    security_2fa_access: bool | Unset = UNSET
    security_data_changes_access: bool | Unset = UNSET
    security_employee_changes_access: bool | Unset = UNSET
    security_export_import_access: bool | Unset = UNSET
    security_logins_access: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        dashboard_access = self.dashboard_access
        if type(dashboard_access) is not bool and dashboard_access is not UNSET:
            dashboard_access = _fields.write_boolean(dashboard_access, "dashboard_access")
        if dashboard_access is not UNSET:
            field_dict["dashboard_access"] = dashboard_access

        dash_access = self.dash_access
        if type(dash_access) is not bool and dash_access is not UNSET:
            dash_access = _fields.write_boolean(dash_access, "dash_access")
        if dash_access is not UNSET:
            field_dict["dash_access"] = dash_access

        dash_phones_access = self.dash_phones_access
        if type(dash_phones_access) is not bool and dash_phones_access is not UNSET:
            dash_phones_access = _fields.write_boolean(dash_phones_access, "dash_phones_access")
        if dash_phones_access is not UNSET:
            field_dict["dash_phones_access"] = dash_phones_access

        dash_records_access = self.dash_records_access
        if type(dash_records_access) is not bool and dash_records_access is not UNSET:
            dash_records_access = _fields.write_boolean(dash_records_access, "dash_records_access")
        if dash_records_access is not UNSET:
            field_dict["dash_records_access"] = dash_records_access

        dash_records_last_days_count = self.dash_records_last_days_count
        if dash_records_last_days_count is not UNSET:
            field_dict["dash_records_last_days_count"] = _fields.write_number(
                dash_records_last_days_count, "dash_records_last_days_count"
            )

        dash_records_excel_access = self.dash_records_excel_access
        if type(dash_records_excel_access) is not bool and dash_records_excel_access is not UNSET:
            dash_records_excel_access = _fields.write_boolean(dash_records_excel_access, "dash_records_excel_access")
        if dash_records_excel_access is not UNSET:
            field_dict["dash_records_excel_access"] = dash_records_excel_access

        dash_records_phones_access = self.dash_records_phones_access
        if type(dash_records_phones_access) is not bool and dash_records_phones_access is not UNSET:
            dash_records_phones_access = _fields.write_boolean(dash_records_phones_access, "dash_records_phones_access")
        if dash_records_phones_access is not UNSET:
            field_dict["dash_records_phones_access"] = dash_records_phones_access

        dash_message_access = self.dash_message_access
        if type(dash_message_access) is not bool and dash_message_access is not UNSET:
            dash_message_access = _fields.write_boolean(dash_message_access, "dash_message_access")
        if dash_message_access is not UNSET:
            field_dict["dash_message_access"] = dash_message_access

        dash_message_excel_access = self.dash_message_excel_access
        if type(dash_message_excel_access) is not bool and dash_message_excel_access is not UNSET:
            dash_message_excel_access = _fields.write_boolean(dash_message_excel_access, "dash_message_excel_access")
        if dash_message_excel_access is not UNSET:
            field_dict["dash_message_excel_access"] = dash_message_excel_access

        dash_message_phones_access = self.dash_message_phones_access
        if type(dash_message_phones_access) is not bool and dash_message_phones_access is not UNSET:
            dash_message_phones_access = _fields.write_boolean(dash_message_phones_access, "dash_message_phones_access")
        if dash_message_phones_access is not UNSET:
            field_dict["dash_message_phones_access"] = dash_message_phones_access

        dash_reviews_access = self.dash_reviews_access
        if type(dash_reviews_access) is not bool and dash_reviews_access is not UNSET:
            dash_reviews_access = _fields.write_boolean(dash_reviews_access, "dash_reviews_access")
        if dash_reviews_access is not UNSET:
            field_dict["dash_reviews_access"] = dash_reviews_access

        dash_reviews_delete_access = self.dash_reviews_delete_access
        if type(dash_reviews_delete_access) is not bool and dash_reviews_delete_access is not UNSET:
            dash_reviews_delete_access = _fields.write_boolean(dash_reviews_delete_access, "dash_reviews_delete_access")
        if dash_reviews_delete_access is not UNSET:
            field_dict["dash_reviews_delete_access"] = dash_reviews_delete_access

        dashboard_calls_access = self.dashboard_calls_access
        if type(dashboard_calls_access) is not bool and dashboard_calls_access is not UNSET:
            dashboard_calls_access = _fields.write_boolean(dashboard_calls_access, "dashboard_calls_access")
        if dashboard_calls_access is not UNSET:
            field_dict["dashboard_calls_access"] = dashboard_calls_access

        dashboard_calls_excel_access = self.dashboard_calls_excel_access
        if type(dashboard_calls_excel_access) is not bool and dashboard_calls_excel_access is not UNSET:
            dashboard_calls_excel_access = _fields.write_boolean(
                dashboard_calls_excel_access, "dashboard_calls_excel_access"
            )
        if dashboard_calls_excel_access is not UNSET:
            field_dict["dashboard_calls_excel_access"] = dashboard_calls_excel_access

        dashboard_calls_phones_access = self.dashboard_calls_phones_access
        if type(dashboard_calls_phones_access) is not bool and dashboard_calls_phones_access is not UNSET:
            dashboard_calls_phones_access = _fields.write_boolean(
                dashboard_calls_phones_access, "dashboard_calls_phones_access"
            )
        if dashboard_calls_phones_access is not UNSET:
            field_dict["dashboard_calls_phones_access"] = dashboard_calls_phones_access

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
        dashboard_access = _get("dashboard_access", UNSET)
        if type(dashboard_access) is not bool and dashboard_access is not UNSET:
            dashboard_access = _fields.read_boolean(dashboard_access, "dashboard_access")

        dash_access = _get("dash_access", UNSET)
        if type(dash_access) is not bool and dash_access is not UNSET:
            dash_access = _fields.read_boolean(dash_access, "dash_access")

        dash_phones_access = _get("dash_phones_access", UNSET)
        if type(dash_phones_access) is not bool and dash_phones_access is not UNSET:
            dash_phones_access = _fields.read_boolean(dash_phones_access, "dash_phones_access")

        dash_records_access = _get("dash_records_access", UNSET)
        if type(dash_records_access) is not bool and dash_records_access is not UNSET:
            dash_records_access = _fields.read_boolean(dash_records_access, "dash_records_access")

        dash_records_last_days_count = _get("dash_records_last_days_count", UNSET)
        if (
            type(dash_records_last_days_count) is not float
            and type(dash_records_last_days_count) is not int
            and dash_records_last_days_count is not UNSET
        ):
            dash_records_last_days_count = _fields.read_number(
                dash_records_last_days_count, "dash_records_last_days_count"
            )

        dash_records_excel_access = _get("dash_records_excel_access", UNSET)
        if type(dash_records_excel_access) is not bool and dash_records_excel_access is not UNSET:
            dash_records_excel_access = _fields.read_boolean(dash_records_excel_access, "dash_records_excel_access")

        dash_records_phones_access = _get("dash_records_phones_access", UNSET)
        if type(dash_records_phones_access) is not bool and dash_records_phones_access is not UNSET:
            dash_records_phones_access = _fields.read_boolean(dash_records_phones_access, "dash_records_phones_access")

        dash_message_access = _get("dash_message_access", UNSET)
        if type(dash_message_access) is not bool and dash_message_access is not UNSET:
            dash_message_access = _fields.read_boolean(dash_message_access, "dash_message_access")

        dash_message_excel_access = _get("dash_message_excel_access", UNSET)
        if type(dash_message_excel_access) is not bool and dash_message_excel_access is not UNSET:
            dash_message_excel_access = _fields.read_boolean(dash_message_excel_access, "dash_message_excel_access")

        dash_message_phones_access = _get("dash_message_phones_access", UNSET)
        if type(dash_message_phones_access) is not bool and dash_message_phones_access is not UNSET:
            dash_message_phones_access = _fields.read_boolean(dash_message_phones_access, "dash_message_phones_access")

        dash_reviews_access = _get("dash_reviews_access", UNSET)
        if type(dash_reviews_access) is not bool and dash_reviews_access is not UNSET:
            dash_reviews_access = _fields.read_boolean(dash_reviews_access, "dash_reviews_access")

        dash_reviews_delete_access = _get("dash_reviews_delete_access", UNSET)
        if type(dash_reviews_delete_access) is not bool and dash_reviews_delete_access is not UNSET:
            dash_reviews_delete_access = _fields.read_boolean(dash_reviews_delete_access, "dash_reviews_delete_access")

        dashboard_calls_access = _get("dashboard_calls_access", UNSET)
        if type(dashboard_calls_access) is not bool and dashboard_calls_access is not UNSET:
            dashboard_calls_access = _fields.read_boolean(dashboard_calls_access, "dashboard_calls_access")

        dashboard_calls_excel_access = _get("dashboard_calls_excel_access", UNSET)
        if type(dashboard_calls_excel_access) is not bool and dashboard_calls_excel_access is not UNSET:
            dashboard_calls_excel_access = _fields.read_boolean(
                dashboard_calls_excel_access, "dashboard_calls_excel_access"
            )

        dashboard_calls_phones_access = _get("dashboard_calls_phones_access", UNSET)
        if type(dashboard_calls_phones_access) is not bool and dashboard_calls_phones_access is not UNSET:
            dashboard_calls_phones_access = _fields.read_boolean(
                dashboard_calls_phones_access, "dashboard_calls_phones_access"
            )

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
        _model.dashboard_access = dashboard_access
        _model.dash_access = dash_access
        _model.dash_phones_access = dash_phones_access
        _model.dash_records_access = dash_records_access
        _model.dash_records_last_days_count = dash_records_last_days_count
        _model.dash_records_excel_access = dash_records_excel_access
        _model.dash_records_phones_access = dash_records_phones_access
        _model.dash_message_access = dash_message_access
        _model.dash_message_excel_access = dash_message_excel_access
        _model.dash_message_phones_access = dash_message_phones_access
        _model.dash_reviews_access = dash_reviews_access
        _model.dash_reviews_delete_access = dash_reviews_delete_access
        _model.dashboard_calls_access = dashboard_calls_access
        _model.dashboard_calls_excel_access = dashboard_calls_excel_access
        _model.dashboard_calls_phones_access = dashboard_calls_phones_access
        _model.security_access = security_access
        _model.security_2fa_access = security_2fa_access
        _model.security_data_changes_access = security_data_changes_access
        _model.security_employee_changes_access = security_employee_changes_access
        _model.security_export_import_access = security_export_import_access
        _model.security_logins_access = security_logins_access
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetPermissionListResponse200Dashboard:
            _fields.init_added_fields(_model, GetPermissionListResponse200Dashboard)
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
