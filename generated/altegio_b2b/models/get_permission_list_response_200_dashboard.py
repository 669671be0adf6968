from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetPermissionListResponse200Dashboard")


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
        dashboard_access = self.dashboard_access

        dash_access = self.dash_access

        dash_phones_access = self.dash_phones_access

        dash_records_access = self.dash_records_access

        dash_records_last_days_count = self.dash_records_last_days_count

        dash_records_excel_access = self.dash_records_excel_access

        dash_records_phones_access = self.dash_records_phones_access

        dash_message_access = self.dash_message_access

        dash_message_excel_access = self.dash_message_excel_access

        dash_message_phones_access = self.dash_message_phones_access

        dash_reviews_access = self.dash_reviews_access

        dash_reviews_delete_access = self.dash_reviews_delete_access

        dashboard_calls_access = self.dashboard_calls_access

        dashboard_calls_excel_access = self.dashboard_calls_excel_access

        dashboard_calls_phones_access = self.dashboard_calls_phones_access

        security_access = self.security_access

        security_2fa_access = self.security_2fa_access

        security_data_changes_access = self.security_data_changes_access

        security_employee_changes_access = self.security_employee_changes_access

        security_export_import_access = self.security_export_import_access

        security_logins_access = self.security_logins_access

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dashboard_access is not UNSET:
            field_dict["dashboard_access"] = dashboard_access
        if dash_access is not UNSET:
            field_dict["dash_access"] = dash_access
        if dash_phones_access is not UNSET:
            field_dict["dash_phones_access"] = dash_phones_access
        if dash_records_access is not UNSET:
            field_dict["dash_records_access"] = dash_records_access
        if dash_records_last_days_count is not UNSET:
            field_dict["dash_records_last_days_count"] = dash_records_last_days_count
        if dash_records_excel_access is not UNSET:
            field_dict["dash_records_excel_access"] = dash_records_excel_access
        if dash_records_phones_access is not UNSET:
            field_dict["dash_records_phones_access"] = dash_records_phones_access
        if dash_message_access is not UNSET:
            field_dict["dash_message_access"] = dash_message_access
        if dash_message_excel_access is not UNSET:
            field_dict["dash_message_excel_access"] = dash_message_excel_access
        if dash_message_phones_access is not UNSET:
            field_dict["dash_message_phones_access"] = dash_message_phones_access
        if dash_reviews_access is not UNSET:
            field_dict["dash_reviews_access"] = dash_reviews_access
        if dash_reviews_delete_access is not UNSET:
            field_dict["dash_reviews_delete_access"] = dash_reviews_delete_access
        if dashboard_calls_access is not UNSET:
            field_dict["dashboard_calls_access"] = dashboard_calls_access
        if dashboard_calls_excel_access is not UNSET:
            field_dict["dashboard_calls_excel_access"] = dashboard_calls_excel_access
        if dashboard_calls_phones_access is not UNSET:
            field_dict["dashboard_calls_phones_access"] = dashboard_calls_phones_access
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
        dashboard_access = d.pop("dashboard_access", UNSET)

        dash_access = d.pop("dash_access", UNSET)

        dash_phones_access = d.pop("dash_phones_access", UNSET)

        dash_records_access = d.pop("dash_records_access", UNSET)

        dash_records_last_days_count = d.pop("dash_records_last_days_count", UNSET)

        dash_records_excel_access = d.pop("dash_records_excel_access", UNSET)

        dash_records_phones_access = d.pop("dash_records_phones_access", UNSET)

        dash_message_access = d.pop("dash_message_access", UNSET)

        dash_message_excel_access = d.pop("dash_message_excel_access", UNSET)

        dash_message_phones_access = d.pop("dash_message_phones_access", UNSET)

        dash_reviews_access = d.pop("dash_reviews_access", UNSET)

        dash_reviews_delete_access = d.pop("dash_reviews_delete_access", UNSET)

        dashboard_calls_access = d.pop("dashboard_calls_access", UNSET)

        dashboard_calls_excel_access = d.pop("dashboard_calls_excel_access", UNSET)

        dashboard_calls_phones_access = d.pop("dashboard_calls_phones_access", UNSET)

        security_access = d.pop("security_access", UNSET)

        security_2fa_access = d.pop("security_2fa_access", UNSET)

        security_data_changes_access = d.pop("security_data_changes_access", UNSET)

        security_employee_changes_access = d.pop("security_employee_changes_access", UNSET)

        security_export_import_access = d.pop("security_export_import_access", UNSET)

        security_logins_access = d.pop("security_logins_access", UNSET)

        _model = cls(
            dashboard_access=dashboard_access,
            dash_access=dash_access,
            dash_phones_access=dash_phones_access,
            dash_records_access=dash_records_access,
            dash_records_last_days_count=dash_records_last_days_count,
            dash_records_excel_access=dash_records_excel_access,
            dash_records_phones_access=dash_records_phones_access,
            dash_message_access=dash_message_access,
            dash_message_excel_access=dash_message_excel_access,
            dash_message_phones_access=dash_message_phones_access,
            dash_reviews_access=dash_reviews_access,
            dash_reviews_delete_access=dash_reviews_delete_access,
            dashboard_calls_access=dashboard_calls_access,
            dashboard_calls_excel_access=dashboard_calls_excel_access,
            dashboard_calls_phones_access=dashboard_calls_phones_access,
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
