from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetPermissionListResponse200RecordForm")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "record_form_access",
        "record_form_client_access",
        "records_autocomplete_access",
        "create_records_access",
        "edit_records_access",
        "edit_records_attendance_access",
        "records_services_cost_access",
        "records_services_discount_access",
        "record_edit_full_paid_access",
        "delete_records_access",
        "delete_customer_came_records_access",
        "delete_paid_records_access",
        "records_goods_access",
        "records_goods_create_transaction_access",
        "records_goods_create_last_days_count",
        "records_goods_edit_transaction_access",
        "records_goods_edit_last_days_count",
        "records_goods_cost_access",
        "records_goods_discount_access",
        "records_finances_access",
        "records_finances_last_days_count",
        "records_finances_pay_from_deposits_access",
        "records_group_id_access",
        "records_group_id",
        "record_form_client_add_access",
        "records_autocomplete_phone_access",
        "assistants_management_access",
        "assistants_reward_share_edit_access",
        "records_edit_last_days_count",
        "records_edit_date_and_master_access",
        "records_edit_duration_access",
        "records_edit_comment_access",
        "records_edit_services_access",
        "records_consumables_edit_access",
        "record_edit_full_paid_client_came_access",
        "record_edit_full_paid_client_confirm_access",
        "custom_fields_client_values_read_access",
        "custom_fields_client_values_edit_access",
        "custom_fields_record_values_read_access",
        "custom_fields_record_values_edit_access",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class GetPermissionListResponse200RecordForm:
    """Appointment window

    Attributes:
        record_form_access (bool | Unset): true - there is access to the appointment form, false - no access
        record_form_client_access (bool | Unset): true - there is access to customer data, false - no access
        records_autocomplete_access (bool | Unset): true - there is access to the drop-down list with customer data,
            false - no access
        create_records_access (bool | Unset): true - there is access to create appointments, false - no access to Create
            appointments
        edit_records_access (bool | Unset): true - there is access to change records, false - no access
        edit_records_attendance_access (bool | Unset): true - there is access to records with visit status "customer
            arrived", false - no access
        records_services_cost_access (bool | Unset): true - there is access to change the cost of services, false - no
            access
        records_services_discount_access (bool | Unset): true - there is access to change discounts for services, false
            - no access
        record_edit_full_paid_access (bool | Unset): true - there is access to edit the paid post, false - no access
        delete_records_access (bool | Unset): true - there is access to delete the appointment, false - no access
        delete_customer_came_records_access (bool | Unset): true - there is access to delete records with the "client
            has arrived" status, false - no access
        delete_paid_records_access (bool | Unset): true - there is access to delete paid appointments, false - no access
        records_goods_access (bool | Unset): true - there is access to product sales, false - no access
        records_goods_create_transaction_access (bool | Unset): true - there is access to create commodity transactions,
            false - no access
        records_goods_create_last_days_count (float | Unset): -1 - access to create commodity transactions for all time,
            >= 0 - access to create commodity transactions for the specified number of days in the past
        records_goods_edit_transaction_access (bool | Unset): true - there is access to editing commodity transactions,
            false - no access
        records_goods_edit_last_days_count (float | Unset): -1 - there is access to editing commodity transactions for
            all time, >= 0 - access to editing commodity transactions for the specified number of days in the past''
        records_goods_cost_access (bool | Unset): true - there is access to change the cost of products, false - no
            access
        records_goods_discount_access (bool | Unset): true - there is access to change product discounts, false - no
            access
        records_finances_access (bool | Unset): true - there is access to payment, false - no access
        records_finances_last_days_count (float | Unset): -1 - there is access to making payments in records for the
            whole time, >= 0 - access to making payments in records for the specified number of days in the past
        records_finances_pay_from_deposits_access (bool | Unset): true - there is access to making payments in records
            from the client's personal account, false - no access
        records_group_id_access (bool | Unset): true - there is access to client data over the chain, false - no access
        records_group_id (int | Unset): ID of the chain to which there is access to customer data
        record_form_client_add_access (bool | Unset): true - there is access to add clients from appointment form, false
            - no access
        records_autocomplete_phone_access (bool | Unset): true - there is access to phone autocomplete in appointment
            form, false - no access
        assistants_management_access (bool | Unset): true - there is access to manage assistants, false - no access
        assistants_reward_share_edit_access (bool | Unset): true - there is access to edit assistant reward share, false
            - no access
        records_edit_last_days_count (float | Unset): -1 - access to edit appointments for all time, >= 0 - access to
            edit appointments for the specified number of days in the past
        records_edit_date_and_master_access (bool | Unset): true - there is access to edit appointment date and team
            member, false - no access
        records_edit_duration_access (bool | Unset): true - there is access to edit appointment duration, false - no
            access
        records_edit_comment_access (bool | Unset): true - there is access to edit appointment comment, false - no
            access
        records_edit_services_access (bool | Unset): true - there is access to edit appointment services, false - no
            access
        records_consumables_edit_access (bool | Unset): true - there is access to edit appointment consumables, false -
            no access
        record_edit_full_paid_client_came_access (bool | Unset): true - there is access to edit fully paid appointments
            with client arrived status, false - no access
        record_edit_full_paid_client_confirm_access (bool | Unset): true - there is access to edit fully paid
            appointments with client confirmed status, false - no access
        custom_fields_client_values_read_access (bool | Unset): true - there is access to read client custom field
            values, false - no access
        custom_fields_client_values_edit_access (bool | Unset): true - there is access to edit client custom field
            values, false - no access
        custom_fields_record_values_read_access (bool | Unset): true - there is access to read appointment custom field
            values, false - no access
        custom_fields_record_values_edit_access (bool | Unset): true - there is access to edit appointment custom field
            values, false - no access
    """

    record_form_access: bool | Unset = UNSET
    record_form_client_access: bool | Unset = UNSET
    records_autocomplete_access: bool | Unset = UNSET
    create_records_access: bool | Unset = UNSET
    edit_records_access: bool | Unset = UNSET
    edit_records_attendance_access: bool | Unset = UNSET
    records_services_cost_access: bool | Unset = UNSET
    records_services_discount_access: bool | Unset = UNSET
    record_edit_full_paid_access: bool | Unset = UNSET
    delete_records_access: bool | Unset = UNSET
    delete_customer_came_records_access: bool | Unset = UNSET
    delete_paid_records_access: bool | Unset = UNSET
    records_goods_access: bool | Unset = UNSET
    records_goods_create_transaction_access: bool | Unset = UNSET
    records_goods_create_last_days_count: float | Unset = UNSET
    records_goods_edit_transaction_access: bool | Unset = UNSET
    records_goods_edit_last_days_count: float | Unset = UNSET
    records_goods_cost_access: bool | Unset = UNSET
    records_goods_discount_access: bool | Unset = UNSET
    records_finances_access: bool | Unset = UNSET
    records_finances_last_days_count: float | Unset = UNSET
    records_finances_pay_from_deposits_access: bool | Unset = UNSET
    records_group_id_access: bool | Unset = UNSET
    records_group_id: int | Unset = UNSET
    record_form_client_add_access: bool | Unset = UNSET
    records_autocomplete_phone_access: bool | Unset = UNSET
    assistants_management_access: bool | Unset = UNSET
    assistants_reward_share_edit_access: bool | Unset = UNSET
    records_edit_last_days_count: float | Unset = UNSET
    records_edit_date_and_master_access: bool | Unset = UNSET
    records_edit_duration_access: bool | Unset = UNSET
    records_edit_comment_access: bool | Unset = UNSET
    records_edit_services_access: bool | Unset = UNSET
    records_consumables_edit_access: bool | Unset = UNSET
    record_edit_full_paid_client_came_access: bool | Unset = UNSET
    record_edit_full_paid_client_confirm_access: bool | Unset = UNSET
    custom_fields_client_values_read_access: bool | Unset = UNSET
    custom_fields_client_values_edit_access: bool | Unset = UNSET
    custom_fields_record_values_read_access: bool | Unset = UNSET
    custom_fields_record_values_edit_access: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        record_form_access = self.record_form_access
        if type(record_form_access) is not bool and record_form_access is not UNSET:
            record_form_access = _fields.write_boolean(record_form_access, "record_form_access")
        if record_form_access is not UNSET:
            field_dict["record_form_access"] = record_form_access

        record_form_client_access = self.record_form_client_access
        if type(record_form_client_access) is not bool and record_form_client_access is not UNSET:
            record_form_client_access = _fields.write_boolean(record_form_client_access, "record_form_client_access")
        if record_form_client_access is not UNSET:
            field_dict["record_form_client_access"] = record_form_client_access

        records_autocomplete_access = self.records_autocomplete_access
        if type(records_autocomplete_access) is not bool and records_autocomplete_access is not UNSET:
            records_autocomplete_access = _fields.write_boolean(
                records_autocomplete_access, "records_autocomplete_access"
            )
        if records_autocomplete_access is not UNSET:
            field_dict["records_autocomplete_access"] = records_autocomplete_access

        create_records_access = self.create_records_access
        if type(create_records_access) is not bool and create_records_access is not UNSET:
            create_records_access = _fields.write_boolean(create_records_access, "create_records_access")
        if create_records_access is not UNSET:
            field_dict["create_records_access"] = create_records_access

        edit_records_access = self.edit_records_access
        if type(edit_records_access) is not bool and edit_records_access is not UNSET:
            edit_records_access = _fields.write_boolean(edit_records_access, "edit_records_access")
        if edit_records_access is not UNSET:
            field_dict["edit_records_access"] = edit_records_access

        edit_records_attendance_access = self.edit_records_attendance_access
        if type(edit_records_attendance_access) is not bool and edit_records_attendance_access is not UNSET:
            edit_records_attendance_access = _fields.write_boolean(
                edit_records_attendance_access, "edit_records_attendance_access"
            )
        if edit_records_attendance_access is not UNSET:
            field_dict["edit_records_attendance_access"] = edit_records_attendance_access

        records_services_cost_access = self.records_services_cost_access
        if type(records_services_cost_access) is not bool and records_services_cost_access is not UNSET:
            records_services_cost_access = _fields.write_boolean(
                records_services_cost_access, "records_services_cost_access"
            )
        if records_services_cost_access is not UNSET:
            field_dict["records_services_cost_access"] = records_services_cost_access

        records_services_discount_access = self.records_services_discount_access
        if type(records_services_discount_access) is not bool and records_services_discount_access is not UNSET:
            records_services_discount_access = _fields.write_boolean(
                records_services_discount_access, "records_services_discount_access"
            )
        if records_services_discount_access is not UNSET:
            field_dict["records_services_discount_access"] = records_services_discount_access

        record_edit_full_paid_access = self.record_edit_full_paid_access
        if type(record_edit_full_paid_access) is not bool and record_edit_full_paid_access is not UNSET:
            record_edit_full_paid_access = _fields.write_boolean(
                record_edit_full_paid_access, "record_edit_full_paid_access"
            )
        if record_edit_full_paid_access is not UNSET:
            field_dict["record_edit_full_paid_access"] = record_edit_full_paid_access

        delete_records_access = self.delete_records_access
        if type(delete_records_access) is not bool and delete_records_access is not UNSET:
            delete_records_access = _fields.write_boolean(delete_records_access, "delete_records_access")
        if delete_records_access is not UNSET:
            field_dict["delete_records_access"] = delete_records_access

        delete_customer_came_records_access = self.delete_customer_came_records_access
        if type(delete_customer_came_records_access) is not bool and delete_customer_came_records_access is not UNSET:
            delete_customer_came_records_access = _fields.write_boolean(
                delete_customer_came_records_access, "delete_customer_came_records_access"
            )
        if delete_customer_came_records_access is not UNSET:
            field_dict["delete_customer_came_records_access"] = delete_customer_came_records_access

        delete_paid_records_access = self.delete_paid_records_access
        if type(delete_paid_records_access) is not bool and delete_paid_records_access is not UNSET:
            delete_paid_records_access = _fields.write_boolean(delete_paid_records_access, "delete_paid_records_access")
        if delete_paid_records_access is not UNSET:
            field_dict["delete_paid_records_access"] = delete_paid_records_access

        records_goods_access = self.records_goods_access
        if type(records_goods_access) is not bool and records_goods_access is not UNSET:
            records_goods_access = _fields.write_boolean(records_goods_access, "records_goods_access")
        if records_goods_access is not UNSET:
            field_dict["records_goods_access"] = records_goods_access

        records_goods_create_transaction_access = self.records_goods_create_transaction_access
        if (
            type(records_goods_create_transaction_access) is not bool
            and records_goods_create_transaction_access is not UNSET
        ):
            records_goods_create_transaction_access = _fields.write_boolean(
                records_goods_create_transaction_access, "records_goods_create_transaction_access"
            )
        if records_goods_create_transaction_access is not UNSET:
            field_dict["records_goods_create_transaction_access"] = records_goods_create_transaction_access

        records_goods_create_last_days_count = self.records_goods_create_last_days_count
        if records_goods_create_last_days_count is not UNSET:
            field_dict["records_goods_create_last_days_count"] = _fields.write_number(
                records_goods_create_last_days_count, "records_goods_create_last_days_count"
            )

        records_goods_edit_transaction_access = self.records_goods_edit_transaction_access
        if (
            type(records_goods_edit_transaction_access) is not bool
            and records_goods_edit_transaction_access is not UNSET
        ):
            records_goods_edit_transaction_access = _fields.write_boolean(
                records_goods_edit_transaction_access, "records_goods_edit_transaction_access"
            )
        if records_goods_edit_transaction_access is not UNSET:
            field_dict["records_goods_edit_transaction_access"] = records_goods_edit_transaction_access

        records_goods_edit_last_days_count = self.records_goods_edit_last_days_count
        if records_goods_edit_last_days_count is not UNSET:
            field_dict["records_goods_edit_last_days_count"] = _fields.write_number(
                records_goods_edit_last_days_count, "records_goods_edit_last_days_count"
            )

        records_goods_cost_access = self.records_goods_cost_access
        if type(records_goods_cost_access) is not bool and records_goods_cost_access is not UNSET:
            records_goods_cost_access = _fields.write_boolean(records_goods_cost_access, "records_goods_cost_access")
        if records_goods_cost_access is not UNSET:
            field_dict["records_goods_cost_access"] = records_goods_cost_access

        records_goods_discount_access = self.records_goods_discount_access
        if type(records_goods_discount_access) is not bool and records_goods_discount_access is not UNSET:
            records_goods_discount_access = _fields.write_boolean(
                records_goods_discount_access, "records_goods_discount_access"
            )
        if records_goods_discount_access is not UNSET:
            field_dict["records_goods_discount_access"] = records_goods_discount_access

        records_finances_access = self.records_finances_access
        if type(records_finances_access) is not bool and records_finances_access is not UNSET:
            records_finances_access = _fields.write_boolean(records_finances_access, "records_finances_access")
        if records_finances_access is not UNSET:
            field_dict["records_finances_access"] = records_finances_access

        records_finances_last_days_count = self.records_finances_last_days_count
        if records_finances_last_days_count is not UNSET:
            field_dict["records_finances_last_days_count"] = _fields.write_number(
                records_finances_last_days_count, "records_finances_last_days_count"
            )

        records_finances_pay_from_deposits_access = self.records_finances_pay_from_deposits_access
        if (
            type(records_finances_pay_from_deposits_access) is not bool
            and records_finances_pay_from_deposits_access is not UNSET
        ):
            records_finances_pay_from_deposits_access = _fields.write_boolean(
                records_finances_pay_from_deposits_access, "records_finances_pay_from_deposits_access"
            )
        if records_finances_pay_from_deposits_access is not UNSET:
            field_dict["records_finances_pay_from_deposits_access"] = records_finances_pay_from_deposits_access

        records_group_id_access = self.records_group_id_access
        if type(records_group_id_access) is not bool and records_group_id_access is not UNSET:
            records_group_id_access = _fields.write_boolean(records_group_id_access, "records_group_id_access")
        if records_group_id_access is not UNSET:
            field_dict["records_group_id_access"] = records_group_id_access

        records_group_id = self.records_group_id
        if type(records_group_id) is not int and records_group_id is not UNSET:
            records_group_id = _fields.write_integer(records_group_id, "records_group_id")
        if records_group_id is not UNSET:
            field_dict["records_group_id"] = records_group_id

        record_form_client_add_access = self.record_form_client_add_access
        if type(record_form_client_add_access) is not bool and record_form_client_add_access is not UNSET:
            record_form_client_add_access = _fields.write_boolean(
                record_form_client_add_access, "record_form_client_add_access"
            )
        if record_form_client_add_access is not UNSET:
            field_dict["record_form_client_add_access"] = record_form_client_add_access

        records_autocomplete_phone_access = self.records_autocomplete_phone_access
        if type(records_autocomplete_phone_access) is not bool and records_autocomplete_phone_access is not UNSET:
            records_autocomplete_phone_access = _fields.write_boolean(
                records_autocomplete_phone_access, "records_autocomplete_phone_access"
            )
        if records_autocomplete_phone_access is not UNSET:
            field_dict["records_autocomplete_phone_access"] = records_autocomplete_phone_access

        assistants_management_access = self.assistants_management_access
        if type(assistants_management_access) is not bool and assistants_management_access is not UNSET:
            assistants_management_access = _fields.write_boolean(
                assistants_management_access, "assistants_management_access"
            )
        if assistants_management_access is not UNSET:
            field_dict["assistants_management_access"] = assistants_management_access

        assistants_reward_share_edit_access = self.assistants_reward_share_edit_access
        if type(assistants_reward_share_edit_access) is not bool and assistants_reward_share_edit_access is not UNSET:
            assistants_reward_share_edit_access = _fields.write_boolean(
                assistants_reward_share_edit_access, "assistants_reward_share_edit_access"
            )
        if assistants_reward_share_edit_access is not UNSET:
            field_dict["assistants_reward_share_edit_access"] = assistants_reward_share_edit_access

        records_edit_last_days_count = self.records_edit_last_days_count
        if records_edit_last_days_count is not UNSET:
            field_dict["records_edit_last_days_count"] = _fields.write_number(
                records_edit_last_days_count, "records_edit_last_days_count"
            )

        records_edit_date_and_master_access = self.records_edit_date_and_master_access
        if type(records_edit_date_and_master_access) is not bool and records_edit_date_and_master_access is not UNSET:
            records_edit_date_and_master_access = _fields.write_boolean(
                records_edit_date_and_master_access, "records_edit_date_and_master_access"
            )
        if records_edit_date_and_master_access is not UNSET:
            field_dict["records_edit_date_and_master_access"] = records_edit_date_and_master_access

        records_edit_duration_access = self.records_edit_duration_access
        if type(records_edit_duration_access) is not bool and records_edit_duration_access is not UNSET:
            records_edit_duration_access = _fields.write_boolean(
                records_edit_duration_access, "records_edit_duration_access"
            )
        if records_edit_duration_access is not UNSET:
            field_dict["records_edit_duration_access"] = records_edit_duration_access

        records_edit_comment_access = self.records_edit_comment_access
        if type(records_edit_comment_access) is not bool and records_edit_comment_access is not UNSET:
            records_edit_comment_access = _fields.write_boolean(
                records_edit_comment_access, "records_edit_comment_access"
            )
        if records_edit_comment_access is not UNSET:
            field_dict["records_edit_comment_access"] = records_edit_comment_access

        records_edit_services_access = self.records_edit_services_access
        if type(records_edit_services_access) is not bool and records_edit_services_access is not UNSET:
            records_edit_services_access = _fields.write_boolean(
                records_edit_services_access, "records_edit_services_access"
            )
        if records_edit_services_access is not UNSET:
            field_dict["records_edit_services_access"] = records_edit_services_access

        records_consumables_edit_access = self.records_consumables_edit_access
        if type(records_consumables_edit_access) is not bool and records_consumables_edit_access is not UNSET:
            records_consumables_edit_access = _fields.write_boolean(
                records_consumables_edit_access, "records_consumables_edit_access"
            )
        if records_consumables_edit_access is not UNSET:
            field_dict["records_consumables_edit_access"] = records_consumables_edit_access

        record_edit_full_paid_client_came_access = self.record_edit_full_paid_client_came_access
        if (
            type(record_edit_full_paid_client_came_access) is not bool
            and record_edit_full_paid_client_came_access is not UNSET
        ):
            record_edit_full_paid_client_came_access = _fields.write_boolean(
                record_edit_full_paid_client_came_access, "record_edit_full_paid_client_came_access"
            )
        if record_edit_full_paid_client_came_access is not UNSET:
            field_dict["record_edit_full_paid_client_came_access"] = record_edit_full_paid_client_came_access

        record_edit_full_paid_client_confirm_access = self.record_edit_full_paid_client_confirm_access
        if (
            type(record_edit_full_paid_client_confirm_access) is not bool
            and record_edit_full_paid_client_confirm_access is not UNSET
        ):
            record_edit_full_paid_client_confirm_access = _fields.write_boolean(
                record_edit_full_paid_client_confirm_access, "record_edit_full_paid_client_confirm_access"
            )
        if record_edit_full_paid_client_confirm_access is not UNSET:
            field_dict["record_edit_full_paid_client_confirm_access"] = record_edit_full_paid_client_confirm_access

        custom_fields_client_values_read_access = self.custom_fields_client_values_read_access
        if (
            type(custom_fields_client_values_read_access) is not bool
            and custom_fields_client_values_read_access is not UNSET
        ):
            custom_fields_client_values_read_access = _fields.write_boolean(
                custom_fields_client_values_read_access, "custom_fields_client_values_read_access"
            )
        if custom_fields_client_values_read_access is not UNSET:
            field_dict["custom_fields_client_values_read_access"] = custom_fields_client_values_read_access

        custom_fields_client_values_edit_access = self.custom_fields_client_values_edit_access
        if (
            type(custom_fields_client_values_edit_access) is not bool
            and custom_fields_client_values_edit_access is not UNSET
        ):
            custom_fields_client_values_edit_access = _fields.write_boolean(
                custom_fields_client_values_edit_access, "custom_fields_client_values_edit_access"
            )
        if custom_fields_client_values_edit_access is not UNSET:
            field_dict["custom_fields_client_values_edit_access"] = custom_fields_client_values_edit_access

        custom_fields_record_values_read_access = self.custom_fields_record_values_read_access
        if (
            type(custom_fields_record_values_read_access) is not bool
            and custom_fields_record_values_read_access is not UNSET
        ):
            custom_fields_record_values_read_access = _fields.write_boolean(
                custom_fields_record_values_read_access, "custom_fields_record_values_read_access"
            )
        if custom_fields_record_values_read_access is not UNSET:
            field_dict["custom_fields_record_values_read_access"] = custom_fields_record_values_read_access

        custom_fields_record_values_edit_access = self.custom_fields_record_values_edit_access
        if (
            type(custom_fields_record_values_edit_access) is not bool
            and custom_fields_record_values_edit_access is not UNSET
        ):
            custom_fields_record_values_edit_access = _fields.write_boolean(
                custom_fields_record_values_edit_access, "custom_fields_record_values_edit_access"
            )
        if custom_fields_record_values_edit_access is not UNSET:
            field_dict["custom_fields_record_values_edit_access"] = custom_fields_record_values_edit_access

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        record_form_access = _get("record_form_access", UNSET)
        if type(record_form_access) is not bool and record_form_access is not UNSET:
            record_form_access = _fields.read_boolean(record_form_access, "record_form_access")

        record_form_client_access = _get("record_form_client_access", UNSET)
        if type(record_form_client_access) is not bool and record_form_client_access is not UNSET:
            record_form_client_access = _fields.read_boolean(record_form_client_access, "record_form_client_access")

        records_autocomplete_access = _get("records_autocomplete_access", UNSET)
        if type(records_autocomplete_access) is not bool and records_autocomplete_access is not UNSET:
            records_autocomplete_access = _fields.read_boolean(
                records_autocomplete_access, "records_autocomplete_access"
            )

        create_records_access = _get("create_records_access", UNSET)
        if type(create_records_access) is not bool and create_records_access is not UNSET:
            create_records_access = _fields.read_boolean(create_records_access, "create_records_access")

        edit_records_access = _get("edit_records_access", UNSET)
        if type(edit_records_access) is not bool and edit_records_access is not UNSET:
            edit_records_access = _fields.read_boolean(edit_records_access, "edit_records_access")

        edit_records_attendance_access = _get("edit_records_attendance_access", UNSET)
        if type(edit_records_attendance_access) is not bool and edit_records_attendance_access is not UNSET:
            edit_records_attendance_access = _fields.read_boolean(
                edit_records_attendance_access, "edit_records_attendance_access"
            )

        records_services_cost_access = _get("records_services_cost_access", UNSET)
        if type(records_services_cost_access) is not bool and records_services_cost_access is not UNSET:
            records_services_cost_access = _fields.read_boolean(
                records_services_cost_access, "records_services_cost_access"
            )

        records_services_discount_access = _get("records_services_discount_access", UNSET)
        if type(records_services_discount_access) is not bool and records_services_discount_access is not UNSET:
            records_services_discount_access = _fields.read_boolean(
                records_services_discount_access, "records_services_discount_access"
            )

        record_edit_full_paid_access = _get("record_edit_full_paid_access", UNSET)
        if type(record_edit_full_paid_access) is not bool and record_edit_full_paid_access is not UNSET:
            record_edit_full_paid_access = _fields.read_boolean(
                record_edit_full_paid_access, "record_edit_full_paid_access"
            )

        delete_records_access = _get("delete_records_access", UNSET)
        if type(delete_records_access) is not bool and delete_records_access is not UNSET:
            delete_records_access = _fields.read_boolean(delete_records_access, "delete_records_access")

        delete_customer_came_records_access = _get("delete_customer_came_records_access", UNSET)
        if type(delete_customer_came_records_access) is not bool and delete_customer_came_records_access is not UNSET:
            delete_customer_came_records_access = _fields.read_boolean(
                delete_customer_came_records_access, "delete_customer_came_records_access"
            )

        delete_paid_records_access = _get("delete_paid_records_access", UNSET)
        if type(delete_paid_records_access) is not bool and delete_paid_records_access is not UNSET:
            delete_paid_records_access = _fields.read_boolean(delete_paid_records_access, "delete_paid_records_access")

        records_goods_access = _get("records_goods_access", UNSET)
        if type(records_goods_access) is not bool and records_goods_access is not UNSET:
            records_goods_access = _fields.read_boolean(records_goods_access, "records_goods_access")

        records_goods_create_transaction_access = _get("records_goods_create_transaction_access", UNSET)
        if (
            type(records_goods_create_transaction_access) is not bool
            and records_goods_create_transaction_access is not UNSET
        ):
            records_goods_create_transaction_access = _fields.read_boolean(
                records_goods_create_transaction_access, "records_goods_create_transaction_access"
            )

        records_goods_create_last_days_count = _get("records_goods_create_last_days_count", UNSET)
        if (
            type(records_goods_create_last_days_count) is not float
            and type(records_goods_create_last_days_count) is not int
            and records_goods_create_last_days_count is not UNSET
        ):
            records_goods_create_last_days_count = _fields.read_number(
                records_goods_create_last_days_count, "records_goods_create_last_days_count"
            )

        records_goods_edit_transaction_access = _get("records_goods_edit_transaction_access", UNSET)
        if (
            type(records_goods_edit_transaction_access) is not bool
            and records_goods_edit_transaction_access is not UNSET
        ):
            records_goods_edit_transaction_access = _fields.read_boolean(
                records_goods_edit_transaction_access, "records_goods_edit_transaction_access"
            )

        records_goods_edit_last_days_count = _get("records_goods_edit_last_days_count", UNSET)
        if (
            type(records_goods_edit_last_days_count) is not float
            and type(records_goods_edit_last_days_count) is not int
            and records_goods_edit_last_days_count is not UNSET
        ):
            records_goods_edit_last_days_count = _fields.read_number(
                records_goods_edit_last_days_count, "records_goods_edit_last_days_count"
            )

        records_goods_cost_access = _get("records_goods_cost_access", UNSET)
        if type(records_goods_cost_access) is not bool and records_goods_cost_access is not UNSET:
            records_goods_cost_access = _fields.read_boolean(records_goods_cost_access, "records_goods_cost_access")

        records_goods_discount_access = _get("records_goods_discount_access", UNSET)
        if type(records_goods_discount_access) is not bool and records_goods_discount_access is not UNSET:
            records_goods_discount_access = _fields.read_boolean(
                records_goods_discount_access, "records_goods_discount_access"
            )

        records_finances_access = _get("records_finances_access", UNSET)
        if type(records_finances_access) is not bool and records_finances_access is not UNSET:
            records_finances_access = _fields.read_boolean(records_finances_access, "records_finances_access")

        records_finances_last_days_count = _get("records_finances_last_days_count", UNSET)
        if (
            type(records_finances_last_days_count) is not float
            and type(records_finances_last_days_count) is not int
            and records_finances_last_days_count is not UNSET
        ):
            records_finances_last_days_count = _fields.read_number(
                records_finances_last_days_count, "records_finances_last_days_count"
            )

        records_finances_pay_from_deposits_access = _get("records_finances_pay_from_deposits_access", UNSET)
        if (
            type(records_finances_pay_from_deposits_access) is not bool
            and records_finances_pay_from_deposits_access is not UNSET
        ):
            records_finances_pay_from_deposits_access = _fields.read_boolean(
                records_finances_pay_from_deposits_access, "records_finances_pay_from_deposits_access"
            )

        records_group_id_access = _get("records_group_id_access", UNSET)
        if type(records_group_id_access) is not bool and records_group_id_access is not UNSET:
            records_group_id_access = _fields.read_boolean(records_group_id_access, "records_group_id_access")

        records_group_id = _get("records_group_id", UNSET)
        if type(records_group_id) is not int and records_group_id is not UNSET:
            records_group_id = _fields.read_integer(records_group_id, "records_group_id")

        record_form_client_add_access = _get("record_form_client_add_access", UNSET)
        if type(record_form_client_add_access) is not bool and record_form_client_add_access is not UNSET:
            record_form_client_add_access = _fields.read_boolean(
                record_form_client_add_access, "record_form_client_add_access"
            )

        records_autocomplete_phone_access = _get("records_autocomplete_phone_access", UNSET)
        if type(records_autocomplete_phone_access) is not bool and records_autocomplete_phone_access is not UNSET:
            records_autocomplete_phone_access = _fields.read_boolean(
                records_autocomplete_phone_access, "records_autocomplete_phone_access"
            )

        assistants_management_access = _get("assistants_management_access", UNSET)
        if type(assistants_management_access) is not bool and assistants_management_access is not UNSET:
            assistants_management_access = _fields.read_boolean(
                assistants_management_access, "assistants_management_access"
            )

        assistants_reward_share_edit_access = _get("assistants_reward_share_edit_access", UNSET)
        if type(assistants_reward_share_edit_access) is not bool and assistants_reward_share_edit_access is not UNSET:
            assistants_reward_share_edit_access = _fields.read_boolean(
                assistants_reward_share_edit_access, "assistants_reward_share_edit_access"
            )

        records_edit_last_days_count = _get("records_edit_last_days_count", UNSET)
        if (
            type(records_edit_last_days_count) is not float
            and type(records_edit_last_days_count) is not int
            and records_edit_last_days_count is not UNSET
        ):
            records_edit_last_days_count = _fields.read_number(
                records_edit_last_days_count, "records_edit_last_days_count"
            )

        records_edit_date_and_master_access = _get("records_edit_date_and_master_access", UNSET)
        if type(records_edit_date_and_master_access) is not bool and records_edit_date_and_master_access is not UNSET:
            records_edit_date_and_master_access = _fields.read_boolean(
                records_edit_date_and_master_access, "records_edit_date_and_master_access"
            )

        records_edit_duration_access = _get("records_edit_duration_access", UNSET)
        if type(records_edit_duration_access) is not bool and records_edit_duration_access is not UNSET:
            records_edit_duration_access = _fields.read_boolean(
                records_edit_duration_access, "records_edit_duration_access"
            )

        records_edit_comment_access = _get("records_edit_comment_access", UNSET)
        if type(records_edit_comment_access) is not bool and records_edit_comment_access is not UNSET:
            records_edit_comment_access = _fields.read_boolean(
                records_edit_comment_access, "records_edit_comment_access"
            )

        records_edit_services_access = _get("records_edit_services_access", UNSET)
        if type(records_edit_services_access) is not bool and records_edit_services_access is not UNSET:
            records_edit_services_access = _fields.read_boolean(
                records_edit_services_access, "records_edit_services_access"
            )

        records_consumables_edit_access = _get("records_consumables_edit_access", UNSET)
        if type(records_consumables_edit_access) is not bool and records_consumables_edit_access is not UNSET:
            records_consumables_edit_access = _fields.read_boolean(
                records_consumables_edit_access, "records_consumables_edit_access"
            )

        record_edit_full_paid_client_came_access = _get("record_edit_full_paid_client_came_access", UNSET)
        if (
            type(record_edit_full_paid_client_came_access) is not bool
            and record_edit_full_paid_client_came_access is not UNSET
        ):
            record_edit_full_paid_client_came_access = _fields.read_boolean(
                record_edit_full_paid_client_came_access, "record_edit_full_paid_client_came_access"
            )

        record_edit_full_paid_client_confirm_access = _get("record_edit_full_paid_client_confirm_access", UNSET)
        if (
            type(record_edit_full_paid_client_confirm_access) is not bool
            and record_edit_full_paid_client_confirm_access is not UNSET
        ):
            record_edit_full_paid_client_confirm_access = _fields.read_boolean(
                record_edit_full_paid_client_confirm_access, "record_edit_full_paid_client_confirm_access"
            )

        custom_fields_client_values_read_access = _get("custom_fields_client_values_read_access", UNSET)
        if (
            type(custom_fields_client_values_read_access) is not bool
            and custom_fields_client_values_read_access is not UNSET
        ):
            custom_fields_client_values_read_access = _fields.read_boolean(
                custom_fields_client_values_read_access, "custom_fields_client_values_read_access"
            )

        custom_fields_client_values_edit_access = _get("custom_fields_client_values_edit_access", UNSET)
        if (
            type(custom_fields_client_values_edit_access) is not bool
            and custom_fields_client_values_edit_access is not UNSET
        ):
            custom_fields_client_values_edit_access = _fields.read_boolean(
                custom_fields_client_values_edit_access, "custom_fields_client_values_edit_access"
            )

        custom_fields_record_values_read_access = _get("custom_fields_record_values_read_access", UNSET)
        if (
            type(custom_fields_record_values_read_access) is not bool
            and custom_fields_record_values_read_access is not UNSET
        ):
            custom_fields_record_values_read_access = _fields.read_boolean(
                custom_fields_record_values_read_access, "custom_fields_record_values_read_access"
            )

        custom_fields_record_values_edit_access = _get("custom_fields_record_values_edit_access", UNSET)
        if (
            type(custom_fields_record_values_edit_access) is not bool
            and custom_fields_record_values_edit_access is not UNSET
        ):
            custom_fields_record_values_edit_access = _fields.read_boolean(
                custom_fields_record_values_edit_access, "custom_fields_record_values_edit_access"
            )

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.record_form_access = record_form_access
        _model.record_form_client_access = record_form_client_access
        _model.records_autocomplete_access = records_autocomplete_access
        _model.create_records_access = create_records_access
        _model.edit_records_access = edit_records_access
        _model.edit_records_attendance_access = edit_records_attendance_access
        _model.records_services_cost_access = records_services_cost_access
        _model.records_services_discount_access = records_services_discount_access
        _model.record_edit_full_paid_access = record_edit_full_paid_access
        _model.delete_records_access = delete_records_access
        _model.delete_customer_came_records_access = delete_customer_came_records_access
        _model.delete_paid_records_access = delete_paid_records_access
        _model.records_goods_access = records_goods_access
        _model.records_goods_create_transaction_access = records_goods_create_transaction_access
        _model.records_goods_create_last_days_count = records_goods_create_last_days_count
        _model.records_goods_edit_transaction_access = records_goods_edit_transaction_access
        _model.records_goods_edit_last_days_count = records_goods_edit_last_days_count
        _model.records_goods_cost_access = records_goods_cost_access
        _model.records_goods_discount_access = records_goods_discount_access
        _model.records_finances_access = records_finances_access
        _model.records_finances_last_days_count = records_finances_last_days_count
        _model.records_finances_pay_from_deposits_access = records_finances_pay_from_deposits_access
        _model.records_group_id_access = records_group_id_access
        _model.records_group_id = records_group_id
        _model.record_form_client_add_access = record_form_client_add_access
        _model.records_autocomplete_phone_access = records_autocomplete_phone_access
        _model.assistants_management_access = assistants_management_access
        _model.assistants_reward_share_edit_access = assistants_reward_share_edit_access
        _model.records_edit_last_days_count = records_edit_last_days_count
        _model.records_edit_date_and_master_access = records_edit_date_and_master_access
        _model.records_edit_duration_access = records_edit_duration_access
        _model.records_edit_comment_access = records_edit_comment_access
        _model.records_edit_services_access = records_edit_services_access
        _model.records_consumables_edit_access = records_consumables_edit_access
        _model.record_edit_full_paid_client_came_access = record_edit_full_paid_client_came_access
        _model.record_edit_full_paid_client_confirm_access = record_edit_full_paid_client_confirm_access
        _model.custom_fields_client_values_read_access = custom_fields_client_values_read_access
        _model.custom_fields_client_values_edit_access = custom_fields_client_values_edit_access
        _model.custom_fields_record_values_read_access = custom_fields_record_values_read_access
        _model.custom_fields_record_values_edit_access = custom_fields_record_values_edit_access
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetPermissionListResponse200RecordForm:
            _fields.init_added_fields(_model, GetPermissionListResponse200RecordForm)
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
