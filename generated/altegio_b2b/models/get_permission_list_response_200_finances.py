from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_permission_list_response_200_finances_finances_accounts_ids_item import (
        GetPermissionListResponse200FinancesFinancesAccountsIdsItem,
    )
    from ..models.get_permission_list_response_200_finances_finances_expenses_ids_item import (
        GetPermissionListResponse200FinancesFinancesExpensesIdsItem,
    )


T = TypeVar("T", bound="GetPermissionListResponse200Finances")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "finances_access",
        "finances_accounts_ids",
        "finances_transactions_access",
        "finances_last_days_count",
        "finances_create_transactions_access",
        "finances_create_last_days_count",
        "finances_edit_transactions_access",
        "finances_edit_last_days_count",
        "finances_delete_transactions_access",
        "finances_transactions_excel_access",
        "finances_expenses_ids",
        "finances_accounts_access",
        "finances_accounts_limited_access",
        "finances_accounts_banalce_access",
        "finances_suppliers_read_access",
        "finances_suppliers_create_access",
        "finances_suppliers_update_access",
        "finances_suppliers_delete_access",
        "finances_suppliers_excel_access",
        "finances_expenses_read_access",
        "expenses_read_access",
        "finances_expenses_create_access",
        "expenses_create_access",
        "finances_expenses_update_access",
        "expenses_update_access",
        "finances_expenses_delete_access",
        "expenses_delete_access",
        "finances_kkm_transactions_access",
        "kkm_transactions_accounts_access",
        "finances_kkm_settings_read_access",
        "kkm_settings_reed_access",
        "finances_kkm_settings_update_access",
        "kkm_settings_update_access",
        "finances_settings_invoicing_read_access",
        "finances_settings_invoicing_update_access",
        "settings_invoicing_read_access",
        "settings_invoicing_update_access",
        "finances_options_read_access",
        "options_read_access",
        "finances_options_update_access",
        "options_update_access",
        "finances_salary_schemes_access",
        "finances_salary_calc_access",
        "finances_salary_not_limitation_today_access",
        "finances_payroll_calculation_create_access",
        "finances_payroll_calculation_create_not_limitation_today_access",
        "finances_salary_access_master_checkbox",
        "finances_salary_access_master_id",
        "get_salary_access_master_id",
        "finances_salary_master_not_limitation_today_access",
        "finances_payroll_calculation_create_by_master_access",
        "calculation_create_by_master_not_limitation_today_access",
        "finances_period_report_access",
        "finances_period_report_excel_access",
        "finances_year_report_access",
        "finances_year_report_excel_access",
        "finances_print_check_access",
        "finances_z_report_access",
        "finances_z_report_no_limit_today_access",
        "finances_z_report_excel_access",
    }
)
_EXTRA = _fields.ANY
_KIND_finances_accounts_ids = _fields.ListOf(
    _fields.Model("GetPermissionListResponse200FinancesFinancesAccountsIdsItem")
)
_KIND_finances_expenses_ids = _fields.ListOf(
    _fields.Model("GetPermissionListResponse200FinancesFinancesExpensesIdsItem")
)


@_attrs_define
class GetPermissionListResponse200Finances:
    """Section Finance

    Attributes:
        finances_access (bool | Unset): true - there is access to finances, false - no access
        finances_accounts_ids (list[GetPermissionListResponse200FinancesFinancesAccountsIdsItem] | Unset): array of IDs
            to selected checkouts
        finances_transactions_access (bool | Unset): true - there is access to view funds movements, false - no access
        finances_last_days_count (float | Unset): -1 - access to view funds movements for the whole time, >= 0 - access
            to view funds movements for the specified number of days in the past
        finances_create_transactions_access (bool | Unset): true - there is access to create transactions, false - no
            access
        finances_create_last_days_count (float | Unset): -1 - there is access to create transactions for all time, >= 0
            - access to create transactions for the specified number of days in the past
        finances_edit_transactions_access (bool | Unset): true - there is access to editing transactions, false - no
            access
        finances_edit_last_days_count (float | Unset): -1 - there is access to editing transactions for all time, >= 0 -
            access to editing transactions for the specified number of days in the past
        finances_delete_transactions_access (bool | Unset): true - there is access to delete transactions, false - no
            access
        finances_transactions_excel_access (bool | Unset): true - there is access to unloading cash flows in Excel,
            false - no access
        finances_expenses_ids (list[GetPermissionListResponse200FinancesFinancesExpensesIdsItem] | Unset): true - there
            is access to transfers between location accounts, false - no access
        finances_accounts_access (bool | Unset): true - there is access to accounts and location accounts, false - no
            access
        finances_accounts_limited_access (bool | Unset): true - there is limited access to accounts, false - no access
        finances_accounts_banalce_access (bool | Unset): true - there is access to the balance, false - no access
        finances_suppliers_read_access (bool | Unset): true - there is access to counterparties, false - no access
        finances_suppliers_create_access (bool | Unset): true - there is access to create counterparties, false - no
            access
        finances_suppliers_update_access (bool | Unset): true - there is access to change counterparties, false - no
            access
        finances_suppliers_delete_access (bool | Unset): true - there is access to deleting counterparties, false - no
            access
        finances_suppliers_excel_access (bool | Unset): true - there is access to export to Excel, false - no access
        finances_expenses_read_access (bool | Unset): true - there is access to the payment item, false - no access
        expenses_read_access (bool | Unset): true - there is access to the payment item, false - no access
        finances_expenses_create_access (bool | Unset): true - there is access to create a payment item, false - no
            access
        expenses_create_access (bool | Unset): true - there is access to create a payment item, false - no access
        finances_expenses_update_access (bool | Unset): true - there is access to change the payment item, false - no
            access
        expenses_update_access (bool | Unset): true - there is access to change the payment item, false - no access
        finances_expenses_delete_access (bool | Unset): true - there is access to deleting a payment item, false - no
            access
        expenses_delete_access (bool | Unset): true - there is access to deleting a payment item, false - no access
        finances_kkm_transactions_access (bool | Unset): true - there is access to operations with KKM, false - no
            access
        kkm_transactions_accounts_access (bool | Unset): true - there is access to operations with KKM, false - no
            access
        finances_kkm_settings_read_access (bool | Unset): true - access to KKM settings, false - no access
        kkm_settings_reed_access (bool | Unset): true - access to KKM settings, false - no access
        finances_kkm_settings_update_access (bool | Unset): true - there is access to change KKM, false - no access
        kkm_settings_update_access (bool | Unset): true - there is access to change KKM, false - no access
        finances_settings_invoicing_read_access (bool | Unset): true - there is access to online payments, false - no
            access
        finances_settings_invoicing_update_access (bool | Unset): true - there is access to change online payments,
            false - no access
        settings_invoicing_read_access (bool | Unset): true - there is access to online payments, false - no access
        settings_invoicing_update_access (bool | Unset): true - there is access to change online payments, false - no
            access
        finances_options_read_access (bool | Unset): true - there is access to payment settings, false - no access
        options_read_access (bool | Unset): true - there is access to read payment options, false - no access
        finances_options_update_access (bool | Unset): true - there is access to change payment settings, false - no
            access
        options_update_access (bool | Unset): true - there is access to change payment settings, false - no access
        finances_salary_schemes_access (bool | Unset): true - there is access to payroll schemes, false - no access
        finances_salary_calc_access (bool | Unset): true - there is access to payroll, false - no access
        finances_salary_not_limitation_today_access (bool | Unset): true - there is access to payroll, false - access to
            payroll for the current day
        finances_payroll_calculation_create_access (bool | Unset): true - there is access to payroll, false - no access
        finances_payroll_calculation_create_not_limitation_today_access (bool | Unset): true - there is access to
            payroll, false - access to payroll for the current day
        finances_salary_access_master_checkbox (bool | Unset): true - only a specific team member has access to payroll,
            false - full access
        finances_salary_access_master_id (int | Unset): ID of the team member to whom you have access to payroll
        get_salary_access_master_id (int | Unset): ID of the team member to whom you have access to payroll
        finances_salary_master_not_limitation_today_access (bool | Unset): true - do not restrict to the current day,
            false - access only for today
        finances_payroll_calculation_create_by_master_access (bool | Unset): true - there is access to payroll for a
            specific team member, false - no restrictions
        calculation_create_by_master_not_limitation_today_access (bool | Unset): true - there is access to payroll,
            false - no access
        finances_period_report_access (bool | Unset): true - there is access to the report for the period, false - no
            access
        finances_period_report_excel_access (bool | Unset): true - there is access to uploading a report for the period
            to Excel, false - no access
        finances_year_report_access (bool | Unset): true - there is access to the annual report, false - no access
        finances_year_report_excel_access (bool | Unset): true - there is access to exporting the annual report to
            Excel, false - no access
        finances_print_check_access (bool | Unset): true - there is access to receipt printing, false - no access
        finances_z_report_access (bool | Unset): true - there is access to the daily location account report, false - no
            access
        finances_z_report_no_limit_today_access (bool | Unset): true - there is access to the location account report,
            false - access to the location account report for the current day
        finances_z_report_excel_access (bool | Unset): true - there is access to export to Excel, false - no access
    """

    finances_access: bool | Unset = UNSET
    finances_accounts_ids: list[GetPermissionListResponse200FinancesFinancesAccountsIdsItem] | Unset = UNSET
    finances_transactions_access: bool | Unset = UNSET
    finances_last_days_count: float | Unset = UNSET
    finances_create_transactions_access: bool | Unset = UNSET
    finances_create_last_days_count: float | Unset = UNSET
    finances_edit_transactions_access: bool | Unset = UNSET
    finances_edit_last_days_count: float | Unset = UNSET
    finances_delete_transactions_access: bool | Unset = UNSET
    finances_transactions_excel_access: bool | Unset = UNSET
    finances_expenses_ids: list[GetPermissionListResponse200FinancesFinancesExpensesIdsItem] | Unset = UNSET
    finances_accounts_access: bool | Unset = UNSET
    finances_accounts_limited_access: bool | Unset = UNSET
    finances_accounts_banalce_access: bool | Unset = UNSET
    finances_suppliers_read_access: bool | Unset = UNSET
    finances_suppliers_create_access: bool | Unset = UNSET
    finances_suppliers_update_access: bool | Unset = UNSET
    finances_suppliers_delete_access: bool | Unset = UNSET
    finances_suppliers_excel_access: bool | Unset = UNSET
    finances_expenses_read_access: bool | Unset = UNSET
    expenses_read_access: bool | Unset = UNSET
    finances_expenses_create_access: bool | Unset = UNSET
    expenses_create_access: bool | Unset = UNSET
    finances_expenses_update_access: bool | Unset = UNSET
    expenses_update_access: bool | Unset = UNSET
    finances_expenses_delete_access: bool | Unset = UNSET
    expenses_delete_access: bool | Unset = UNSET
    finances_kkm_transactions_access: bool | Unset = UNSET
    kkm_transactions_accounts_access: bool | Unset = UNSET
    finances_kkm_settings_read_access: bool | Unset = UNSET
    kkm_settings_reed_access: bool | Unset = UNSET
    finances_kkm_settings_update_access: bool | Unset = UNSET
    kkm_settings_update_access: bool | Unset = UNSET
    finances_settings_invoicing_read_access: bool | Unset = UNSET
    finances_settings_invoicing_update_access: bool | Unset = UNSET
    settings_invoicing_read_access: bool | Unset = UNSET
    settings_invoicing_update_access: bool | Unset = UNSET
    finances_options_read_access: bool | Unset = UNSET
    options_read_access: bool | Unset = UNSET
    finances_options_update_access: bool | Unset = UNSET
    options_update_access: bool | Unset = UNSET
    finances_salary_schemes_access: bool | Unset = UNSET
    finances_salary_calc_access: bool | Unset = UNSET
    finances_salary_not_limitation_today_access: bool | Unset = UNSET
    finances_payroll_calculation_create_access: bool | Unset = UNSET
    finances_payroll_calculation_create_not_limitation_today_access: bool | Unset = UNSET
    finances_salary_access_master_checkbox: bool | Unset = UNSET
    finances_salary_access_master_id: int | Unset = UNSET
    get_salary_access_master_id: int | Unset = UNSET
    finances_salary_master_not_limitation_today_access: bool | Unset = UNSET
    finances_payroll_calculation_create_by_master_access: bool | Unset = UNSET
    calculation_create_by_master_not_limitation_today_access: bool | Unset = UNSET
    finances_period_report_access: bool | Unset = UNSET
    finances_period_report_excel_access: bool | Unset = UNSET
    finances_year_report_access: bool | Unset = UNSET
    finances_year_report_excel_access: bool | Unset = UNSET
    finances_print_check_access: bool | Unset = UNSET
    finances_z_report_access: bool | Unset = UNSET
    finances_z_report_no_limit_today_access: bool | Unset = UNSET
    finances_z_report_excel_access: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        finances_access = self.finances_access
        if type(finances_access) is not bool and finances_access is not UNSET:
            finances_access = _fields.write_boolean(finances_access, "finances_access")
        if finances_access is not UNSET:
            field_dict["finances_access"] = finances_access

        finances_accounts_ids = self.finances_accounts_ids
        if finances_accounts_ids is not UNSET:
            field_dict["finances_accounts_ids"] = _KIND_finances_accounts_ids.write_field(
                finances_accounts_ids, "finances_accounts_ids"
            )

        finances_transactions_access = self.finances_transactions_access
        if type(finances_transactions_access) is not bool and finances_transactions_access is not UNSET:
            finances_transactions_access = _fields.write_boolean(
                finances_transactions_access, "finances_transactions_access"
            )
        if finances_transactions_access is not UNSET:
            field_dict["finances_transactions_access"] = finances_transactions_access

        finances_last_days_count = self.finances_last_days_count
        if finances_last_days_count is not UNSET:
            field_dict["finances_last_days_count"] = _fields.write_number(
                finances_last_days_count, "finances_last_days_count"
            )

        finances_create_transactions_access = self.finances_create_transactions_access
        if type(finances_create_transactions_access) is not bool and finances_create_transactions_access is not UNSET:
            finances_create_transactions_access = _fields.write_boolean(
                finances_create_transactions_access, "finances_create_transactions_access"
            )
        if finances_create_transactions_access is not UNSET:
            field_dict["finances_create_transactions_access"] = finances_create_transactions_access

        finances_create_last_days_count = self.finances_create_last_days_count
        if finances_create_last_days_count is not UNSET:
            field_dict["finances_create_last_days_count"] = _fields.write_number(
                finances_create_last_days_count, "finances_create_last_days_count"
            )

        finances_edit_transactions_access = self.finances_edit_transactions_access
        if type(finances_edit_transactions_access) is not bool and finances_edit_transactions_access is not UNSET:
            finances_edit_transactions_access = _fields.write_boolean(
                finances_edit_transactions_access, "finances_edit_transactions_access"
            )
        if finances_edit_transactions_access is not UNSET:
            field_dict["finances_edit_transactions_access"] = finances_edit_transactions_access

        finances_edit_last_days_count = self.finances_edit_last_days_count
        if finances_edit_last_days_count is not UNSET:
            field_dict["finances_edit_last_days_count"] = _fields.write_number(
                finances_edit_last_days_count, "finances_edit_last_days_count"
            )

        finances_delete_transactions_access = self.finances_delete_transactions_access
        if type(finances_delete_transactions_access) is not bool and finances_delete_transactions_access is not UNSET:
            finances_delete_transactions_access = _fields.write_boolean(
                finances_delete_transactions_access, "finances_delete_transactions_access"
            )
        if finances_delete_transactions_access is not UNSET:
            field_dict["finances_delete_transactions_access"] = finances_delete_transactions_access

        finances_transactions_excel_access = self.finances_transactions_excel_access
        if type(finances_transactions_excel_access) is not bool and finances_transactions_excel_access is not UNSET:
            finances_transactions_excel_access = _fields.write_boolean(
                finances_transactions_excel_access, "finances_transactions_excel_access"
            )
        if finances_transactions_excel_access is not UNSET:
            field_dict["finances_transactions_excel_access"] = finances_transactions_excel_access

        finances_expenses_ids = self.finances_expenses_ids
        if finances_expenses_ids is not UNSET:
            field_dict["finances_expenses_ids"] = _KIND_finances_expenses_ids.write_field(
                finances_expenses_ids, "finances_expenses_ids"
            )

        finances_accounts_access = self.finances_accounts_access
        if type(finances_accounts_access) is not bool and finances_accounts_access is not UNSET:
            finances_accounts_access = _fields.write_boolean(finances_accounts_access, "finances_accounts_access")
        if finances_accounts_access is not UNSET:
            field_dict["finances_accounts_access"] = finances_accounts_access

        finances_accounts_limited_access = self.finances_accounts_limited_access
        if type(finances_accounts_limited_access) is not bool and finances_accounts_limited_access is not UNSET:
            finances_accounts_limited_access = _fields.write_boolean(
                finances_accounts_limited_access, "finances_accounts_limited_access"
            )
        if finances_accounts_limited_access is not UNSET:
            field_dict["finances_accounts_limited_access"] = finances_accounts_limited_access

        finances_accounts_banalce_access = self.finances_accounts_banalce_access
        if type(finances_accounts_banalce_access) is not bool and finances_accounts_banalce_access is not UNSET:
            finances_accounts_banalce_access = _fields.write_boolean(
                finances_accounts_banalce_access, "finances_accounts_banalce_access"
            )
        if finances_accounts_banalce_access is not UNSET:
            field_dict["finances_accounts_banalce_access"] = finances_accounts_banalce_access

        finances_suppliers_read_access = self.finances_suppliers_read_access
        if type(finances_suppliers_read_access) is not bool and finances_suppliers_read_access is not UNSET:
            finances_suppliers_read_access = _fields.write_boolean(
                finances_suppliers_read_access, "finances_suppliers_read_access"
            )
        if finances_suppliers_read_access is not UNSET:
            field_dict["finances_suppliers_read_access"] = finances_suppliers_read_access

        finances_suppliers_create_access = self.finances_suppliers_create_access
        if type(finances_suppliers_create_access) is not bool and finances_suppliers_create_access is not UNSET:
            finances_suppliers_create_access = _fields.write_boolean(
                finances_suppliers_create_access, "finances_suppliers_create_access"
            )
        if finances_suppliers_create_access is not UNSET:
            field_dict["finances_suppliers_create_access"] = finances_suppliers_create_access

        finances_suppliers_update_access = self.finances_suppliers_update_access
        if type(finances_suppliers_update_access) is not bool and finances_suppliers_update_access is not UNSET:
            finances_suppliers_update_access = _fields.write_boolean(
                finances_suppliers_update_access, "finances_suppliers_update_access"
            )
        if finances_suppliers_update_access is not UNSET:
            field_dict["finances_suppliers_update_access"] = finances_suppliers_update_access

        finances_suppliers_delete_access = self.finances_suppliers_delete_access
        if type(finances_suppliers_delete_access) is not bool and finances_suppliers_delete_access is not UNSET:
            finances_suppliers_delete_access = _fields.write_boolean(
                finances_suppliers_delete_access, "finances_suppliers_delete_access"
            )
        if finances_suppliers_delete_access is not UNSET:
            field_dict["finances_suppliers_delete_access"] = finances_suppliers_delete_access

        finances_suppliers_excel_access = self.finances_suppliers_excel_access
        if type(finances_suppliers_excel_access) is not bool and finances_suppliers_excel_access is not UNSET:
            finances_suppliers_excel_access = _fields.write_boolean(
                finances_suppliers_excel_access, "finances_suppliers_excel_access"
            )
        if finances_suppliers_excel_access is not UNSET:
            field_dict["finances_suppliers_excel_access"] = finances_suppliers_excel_access

        finances_expenses_read_access = self.finances_expenses_read_access
        if type(finances_expenses_read_access) is not bool and finances_expenses_read_access is not UNSET:
            finances_expenses_read_access = _fields.write_boolean(
                finances_expenses_read_access, "finances_expenses_read_access"
            )
        if finances_expenses_read_access is not UNSET:
            field_dict["finances_expenses_read_access"] = finances_expenses_read_access

        expenses_read_access = self.expenses_read_access
        if type(expenses_read_access) is not bool and expenses_read_access is not UNSET:
            expenses_read_access = _fields.write_boolean(expenses_read_access, "expenses_read_access")
        if expenses_read_access is not UNSET:
            field_dict["expenses_read_access"] = expenses_read_access

        finances_expenses_create_access = self.finances_expenses_create_access
        if type(finances_expenses_create_access) is not bool and finances_expenses_create_access is not UNSET:
            finances_expenses_create_access = _fields.write_boolean(
                finances_expenses_create_access, "finances_expenses_create_access"
            )
        if finances_expenses_create_access is not UNSET:
            field_dict["finances_expenses_create_access"] = finances_expenses_create_access

        expenses_create_access = self.expenses_create_access
        if type(expenses_create_access) is not bool and expenses_create_access is not UNSET:
            expenses_create_access = _fields.write_boolean(expenses_create_access, "expenses_create_access")
        if expenses_create_access is not UNSET:
            field_dict["expenses_create_access"] = expenses_create_access

        finances_expenses_update_access = self.finances_expenses_update_access
        if type(finances_expenses_update_access) is not bool and finances_expenses_update_access is not UNSET:
            finances_expenses_update_access = _fields.write_boolean(
                finances_expenses_update_access, "finances_expenses_update_access"
            )
        if finances_expenses_update_access is not UNSET:
            field_dict["finances_expenses_update_access"] = finances_expenses_update_access

        expenses_update_access = self.expenses_update_access
        if type(expenses_update_access) is not bool and expenses_update_access is not UNSET:
            expenses_update_access = _fields.write_boolean(expenses_update_access, "expenses_update_access")
        if expenses_update_access is not UNSET:
            field_dict["expenses_update_access"] = expenses_update_access

        finances_expenses_delete_access = self.finances_expenses_delete_access
        if type(finances_expenses_delete_access) is not bool and finances_expenses_delete_access is not UNSET:
            finances_expenses_delete_access = _fields.write_boolean(
                finances_expenses_delete_access, "finances_expenses_delete_access"
            )
        if finances_expenses_delete_access is not UNSET:
            field_dict["finances_expenses_delete_access"] = finances_expenses_delete_access

        expenses_delete_access = self.expenses_delete_access
        if type(expenses_delete_access) is not bool and expenses_delete_access is not UNSET:
            expenses_delete_access = _fields.write_boolean(expenses_delete_access, "expenses_delete_access")
        if expenses_delete_access is not UNSET:
            field_dict["expenses_delete_access"] = expenses_delete_access

        finances_kkm_transactions_access = self.finances_kkm_transactions_access
        if type(finances_kkm_transactions_access) is not bool and finances_kkm_transactions_access is not UNSET:
            finances_kkm_transactions_access = _fields.write_boolean(
                finances_kkm_transactions_access, "finances_kkm_transactions_access"
            )
        if finances_kkm_transactions_access is not UNSET:
            field_dict["finances_kkm_transactions_access"] = finances_kkm_transactions_access

        kkm_transactions_accounts_access = self.kkm_transactions_accounts_access
        if type(kkm_transactions_accounts_access) is not bool and kkm_transactions_accounts_access is not UNSET:
            kkm_transactions_accounts_access = _fields.write_boolean(
                kkm_transactions_accounts_access, "kkm_transactions_accounts_access"
            )
        if kkm_transactions_accounts_access is not UNSET:
            field_dict["kkm_transactions_accounts_access"] = kkm_transactions_accounts_access

        finances_kkm_settings_read_access = self.finances_kkm_settings_read_access
        if type(finances_kkm_settings_read_access) is not bool and finances_kkm_settings_read_access is not UNSET:
            finances_kkm_settings_read_access = _fields.write_boolean(
                finances_kkm_settings_read_access, "finances_kkm_settings_read_access"
            )
        if finances_kkm_settings_read_access is not UNSET:
            field_dict["finances_kkm_settings_read_access"] = finances_kkm_settings_read_access

        kkm_settings_reed_access = self.kkm_settings_reed_access
        if type(kkm_settings_reed_access) is not bool and kkm_settings_reed_access is not UNSET:
            kkm_settings_reed_access = _fields.write_boolean(kkm_settings_reed_access, "kkm_settings_reed_access")
        if kkm_settings_reed_access is not UNSET:
            field_dict["kkm_settings_reed_access"] = kkm_settings_reed_access

        finances_kkm_settings_update_access = self.finances_kkm_settings_update_access
        if type(finances_kkm_settings_update_access) is not bool and finances_kkm_settings_update_access is not UNSET:
            finances_kkm_settings_update_access = _fields.write_boolean(
                finances_kkm_settings_update_access, "finances_kkm_settings_update_access"
            )
        if finances_kkm_settings_update_access is not UNSET:
            field_dict["finances_kkm_settings_update_access"] = finances_kkm_settings_update_access

        kkm_settings_update_access = self.kkm_settings_update_access
        if type(kkm_settings_update_access) is not bool and kkm_settings_update_access is not UNSET:
            kkm_settings_update_access = _fields.write_boolean(kkm_settings_update_access, "kkm_settings_update_access")
        if kkm_settings_update_access is not UNSET:
            field_dict["kkm_settings_update_access"] = kkm_settings_update_access

        finances_settings_invoicing_read_access = self.finances_settings_invoicing_read_access
        if (
            type(finances_settings_invoicing_read_access) is not bool
            and finances_settings_invoicing_read_access is not UNSET
        ):
            finances_settings_invoicing_read_access = _fields.write_boolean(
                finances_settings_invoicing_read_access, "finances_settings_invoicing_read_access"
            )
        if finances_settings_invoicing_read_access is not UNSET:
            field_dict["finances_settings_invoicing_read_access"] = finances_settings_invoicing_read_access

        finances_settings_invoicing_update_access = self.finances_settings_invoicing_update_access
        if (
            type(finances_settings_invoicing_update_access) is not bool
            and finances_settings_invoicing_update_access is not UNSET
        ):
            finances_settings_invoicing_update_access = _fields.write_boolean(
                finances_settings_invoicing_update_access, "finances_settings_invoicing_update_access"
            )
        if finances_settings_invoicing_update_access is not UNSET:
            field_dict["finances_settings_invoicing_update_access"] = finances_settings_invoicing_update_access

        settings_invoicing_read_access = self.settings_invoicing_read_access
        if type(settings_invoicing_read_access) is not bool and settings_invoicing_read_access is not UNSET:
            settings_invoicing_read_access = _fields.write_boolean(
                settings_invoicing_read_access, "settings_invoicing_read_access"
            )
        if settings_invoicing_read_access is not UNSET:
            field_dict["settings_invoicing_read_access"] = settings_invoicing_read_access

        settings_invoicing_update_access = self.settings_invoicing_update_access
        if type(settings_invoicing_update_access) is not bool and settings_invoicing_update_access is not UNSET:
            settings_invoicing_update_access = _fields.write_boolean(
                settings_invoicing_update_access, "settings_invoicing_update_access"
            )
        if settings_invoicing_update_access is not UNSET:
            field_dict["settings_invoicing_update_access"] = settings_invoicing_update_access

        finances_options_read_access = self.finances_options_read_access
        if type(finances_options_read_access) is not bool and finances_options_read_access is not UNSET:
            finances_options_read_access = _fields.write_boolean(
                finances_options_read_access, "finances_options_read_access"
            )
        if finances_options_read_access is not UNSET:
            field_dict["finances_options_read_access"] = finances_options_read_access

        options_read_access = self.options_read_access
        if type(options_read_access) is not bool and options_read_access is not UNSET:
            options_read_access = _fields.write_boolean(options_read_access, "options_read_access")
        if options_read_access is not UNSET:
            field_dict["options_read_access"] = options_read_access

        finances_options_update_access = self.finances_options_update_access
        if type(finances_options_update_access) is not bool and finances_options_update_access is not UNSET:
            finances_options_update_access = _fields.write_boolean(
                finances_options_update_access, "finances_options_update_access"
            )
        if finances_options_update_access is not UNSET:
            field_dict["finances_options_update_access"] = finances_options_update_access

        options_update_access = self.options_update_access
        if type(options_update_access) is not bool and options_update_access is not UNSET:
            options_update_access = _fields.write_boolean(options_update_access, "options_update_access")
        if options_update_access is not UNSET:
            field_dict["options_update_access"] = options_update_access

        finances_salary_schemes_access = self.finances_salary_schemes_access
        if type(finances_salary_schemes_access) is not bool and finances_salary_schemes_access is not UNSET:
            finances_salary_schemes_access = _fields.write_boolean(
                finances_salary_schemes_access, "finances_salary_schemes_access"
            )
        if finances_salary_schemes_access is not UNSET:
            field_dict["finances_salary_schemes_access"] = finances_salary_schemes_access

        finances_salary_calc_access = self.finances_salary_calc_access
        if type(finances_salary_calc_access) is not bool and finances_salary_calc_access is not UNSET:
            finances_salary_calc_access = _fields.write_boolean(
                finances_salary_calc_access, "finances_salary_calc_access"
            )
        if finances_salary_calc_access is not UNSET:
            field_dict["finances_salary_calc_access"] = finances_salary_calc_access

        finances_salary_not_limitation_today_access = self.finances_salary_not_limitation_today_access
        if (
            type(finances_salary_not_limitation_today_access) is not bool
            and finances_salary_not_limitation_today_access is not UNSET
        ):
            finances_salary_not_limitation_today_access = _fields.write_boolean(
                finances_salary_not_limitation_today_access, "finances_salary_not_limitation_today_access"
            )
        if finances_salary_not_limitation_today_access is not UNSET:
            field_dict["finances_salary_not_limitation_today_access"] = finances_salary_not_limitation_today_access

        finances_payroll_calculation_create_access = self.finances_payroll_calculation_create_access
        if (
            type(finances_payroll_calculation_create_access) is not bool
            and finances_payroll_calculation_create_access is not UNSET
        ):
            finances_payroll_calculation_create_access = _fields.write_boolean(
                finances_payroll_calculation_create_access, "finances_payroll_calculation_create_access"
            )
        if finances_payroll_calculation_create_access is not UNSET:
            field_dict["finances_payroll_calculation_create_access"] = finances_payroll_calculation_create_access

        finances_payroll_calculation_create_not_limitation_today_access = (
            self.finances_payroll_calculation_create_not_limitation_today_access
        )
        if (
            type(finances_payroll_calculation_create_not_limitation_today_access) is not bool
            and finances_payroll_calculation_create_not_limitation_today_access is not UNSET
        ):
            finances_payroll_calculation_create_not_limitation_today_access = _fields.write_boolean(
                finances_payroll_calculation_create_not_limitation_today_access,
                "finances_payroll_calculation_create_not_limitation_today_access",
            )
        if finances_payroll_calculation_create_not_limitation_today_access is not UNSET:
            field_dict["finances_payroll_calculation_create_not_limitation_today_access"] = (
                finances_payroll_calculation_create_not_limitation_today_access
            )

        finances_salary_access_master_checkbox = self.finances_salary_access_master_checkbox
        if (
            type(finances_salary_access_master_checkbox) is not bool
            and finances_salary_access_master_checkbox is not UNSET
        ):
            finances_salary_access_master_checkbox = _fields.write_boolean(
                finances_salary_access_master_checkbox, "finances_salary_access_master_checkbox"
            )
        if finances_salary_access_master_checkbox is not UNSET:
            field_dict["finances_salary_access_master_checkbox"] = finances_salary_access_master_checkbox

        finances_salary_access_master_id = self.finances_salary_access_master_id
        if type(finances_salary_access_master_id) is not int and finances_salary_access_master_id is not UNSET:
            finances_salary_access_master_id = _fields.write_integer(
                finances_salary_access_master_id, "finances_salary_access_master_id"
            )
        if finances_salary_access_master_id is not UNSET:
            field_dict["finances_salary_access_master_id"] = finances_salary_access_master_id

        get_salary_access_master_id = self.get_salary_access_master_id
        if type(get_salary_access_master_id) is not int and get_salary_access_master_id is not UNSET:
            get_salary_access_master_id = _fields.write_integer(
                get_salary_access_master_id, "get_salary_access_master_id"
            )
        if get_salary_access_master_id is not UNSET:
            field_dict["get_salary_access_master_id"] = get_salary_access_master_id

        finances_salary_master_not_limitation_today_access = self.finances_salary_master_not_limitation_today_access
        if (
            type(finances_salary_master_not_limitation_today_access) is not bool
            and finances_salary_master_not_limitation_today_access is not UNSET
        ):
            finances_salary_master_not_limitation_today_access = _fields.write_boolean(
                finances_salary_master_not_limitation_today_access, "finances_salary_master_not_limitation_today_access"
            )
        if finances_salary_master_not_limitation_today_access is not UNSET:
            field_dict["finances_salary_master_not_limitation_today_access"] = (
                finances_salary_master_not_limitation_today_access
            )

        finances_payroll_calculation_create_by_master_access = self.finances_payroll_calculation_create_by_master_access
        if (
            type(finances_payroll_calculation_create_by_master_access) is not bool
            and finances_payroll_calculation_create_by_master_access is not UNSET
        ):
            finances_payroll_calculation_create_by_master_access = _fields.write_boolean(
                finances_payroll_calculation_create_by_master_access,
                "finances_payroll_calculation_create_by_master_access",
            )
        if finances_payroll_calculation_create_by_master_access is not UNSET:
            field_dict["finances_payroll_calculation_create_by_master_access"] = (
                finances_payroll_calculation_create_by_master_access
            )

        calculation_create_by_master_not_limitation_today_access = (
            self.calculation_create_by_master_not_limitation_today_access
        )
        if (
            type(calculation_create_by_master_not_limitation_today_access) is not bool
            and calculation_create_by_master_not_limitation_today_access is not UNSET
        ):
            calculation_create_by_master_not_limitation_today_access = _fields.write_boolean(
                calculation_create_by_master_not_limitation_today_access,
                "calculation_create_by_master_not_limitation_today_access",
            )
        if calculation_create_by_master_not_limitation_today_access is not UNSET:
            field_dict["calculation_create_by_master_not_limitation_today_access"] = (
                calculation_create_by_master_not_limitation_today_access
            )

        finances_period_report_access = self.finances_period_report_access
        if type(finances_period_report_access) is not bool and finances_period_report_access is not UNSET:
            finances_period_report_access = _fields.write_boolean(
                finances_period_report_access, "finances_period_report_access"
            )
        if finances_period_report_access is not UNSET:
            field_dict["finances_period_report_access"] = finances_period_report_access

        finances_period_report_excel_access = self.finances_period_report_excel_access
        if type(finances_period_report_excel_access) is not bool and finances_period_report_excel_access is not UNSET:
            finances_period_report_excel_access = _fields.write_boolean(
                finances_period_report_excel_access, "finances_period_report_excel_access"
            )
        if finances_period_report_excel_access is not UNSET:
            field_dict["finances_period_report_excel_access"] = finances_period_report_excel_access

        finances_year_report_access = self.finances_year_report_access
        if type(finances_year_report_access) is not bool and finances_year_report_access is not UNSET:
            finances_year_report_access = _fields.write_boolean(
                finances_year_report_access, "finances_year_report_access"
            )
        if finances_year_report_access is not UNSET:
            field_dict["finances_year_report_access"] = finances_year_report_access

        finances_year_report_excel_access = self.finances_year_report_excel_access
        if type(finances_year_report_excel_access) is not bool and finances_year_report_excel_access is not UNSET:
            finances_year_report_excel_access = _fields.write_boolean(
                finances_year_report_excel_access, "finances_year_report_excel_access"
            )
        if finances_year_report_excel_access is not UNSET:
            field_dict["finances_year_report_excel_access"] = finances_year_report_excel_access

        finances_print_check_access = self.finances_print_check_access
        if type(finances_print_check_access) is not bool and finances_print_check_access is not UNSET:
            finances_print_check_access = _fields.write_boolean(
                finances_print_check_access, "finances_print_check_access"
            )
        if finances_print_check_access is not UNSET:
            field_dict["finances_print_check_access"] = finances_print_check_access

        finances_z_report_access = self.finances_z_report_access
        if type(finances_z_report_access) is not bool and finances_z_report_access is not UNSET:
            finances_z_report_access = _fields.write_boolean(finances_z_report_access, "finances_z_report_access")
        if finances_z_report_access is not UNSET:
            field_dict["finances_z_report_access"] = finances_z_report_access

        finances_z_report_no_limit_today_access = self.finances_z_report_no_limit_today_access
        if (
            type(finances_z_report_no_limit_today_access) is not bool
            and finances_z_report_no_limit_today_access is not UNSET
        ):
            finances_z_report_no_limit_today_access = _fields.write_boolean(
                finances_z_report_no_limit_today_access, "finances_z_report_no_limit_today_access"
            )
        if finances_z_report_no_limit_today_access is not UNSET:
            field_dict["finances_z_report_no_limit_today_access"] = finances_z_report_no_limit_today_access

        finances_z_report_excel_access = self.finances_z_report_excel_access
        if type(finances_z_report_excel_access) is not bool and finances_z_report_excel_access is not UNSET:
            finances_z_report_excel_access = _fields.write_boolean(
                finances_z_report_excel_access, "finances_z_report_excel_access"
            )
        if finances_z_report_excel_access is not UNSET:
            field_dict["finances_z_report_excel_access"] = finances_z_report_excel_access

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        finances_access = _get("finances_access", UNSET)
        if type(finances_access) is not bool and finances_access is not UNSET:
            finances_access = _fields.read_boolean(finances_access, "finances_access")

        finances_accounts_ids = _get("finances_accounts_ids", UNSET)
        if finances_accounts_ids is not UNSET:
            finances_accounts_ids = _KIND_finances_accounts_ids.read_field(
                finances_accounts_ids, "finances_accounts_ids"
            )

        finances_transactions_access = _get("finances_transactions_access", UNSET)
        if type(finances_transactions_access) is not bool and finances_transactions_access is not UNSET:
            finances_transactions_access = _fields.read_boolean(
                finances_transactions_access, "finances_transactions_access"
            )

        finances_last_days_count = _get("finances_last_days_count", UNSET)
        if (
            type(finances_last_days_count) is not float
            and type(finances_last_days_count) is not int
            and finances_last_days_count is not UNSET
        ):
            finances_last_days_count = _fields.read_number(finances_last_days_count, "finances_last_days_count")

        finances_create_transactions_access = _get("finances_create_transactions_access", UNSET)
        if type(finances_create_transactions_access) is not bool and finances_create_transactions_access is not UNSET:
            finances_create_transactions_access = _fields.read_boolean(
                finances_create_transactions_access, "finances_create_transactions_access"
            )

        finances_create_last_days_count = _get("finances_create_last_days_count", UNSET)
        if (
            type(finances_create_last_days_count) is not float
            and type(finances_create_last_days_count) is not int
            and finances_create_last_days_count is not UNSET
        ):
            finances_create_last_days_count = _fields.read_number(
                finances_create_last_days_count, "finances_create_last_days_count"
            )

        finances_edit_transactions_access = _get("finances_edit_transactions_access", UNSET)
        if type(finances_edit_transactions_access) is not bool and finances_edit_transactions_access is not UNSET:
            finances_edit_transactions_access = _fields.read_boolean(
                finances_edit_transactions_access, "finances_edit_transactions_access"
            )

        finances_edit_last_days_count = _get("finances_edit_last_days_count", UNSET)
        if (
            type(finances_edit_last_days_count) is not float
            and type(finances_edit_last_days_count) is not int
            and finances_edit_last_days_count is not UNSET
        ):
            finances_edit_last_days_count = _fields.read_number(
                finances_edit_last_days_count, "finances_edit_last_days_count"
            )

        finances_delete_transactions_access = _get("finances_delete_transactions_access", UNSET)
        if type(finances_delete_transactions_access) is not bool and finances_delete_transactions_access is not UNSET:
            finances_delete_transactions_access = _fields.read_boolean(
                finances_delete_transactions_access, "finances_delete_transactions_access"
            )

        finances_transactions_excel_access = _get("finances_transactions_excel_access", UNSET)
        if type(finances_transactions_excel_access) is not bool and finances_transactions_excel_access is not UNSET:
            finances_transactions_excel_access = _fields.read_boolean(
                finances_transactions_excel_access, "finances_transactions_excel_access"
            )

        finances_expenses_ids = _get("finances_expenses_ids", UNSET)
        if finances_expenses_ids is not UNSET:
            finances_expenses_ids = _KIND_finances_expenses_ids.read_field(
                finances_expenses_ids, "finances_expenses_ids"
            )

        finances_accounts_access = _get("finances_accounts_access", UNSET)
        if type(finances_accounts_access) is not bool and finances_accounts_access is not UNSET:
            finances_accounts_access = _fields.read_boolean(finances_accounts_access, "finances_accounts_access")

        finances_accounts_limited_access = _get("finances_accounts_limited_access", UNSET)
        if type(finances_accounts_limited_access) is not bool and finances_accounts_limited_access is not UNSET:
            finances_accounts_limited_access = _fields.read_boolean(
                finances_accounts_limited_access, "finances_accounts_limited_access"
            )

        finances_accounts_banalce_access = _get("finances_accounts_banalce_access", UNSET)
        if type(finances_accounts_banalce_access) is not bool and finances_accounts_banalce_access is not UNSET:
            finances_accounts_banalce_access = _fields.read_boolean(
                finances_accounts_banalce_access, "finances_accounts_banalce_access"
            )

        finances_suppliers_read_access = _get("finances_suppliers_read_access", UNSET)
        if type(finances_suppliers_read_access) is not bool and finances_suppliers_read_access is not UNSET:
            finances_suppliers_read_access = _fields.read_boolean(
                finances_suppliers_read_access, "finances_suppliers_read_access"
            )

        finances_suppliers_create_access = _get("finances_suppliers_create_access", UNSET)
        if type(finances_suppliers_create_access) is not bool and finances_suppliers_create_access is not UNSET:
            finances_suppliers_create_access = _fields.read_boolean(
                finances_suppliers_create_access, "finances_suppliers_create_access"
            )

        finances_suppliers_update_access = _get("finances_suppliers_update_access", UNSET)
        if type(finances_suppliers_update_access) is not bool and finances_suppliers_update_access is not UNSET:
            finances_suppliers_update_access = _fields.read_boolean(
                finances_suppliers_update_access, "finances_suppliers_update_access"
            )

        finances_suppliers_delete_access = _get("finances_suppliers_delete_access", UNSET)
        if type(finances_suppliers_delete_access) is not bool and finances_suppliers_delete_access is not UNSET:
            finances_suppliers_delete_access = _fields.read_boolean(
                finances_suppliers_delete_access, "finances_suppliers_delete_access"
            )

        finances_suppliers_excel_access = _get("finances_suppliers_excel_access", UNSET)
        if type(finances_suppliers_excel_access) is not bool and finances_suppliers_excel_access is not UNSET:
            finances_suppliers_excel_access = _fields.read_boolean(
                finances_suppliers_excel_access, "finances_suppliers_excel_access"
            )

        finances_expenses_read_access = _get("finances_expenses_read_access", UNSET)
        if type(finances_expenses_read_access) is not bool and finances_expenses_read_access is not UNSET:
            finances_expenses_read_access = _fields.read_boolean(
                finances_expenses_read_access, "finances_expenses_read_access"
            )

        expenses_read_access = _get("expenses_read_access", UNSET)
        if type(expenses_read_access) is not bool and expenses_read_access is not UNSET:
            expenses_read_access = _fields.read_boolean(expenses_read_access, "expenses_read_access")

        finances_expenses_create_access = _get("finances_expenses_create_access", UNSET)
        if type(finances_expenses_create_access) is not bool and finances_expenses_create_access is not UNSET:
            finances_expenses_create_access = _fields.read_boolean(
                finances_expenses_create_access, "finances_expenses_create_access"
            )

        expenses_create_access = _get("expenses_create_access", UNSET)
        if type(expenses_create_access) is not bool and expenses_create_access is not UNSET:
            expenses_create_access = _fields.read_boolean(expenses_create_access, "expenses_create_access")

        finances_expenses_update_access = _get("finances_expenses_update_access", UNSET)
        if type(finances_expenses_update_access) is not bool and finances_expenses_update_access is not UNSET:
            finances_expenses_update_access = _fields.read_boolean(
                finances_expenses_update_access, "finances_expenses_update_access"
            )

        expenses_update_access = _get("expenses_update_access", UNSET)
        if type(expenses_update_access) is not bool and expenses_update_access is not UNSET:
            expenses_update_access = _fields.read_boolean(expenses_update_access, "expenses_update_access")

        finances_expenses_delete_access = _get("finances_expenses_delete_access", UNSET)
        if type(finances_expenses_delete_access) is not bool and finances_expenses_delete_access is not UNSET:
            finances_expenses_delete_access = _fields.read_boolean(
                finances_expenses_delete_access, "finances_expenses_delete_access"
            )

        expenses_delete_access = _get("expenses_delete_access", UNSET)
        if type(expenses_delete_access) is not bool and expenses_delete_access is not UNSET:
            expenses_delete_access = _fields.read_boolean(expenses_delete_access, "expenses_delete_access")

        finances_kkm_transactions_access = _get("finances_kkm_transactions_access", UNSET)
        if type(finances_kkm_transactions_access) is not bool and finances_kkm_transactions_access is not UNSET:
            finances_kkm_transactions_access = _fields.read_boolean(
                finances_kkm_transactions_access, "finances_kkm_transactions_access"
            )

        kkm_transactions_accounts_access = _get("kkm_transactions_accounts_access", UNSET)
        if type(kkm_transactions_accounts_access) is not bool and kkm_transactions_accounts_access is not UNSET:
            kkm_transactions_accounts_access = _fields.read_boolean(
                kkm_transactions_accounts_access, "kkm_transactions_accounts_access"
            )

        finances_kkm_settings_read_access = _get("finances_kkm_settings_read_access", UNSET)
        if type(finances_kkm_settings_read_access) is not bool and finances_kkm_settings_read_access is not UNSET:
            finances_kkm_settings_read_access = _fields.read_boolean(
                finances_kkm_settings_read_access, "finances_kkm_settings_read_access"
            )

        kkm_settings_reed_access = _get("kkm_settings_reed_access", UNSET)
        if type(kkm_settings_reed_access) is not bool and kkm_settings_reed_access is not UNSET:
            kkm_settings_reed_access = _fields.read_boolean(kkm_settings_reed_access, "kkm_settings_reed_access")

        finances_kkm_settings_update_access = _get("finances_kkm_settings_update_access", UNSET)
        if type(finances_kkm_settings_update_access) is not bool and finances_kkm_settings_update_access is not UNSET:
            finances_kkm_settings_update_access = _fields.read_boolean(
                finances_kkm_settings_update_access, "finances_kkm_settings_update_access"
            )

        kkm_settings_update_access = _get("kkm_settings_update_access", UNSET)
        if type(kkm_settings_update_access) is not bool and kkm_settings_update_access is not UNSET:
            kkm_settings_update_access = _fields.read_boolean(kkm_settings_update_access, "kkm_settings_update_access")

        finances_settings_invoicing_read_access = _get("finances_settings_invoicing_read_access", UNSET)
        if (
            type(finances_settings_invoicing_read_access) is not bool
            and finances_settings_invoicing_read_access is not UNSET
        ):
            finances_settings_invoicing_read_access = _fields.read_boolean(
                finances_settings_invoicing_read_access, "finances_settings_invoicing_read_access"
            )

        finances_settings_invoicing_update_access = _get("finances_settings_invoicing_update_access", UNSET)
        if (
            type(finances_settings_invoicing_update_access) is not bool
            and finances_settings_invoicing_update_access is not UNSET
        ):
            finances_settings_invoicing_update_access = _fields.read_boolean(
                finances_settings_invoicing_update_access, "finances_settings_invoicing_update_access"
            )

        settings_invoicing_read_access = _get("settings_invoicing_read_access", UNSET)
        if type(settings_invoicing_read_access) is not bool and settings_invoicing_read_access is not UNSET:
            settings_invoicing_read_access = _fields.read_boolean(
                settings_invoicing_read_access, "settings_invoicing_read_access"
            )

        settings_invoicing_update_access = _get("settings_invoicing_update_access", UNSET)
        if type(settings_invoicing_update_access) is not bool and settings_invoicing_update_access is not UNSET:
            settings_invoicing_update_access = _fields.read_boolean(
                settings_invoicing_update_access, "settings_invoicing_update_access"
            )

        finances_options_read_access = _get("finances_options_read_access", UNSET)
        if type(finances_options_read_access) is not bool and finances_options_read_access is not UNSET:
            finances_options_read_access = _fields.read_boolean(
                finances_options_read_access, "finances_options_read_access"
            )

        options_read_access = _get("options_read_access", UNSET)
        if type(options_read_access) is not bool and options_read_access is not UNSET:
            options_read_access = _fields.read_boolean(options_read_access, "options_read_access")

        finances_options_update_access = _get("finances_options_update_access", UNSET)
        if type(finances_options_update_access) is not bool and finances_options_update_access is not UNSET:
            finances_options_update_access = _fields.read_boolean(
                finances_options_update_access, "finances_options_update_access"
            )

        options_update_access = _get("options_update_access", UNSET)
        if type(options_update_access) is not bool and options_update_access is not UNSET:
            options_update_access = _fields.read_boolean(options_update_access, "options_update_access")

        finances_salary_schemes_access = _get("finances_salary_schemes_access", UNSET)
        if type(finances_salary_schemes_access) is not bool and finances_salary_schemes_access is not UNSET:
            finances_salary_schemes_access = _fields.read_boolean(
                finances_salary_schemes_access, "finances_salary_schemes_access"
            )

        finances_salary_calc_access = _get("finances_salary_calc_access", UNSET)
        if type(finances_salary_calc_access) is not bool and finances_salary_calc_access is not UNSET:
            finances_salary_calc_access = _fields.read_boolean(
                finances_salary_calc_access, "finances_salary_calc_access"
            )

        finances_salary_not_limitation_today_access = _get("finances_salary_not_limitation_today_access", UNSET)
        if (
            type(finances_salary_not_limitation_today_access) is not bool
            and finances_salary_not_limitation_today_access is not UNSET
        ):
            finances_salary_not_limitation_today_access = _fields.read_boolean(
                finances_salary_not_limitation_today_access, "finances_salary_not_limitation_today_access"
            )

        finances_payroll_calculation_create_access = _get("finances_payroll_calculation_create_access", UNSET)
        if (
            type(finances_payroll_calculation_create_access) is not bool
            and finances_payroll_calculation_create_access is not UNSET
        ):
            finances_payroll_calculation_create_access = _fields.read_boolean(
                finances_payroll_calculation_create_access, "finances_payroll_calculation_create_access"
            )

        finances_payroll_calculation_create_not_limitation_today_access = _get(
            "finances_payroll_calculation_create_not_limitation_today_access", UNSET
        )
        if (
            type(finances_payroll_calculation_create_not_limitation_today_access) is not bool
            and finances_payroll_calculation_create_not_limitation_today_access is not UNSET
        ):
            finances_payroll_calculation_create_not_limitation_today_access = _fields.read_boolean(
                finances_payroll_calculation_create_not_limitation_today_access,
                "finances_payroll_calculation_create_not_limitation_today_access",
            )

        finances_salary_access_master_checkbox = _get("finances_salary_access_master_checkbox", UNSET)
        if (
            type(finances_salary_access_master_checkbox) is not bool
            and finances_salary_access_master_checkbox is not UNSET
        ):
            finances_salary_access_master_checkbox = _fields.read_boolean(
                finances_salary_access_master_checkbox, "finances_salary_access_master_checkbox"
            )

        finances_salary_access_master_id = _get("finances_salary_access_master_id", UNSET)
        if type(finances_salary_access_master_id) is not int and finances_salary_access_master_id is not UNSET:
            finances_salary_access_master_id = _fields.read_integer(
                finances_salary_access_master_id, "finances_salary_access_master_id"
            )

        get_salary_access_master_id = _get("get_salary_access_master_id", UNSET)
        if type(get_salary_access_master_id) is not int and get_salary_access_master_id is not UNSET:
            get_salary_access_master_id = _fields.read_integer(
                get_salary_access_master_id, "get_salary_access_master_id"
            )

        finances_salary_master_not_limitation_today_access = _get(
            "finances_salary_master_not_limitation_today_access", UNSET
        )
        if (
            type(finances_salary_master_not_limitation_today_access) is not bool
            and finances_salary_master_not_limitation_today_access is not UNSET
        ):
            finances_salary_master_not_limitation_today_access = _fields.read_boolean(
                finances_salary_master_not_limitation_today_access, "finances_salary_master_not_limitation_today_access"
            )

        finances_payroll_calculation_create_by_master_access = _get(
            "finances_payroll_calculation_create_by_master_access", UNSET
        )
        if (
            type(finances_payroll_calculation_create_by_master_access) is not bool
            and finances_payroll_calculation_create_by_master_access is not UNSET
        ):
            finances_payroll_calculation_create_by_master_access = _fields.read_boolean(
                finances_payroll_calculation_create_by_master_access,
                "finances_payroll_calculation_create_by_master_access",
            )

        calculation_create_by_master_not_limitation_today_access = _get(
            "calculation_create_by_master_not_limitation_today_access", UNSET
        )
        if (
            type(calculation_create_by_master_not_limitation_today_access) is not bool
            and calculation_create_by_master_not_limitation_today_access is not UNSET
        ):
            calculation_create_by_master_not_limitation_today_access = _fields.read_boolean(
                calculation_create_by_master_not_limitation_today_access,
                "calculation_create_by_master_not_limitation_today_access",
            )

        finances_period_report_access = _get("finances_period_report_access", UNSET)
        if type(finances_period_report_access) is not bool and finances_period_report_access is not UNSET:
            finances_period_report_access = _fields.read_boolean(
                finances_period_report_access, "finances_period_report_access"
            )

        finances_period_report_excel_access = _get("finances_period_report_excel_access", UNSET)
        if type(finances_period_report_excel_access) is not bool and finances_period_report_excel_access is not UNSET:
            finances_period_report_excel_access = _fields.read_boolean(
                finances_period_report_excel_access, "finances_period_report_excel_access"
            )

        finances_year_report_access = _get("finances_year_report_access", UNSET)
        if type(finances_year_report_access) is not bool and finances_year_report_access is not UNSET:
            finances_year_report_access = _fields.read_boolean(
                finances_year_report_access, "finances_year_report_access"
            )

        finances_year_report_excel_access = _get("finances_year_report_excel_access", UNSET)
        if type(finances_year_report_excel_access) is not bool and finances_year_report_excel_access is not UNSET:
            finances_year_report_excel_access = _fields.read_boolean(
                finances_year_report_excel_access, "finances_year_report_excel_access"
            )

        finances_print_check_access = _get("finances_print_check_access", UNSET)
        if type(finances_print_check_access) is not bool and finances_print_check_access is not UNSET:
            finances_print_check_access = _fields.read_boolean(
                finances_print_check_access, "finances_print_check_access"
            )

        finances_z_report_access = _get("finances_z_report_access", UNSET)
        if type(finances_z_report_access) is not bool and finances_z_report_access is not UNSET:
            finances_z_report_access = _fields.read_boolean(finances_z_report_access, "finances_z_report_access")

        finances_z_report_no_limit_today_access = _get("finances_z_report_no_limit_today_access", UNSET)
        if (
            type(finances_z_report_no_limit_today_access) is not bool
            and finances_z_report_no_limit_today_access is not UNSET
        ):
            finances_z_report_no_limit_today_access = _fields.read_boolean(
                finances_z_report_no_limit_today_access, "finances_z_report_no_limit_today_access"
            )

        finances_z_report_excel_access = _get("finances_z_report_excel_access", UNSET)
        if type(finances_z_report_excel_access) is not bool and finances_z_report_excel_access is not UNSET:
            finances_z_report_excel_access = _fields.read_boolean(
                finances_z_report_excel_access, "finances_z_report_excel_access"
            )

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.finances_access = finances_access
        _model.finances_accounts_ids = finances_accounts_ids
        _model.finances_transactions_access = finances_transactions_access
        _model.finances_last_days_count = finances_last_days_count
        _model.finances_create_transactions_access = finances_create_transactions_access
        _model.finances_create_last_days_count = finances_create_last_days_count
        _model.finances_edit_transactions_access = finances_edit_transactions_access
        _model.finances_edit_last_days_count = finances_edit_last_days_count
        _model.finances_delete_transactions_access = finances_delete_transactions_access
        _model.finances_transactions_excel_access = finances_transactions_excel_access
        _model.finances_expenses_ids = finances_expenses_ids
        _model.finances_accounts_access = finances_accounts_access
        _model.finances_accounts_limited_access = finances_accounts_limited_access
        _model.finances_accounts_banalce_access = finances_accounts_banalce_access
        _model.finances_suppliers_read_access = finances_suppliers_read_access
        _model.finances_suppliers_create_access = finances_suppliers_create_access
        _model.finances_suppliers_update_access = finances_suppliers_update_access
        _model.finances_suppliers_delete_access = finances_suppliers_delete_access
        _model.finances_suppliers_excel_access = finances_suppliers_excel_access
        _model.finances_expenses_read_access = finances_expenses_read_access
        _model.expenses_read_access = expenses_read_access
        _model.finances_expenses_create_access = finances_expenses_create_access
        _model.expenses_create_access = expenses_create_access
        _model.finances_expenses_update_access = finances_expenses_update_access
        _model.expenses_update_access = expenses_update_access
        _model.finances_expenses_delete_access = finances_expenses_delete_access
        _model.expenses_delete_access = expenses_delete_access
        _model.finances_kkm_transactions_access = finances_kkm_transactions_access
        _model.kkm_transactions_accounts_access = kkm_transactions_accounts_access
        _model.finances_kkm_settings_read_access = finances_kkm_settings_read_access
        _model.kkm_settings_reed_access = kkm_settings_reed_access
        _model.finances_kkm_settings_update_access = finances_kkm_settings_update_access
        _model.kkm_settings_update_access = kkm_settings_update_access
        _model.finances_settings_invoicing_read_access = finances_settings_invoicing_read_access
        _model.finances_settings_invoicing_update_access = finances_settings_invoicing_update_access
        _model.settings_invoicing_read_access = settings_invoicing_read_access
        _model.settings_invoicing_update_access = settings_invoicing_update_access
        _model.finances_options_read_access = finances_options_read_access
        _model.options_read_access = options_read_access
        _model.finances_options_update_access = finances_options_update_access
        _model.options_update_access = options_update_access
        _model.finances_salary_schemes_access = finances_salary_schemes_access
        _model.finances_salary_calc_access = finances_salary_calc_access
        _model.finances_salary_not_limitation_today_access = finances_salary_not_limitation_today_access
        _model.finances_payroll_calculation_create_access = finances_payroll_calculation_create_access
        _model.finances_payroll_calculation_create_not_limitation_today_access = (
            finances_payroll_calculation_create_not_limitation_today_access
        )
        _model.finances_salary_access_master_checkbox = finances_salary_access_master_checkbox
        _model.finances_salary_access_master_id = finances_salary_access_master_id
        _model.get_salary_access_master_id = get_salary_access_master_id
        _model.finances_salary_master_not_limitation_today_access = finances_salary_master_not_limitation_today_access
        _model.finances_payroll_calculation_create_by_master_access = (
            finances_payroll_calculation_create_by_master_access
        )
        _model.calculation_create_by_master_not_limitation_today_access = (
            calculation_create_by_master_not_limitation_today_access
        )
        _model.finances_period_report_access = finances_period_report_access
        _model.finances_period_report_excel_access = finances_period_report_excel_access
        _model.finances_year_report_access = finances_year_report_access
        _model.finances_year_report_excel_access = finances_year_report_excel_access
        _model.finances_print_check_access = finances_print_check_access
        _model.finances_z_report_access = finances_z_report_access
        _model.finances_z_report_no_limit_today_access = finances_z_report_no_limit_today_access
        _model.finances_z_report_excel_access = finances_z_report_excel_access
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetPermissionListResponse200Finances:
            _fields.init_added_fields(_model, GetPermissionListResponse200Finances)
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
