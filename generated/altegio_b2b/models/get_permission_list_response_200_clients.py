from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetPermissionListResponse200Clients")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "clients_access",
        "client_phones_access",
        "clients_phones_email_access",
        "clients_card_phone_access",
        "clients_delete_access",
        "clients_excel_access",
        "excel_access",
        "client_comments_list_access",
        "client_comments_add_access",
        "client_comments_own_edit_access",
        "client_comments_other_edit_access",
        "client_files_list_access",
        "client_files_upload_access",
        "client_files_delete_access",
        "clients_visit_master_id",
        "get_visit_master_id",
        "clients_phones_access",
        "clients_edit_access",
        "clients_deposits_access",
        "clients_deposits_create_access",
        "clients_deposits_history_access",
        "clients_deposits_topup_access",
        "clients_loyalty_read_access",
        "clients_loyalty_settings_access",
        "clients_card_comment_access",
        "clients_card_comment_edit_access",
        "clients_surname_middle_name_access",
        "clients_surname_patronymic_access",
        "clients_surname_middle_name_edit_access",
        "clients_surname_patronymic_edit_access",
        "clients_show_attendance_history_access",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class GetPermissionListResponse200Clients:
    """Section Clients

    Attributes:
        clients_access (bool | Unset): true - there is access to the client base, false - no access
        client_phones_access (bool | Unset): true - there is access to phone numbers in the list of clients, false - no
            access
        clients_phones_email_access (bool | Unset): true - there is access to phone numbers and emails in the list of
            clients, false - no access
        clients_card_phone_access (bool | Unset): true - there is access to phones in the client card, false - no access
        clients_delete_access (bool | Unset): true - there is access to delete clients, false - no access
        clients_excel_access (bool | Unset): true - there is access to unloading the list of clients in Excel, false -
            no access
        excel_access (bool | Unset): 1 - there is access to unloading the list of clients in Excel, 0 - no access
        client_comments_list_access (bool | Unset): true - there is access to view comments, false - no access
        client_comments_add_access (bool | Unset): true - there is access to add comments, false - no access
        client_comments_own_edit_access (bool | Unset): true - you have access to change/delete your comments, false -
            no access
        client_comments_other_edit_access (bool | Unset): true - there is access to change/delete other people's
            comments, false - no access
        client_files_list_access (bool | Unset): true - there is access to view and download files, false - no access
        client_files_upload_access (bool | Unset): true - there is access to upload files, false - no access
        client_files_delete_access (bool | Unset): true - there is access to delete files, false - no access
        clients_visit_master_id (int | Unset): ID of the team member by which you can see the clients who visited the
            team member, 0 - no restrictions
        get_visit_master_id (int | Unset): ID of the team member by which you can see the clients who visited the team
            member, 0 - no restrictions
        clients_phones_access (bool | Unset): true - there is access to client phones, false - no access
        clients_edit_access (bool | Unset): true - there is access to edit clients, false - no access
        clients_deposits_access (bool | Unset): true - there is access to client accounts, false - no access
        clients_deposits_create_access (bool | Unset): true - there is access to create client accounts, false - no
            access
        clients_deposits_history_access (bool | Unset): true - there is access to client account history, false - no
            access
        clients_deposits_topup_access (bool | Unset): true - there is access to top up client accounts, false - no
            access
        clients_loyalty_read_access (bool | Unset): true - there is access to read client loyalty data, false - no
            access
        clients_loyalty_settings_access (bool | Unset): true - there is access to client loyalty settings, false - no
            access
        clients_card_comment_access (bool | Unset): true - there is access to view client card comments, false - no
            access
        clients_card_comment_edit_access (bool | Unset): true - there is access to edit client card comments, false - no
            access
        clients_surname_middle_name_access (bool | Unset): true - there is access to view client surname and
            middle_name, false - no access
        clients_surname_patronymic_access (bool | Unset): true - there is access to view client surname and legacy
            middle-name field, false - no access
        clients_surname_middle_name_edit_access (bool | Unset): true - there is access to edit client surname and
            middle_name, false - no access
        clients_surname_patronymic_edit_access (bool | Unset): true - there is access to edit client surname and legacy
            middle-name field, false - no access
        clients_show_attendance_history_access (bool | Unset): true - there is access to show client attendance history,
            false - no access
    """

    clients_access: bool | Unset = UNSET
    client_phones_access: bool | Unset = UNSET
    clients_phones_email_access: bool | Unset = UNSET
    clients_card_phone_access: bool | Unset = UNSET
    clients_delete_access: bool | Unset = UNSET
    clients_excel_access: bool | Unset = UNSET
    excel_access: bool | Unset = UNSET
    client_comments_list_access: bool | Unset = UNSET
    client_comments_add_access: bool | Unset = UNSET
    client_comments_own_edit_access: bool | Unset = UNSET
    client_comments_other_edit_access: bool | Unset = UNSET
    client_files_list_access: bool | Unset = UNSET
    client_files_upload_access: bool | Unset = UNSET
    client_files_delete_access: bool | Unset = UNSET
    clients_visit_master_id: int | Unset = UNSET
    get_visit_master_id: int | Unset = UNSET
    clients_phones_access: bool | Unset = UNSET
    clients_edit_access: bool | Unset = UNSET
    clients_deposits_access: bool | Unset = UNSET
    clients_deposits_create_access: bool | Unset = UNSET
    clients_deposits_history_access: bool | Unset = UNSET
    clients_deposits_topup_access: bool | Unset = UNSET
    clients_loyalty_read_access: bool | Unset = UNSET
    clients_loyalty_settings_access: bool | Unset = UNSET
    clients_card_comment_access: bool | Unset = UNSET
    clients_card_comment_edit_access: bool | Unset = UNSET
    clients_surname_middle_name_access: bool | Unset = UNSET
    clients_surname_patronymic_access: bool | Unset = UNSET
    clients_surname_middle_name_edit_access: bool | Unset = UNSET
    clients_surname_patronymic_edit_access: bool | Unset = UNSET
    clients_show_attendance_history_access: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        clients_access = self.clients_access
        if type(clients_access) is not bool and clients_access is not UNSET:
            clients_access = _fields.write_boolean(clients_access, "clients_access")
        if clients_access is not UNSET:
            field_dict["clients_access"] = clients_access

        client_phones_access = self.client_phones_access
        if type(client_phones_access) is not bool and client_phones_access is not UNSET:
            client_phones_access = _fields.write_boolean(client_phones_access, "client_phones_access")
        if client_phones_access is not UNSET:
            field_dict["client_phones_access"] = client_phones_access

        clients_phones_email_access = self.clients_phones_email_access
        if type(clients_phones_email_access) is not bool and clients_phones_email_access is not UNSET:
            clients_phones_email_access = _fields.write_boolean(
                clients_phones_email_access, "clients_phones_email_access"
            )
        if clients_phones_email_access is not UNSET:
            field_dict["clients_phones_email_access"] = clients_phones_email_access

        clients_card_phone_access = self.clients_card_phone_access
        if type(clients_card_phone_access) is not bool and clients_card_phone_access is not UNSET:
            clients_card_phone_access = _fields.write_boolean(clients_card_phone_access, "clients_card_phone_access")
        if clients_card_phone_access is not UNSET:
            field_dict["clients_card_phone_access"] = clients_card_phone_access

        clients_delete_access = self.clients_delete_access
        if type(clients_delete_access) is not bool and clients_delete_access is not UNSET:
            clients_delete_access = _fields.write_boolean(clients_delete_access, "clients_delete_access")
        if clients_delete_access is not UNSET:
            field_dict["clients_delete_access"] = clients_delete_access

        clients_excel_access = self.clients_excel_access
        if type(clients_excel_access) is not bool and clients_excel_access is not UNSET:
            clients_excel_access = _fields.write_boolean(clients_excel_access, "clients_excel_access")
        if clients_excel_access is not UNSET:
            field_dict["clients_excel_access"] = clients_excel_access

        excel_access = self.excel_access
        if type(excel_access) is not bool and excel_access is not UNSET:
            excel_access = _fields.write_boolean(excel_access, "excel_access")
        if excel_access is not UNSET:
            field_dict["excel_access"] = excel_access

        client_comments_list_access = self.client_comments_list_access
        if type(client_comments_list_access) is not bool and client_comments_list_access is not UNSET:
            client_comments_list_access = _fields.write_boolean(
                client_comments_list_access, "client_comments_list_access"
            )
        if client_comments_list_access is not UNSET:
            field_dict["client_comments_list_access"] = client_comments_list_access

        client_comments_add_access = self.client_comments_add_access
        if type(client_comments_add_access) is not bool and client_comments_add_access is not UNSET:
            client_comments_add_access = _fields.write_boolean(client_comments_add_access, "client_comments_add_access")
        if client_comments_add_access is not UNSET:
            field_dict["client_comments_add_access"] = client_comments_add_access

        client_comments_own_edit_access = self.client_comments_own_edit_access
        if type(client_comments_own_edit_access) is not bool and client_comments_own_edit_access is not UNSET:
            client_comments_own_edit_access = _fields.write_boolean(
                client_comments_own_edit_access, "client_comments_own_edit_access"
            )
        if client_comments_own_edit_access is not UNSET:
            field_dict["client_comments_own_edit_access"] = client_comments_own_edit_access

        client_comments_other_edit_access = self.client_comments_other_edit_access
        if type(client_comments_other_edit_access) is not bool and client_comments_other_edit_access is not UNSET:
            client_comments_other_edit_access = _fields.write_boolean(
                client_comments_other_edit_access, "client_comments_other_edit_access"
            )
        if client_comments_other_edit_access is not UNSET:
            field_dict["client_comments_other_edit_access"] = client_comments_other_edit_access

        client_files_list_access = self.client_files_list_access
        if type(client_files_list_access) is not bool and client_files_list_access is not UNSET:
            client_files_list_access = _fields.write_boolean(client_files_list_access, "client_files_list_access")
        if client_files_list_access is not UNSET:
            field_dict["client_files_list_access"] = client_files_list_access

        client_files_upload_access = self.client_files_upload_access
        if type(client_files_upload_access) is not bool and client_files_upload_access is not UNSET:
            client_files_upload_access = _fields.write_boolean(client_files_upload_access, "client_files_upload_access")
        if client_files_upload_access is not UNSET:
            field_dict["client_files_upload_access"] = client_files_upload_access

        client_files_delete_access = self.client_files_delete_access
        if type(client_files_delete_access) is not bool and client_files_delete_access is not UNSET:
            client_files_delete_access = _fields.write_boolean(client_files_delete_access, "client_files_delete_access")
        if client_files_delete_access is not UNSET:
            field_dict["client_files_delete_access"] = client_files_delete_access

        clients_visit_master_id = self.clients_visit_master_id
        if type(clients_visit_master_id) is not int and clients_visit_master_id is not UNSET:
            clients_visit_master_id = _fields.write_integer(clients_visit_master_id, "clients_visit_master_id")
        if clients_visit_master_id is not UNSET:
            field_dict["clients_visit_master_id"] = clients_visit_master_id

        get_visit_master_id = self.get_visit_master_id
        if type(get_visit_master_id) is not int and get_visit_master_id is not UNSET:
            get_visit_master_id = _fields.write_integer(get_visit_master_id, "get_visit_master_id")
        if get_visit_master_id is not UNSET:
            field_dict["get_visit_master_id"] = get_visit_master_id

        clients_phones_access = self.clients_phones_access
        if type(clients_phones_access) is not bool and clients_phones_access is not UNSET:
            clients_phones_access = _fields.write_boolean(clients_phones_access, "clients_phones_access")
        if clients_phones_access is not UNSET:
            field_dict["clients_phones_access"] = clients_phones_access

        clients_edit_access = self.clients_edit_access
        if type(clients_edit_access) is not bool and clients_edit_access is not UNSET:
            clients_edit_access = _fields.write_boolean(clients_edit_access, "clients_edit_access")
        if clients_edit_access is not UNSET:
            field_dict["clients_edit_access"] = clients_edit_access

        clients_deposits_access = self.clients_deposits_access
        if type(clients_deposits_access) is not bool and clients_deposits_access is not UNSET:
            clients_deposits_access = _fields.write_boolean(clients_deposits_access, "clients_deposits_access")
        if clients_deposits_access is not UNSET:
            field_dict["clients_deposits_access"] = clients_deposits_access

        clients_deposits_create_access = self.clients_deposits_create_access
        if type(clients_deposits_create_access) is not bool and clients_deposits_create_access is not UNSET:
            clients_deposits_create_access = _fields.write_boolean(
                clients_deposits_create_access, "clients_deposits_create_access"
            )
        if clients_deposits_create_access is not UNSET:
            field_dict["clients_deposits_create_access"] = clients_deposits_create_access

        clients_deposits_history_access = self.clients_deposits_history_access
        if type(clients_deposits_history_access) is not bool and clients_deposits_history_access is not UNSET:
            clients_deposits_history_access = _fields.write_boolean(
                clients_deposits_history_access, "clients_deposits_history_access"
            )
        if clients_deposits_history_access is not UNSET:
            field_dict["clients_deposits_history_access"] = clients_deposits_history_access

        clients_deposits_topup_access = self.clients_deposits_topup_access
        if type(clients_deposits_topup_access) is not bool and clients_deposits_topup_access is not UNSET:
            clients_deposits_topup_access = _fields.write_boolean(
                clients_deposits_topup_access, "clients_deposits_topup_access"
            )
        if clients_deposits_topup_access is not UNSET:
            field_dict["clients_deposits_topup_access"] = clients_deposits_topup_access

        clients_loyalty_read_access = self.clients_loyalty_read_access
        if type(clients_loyalty_read_access) is not bool and clients_loyalty_read_access is not UNSET:
            clients_loyalty_read_access = _fields.write_boolean(
                clients_loyalty_read_access, "clients_loyalty_read_access"
            )
        if clients_loyalty_read_access is not UNSET:
            field_dict["clients_loyalty_read_access"] = clients_loyalty_read_access

        clients_loyalty_settings_access = self.clients_loyalty_settings_access
        if type(clients_loyalty_settings_access) is not bool and clients_loyalty_settings_access is not UNSET:
            clients_loyalty_settings_access = _fields.write_boolean(
                clients_loyalty_settings_access, "clients_loyalty_settings_access"
            )
        if clients_loyalty_settings_access is not UNSET:
            field_dict["clients_loyalty_settings_access"] = clients_loyalty_settings_access

        clients_card_comment_access = self.clients_card_comment_access
        if type(clients_card_comment_access) is not bool and clients_card_comment_access is not UNSET:
            clients_card_comment_access = _fields.write_boolean(
                clients_card_comment_access, "clients_card_comment_access"
            )
        if clients_card_comment_access is not UNSET:
            field_dict["clients_card_comment_access"] = clients_card_comment_access

        clients_card_comment_edit_access = self.clients_card_comment_edit_access
        if type(clients_card_comment_edit_access) is not bool and clients_card_comment_edit_access is not UNSET:
            clients_card_comment_edit_access = _fields.write_boolean(
                clients_card_comment_edit_access, "clients_card_comment_edit_access"
            )
        if clients_card_comment_edit_access is not UNSET:
            field_dict["clients_card_comment_edit_access"] = clients_card_comment_edit_access

        clients_surname_middle_name_access = self.clients_surname_middle_name_access
        if type(clients_surname_middle_name_access) is not bool and clients_surname_middle_name_access is not UNSET:
            clients_surname_middle_name_access = _fields.write_boolean(
                clients_surname_middle_name_access, "clients_surname_middle_name_access"
            )
        if clients_surname_middle_name_access is not UNSET:
            field_dict["clients_surname_middle_name_access"] = clients_surname_middle_name_access

        clients_surname_patronymic_access = self.clients_surname_patronymic_access
        if type(clients_surname_patronymic_access) is not bool and clients_surname_patronymic_access is not UNSET:
            clients_surname_patronymic_access = _fields.write_boolean(
                clients_surname_patronymic_access, "clients_surname_patronymic_access"
            )
        if clients_surname_patronymic_access is not UNSET:
            field_dict["clients_surname_patronymic_access"] = clients_surname_patronymic_access

        clients_surname_middle_name_edit_access = self.clients_surname_middle_name_edit_access
        if (
            type(clients_surname_middle_name_edit_access) is not bool
            and clients_surname_middle_name_edit_access is not UNSET
        ):
            clients_surname_middle_name_edit_access = _fields.write_boolean(
                clients_surname_middle_name_edit_access, "clients_surname_middle_name_edit_access"
            )
        if clients_surname_middle_name_edit_access is not UNSET:
            field_dict["clients_surname_middle_name_edit_access"] = clients_surname_middle_name_edit_access

        clients_surname_patronymic_edit_access = self.clients_surname_patronymic_edit_access
        if (
            type(clients_surname_patronymic_edit_access) is not bool
            and clients_surname_patronymic_edit_access is not UNSET
        ):
            clients_surname_patronymic_edit_access = _fields.write_boolean(
                clients_surname_patronymic_edit_access, "clients_surname_patronymic_edit_access"
            )
        if clients_surname_patronymic_edit_access is not UNSET:
            field_dict["clients_surname_patronymic_edit_access"] = clients_surname_patronymic_edit_access

        clients_show_attendance_history_access = self.clients_show_attendance_history_access
        if (
            type(clients_show_attendance_history_access) is not bool
            and clients_show_attendance_history_access is not UNSET
        ):
            clients_show_attendance_history_access = _fields.write_boolean(
                clients_show_attendance_history_access, "clients_show_attendance_history_access"
            )
        if clients_show_attendance_history_access is not UNSET:
            field_dict["clients_show_attendance_history_access"] = clients_show_attendance_history_access

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        clients_access = _get("clients_access", UNSET)
        if type(clients_access) is not bool and clients_access is not UNSET:
            clients_access = _fields.read_boolean(clients_access, "clients_access")

        client_phones_access = _get("client_phones_access", UNSET)
        if type(client_phones_access) is not bool and client_phones_access is not UNSET:
            client_phones_access = _fields.read_boolean(client_phones_access, "client_phones_access")

        clients_phones_email_access = _get("clients_phones_email_access", UNSET)
        if type(clients_phones_email_access) is not bool and clients_phones_email_access is not UNSET:
            clients_phones_email_access = _fields.read_boolean(
                clients_phones_email_access, "clients_phones_email_access"
            )

        clients_card_phone_access = _get("clients_card_phone_access", UNSET)
        if type(clients_card_phone_access) is not bool and clients_card_phone_access is not UNSET:
            clients_card_phone_access = _fields.read_boolean(clients_card_phone_access, "clients_card_phone_access")

        clients_delete_access = _get("clients_delete_access", UNSET)
        if type(clients_delete_access) is not bool and clients_delete_access is not UNSET:
            clients_delete_access = _fields.read_boolean(clients_delete_access, "clients_delete_access")

        clients_excel_access = _get("clients_excel_access", UNSET)
        if type(clients_excel_access) is not bool and clients_excel_access is not UNSET:
            clients_excel_access = _fields.read_boolean(clients_excel_access, "clients_excel_access")

        excel_access = _get("excel_access", UNSET)
        if type(excel_access) is not bool and excel_access is not UNSET:
            excel_access = _fields.read_boolean(excel_access, "excel_access")

        client_comments_list_access = _get("client_comments_list_access", UNSET)
        if type(client_comments_list_access) is not bool and client_comments_list_access is not UNSET:
            client_comments_list_access = _fields.read_boolean(
                client_comments_list_access, "client_comments_list_access"
            )

        client_comments_add_access = _get("client_comments_add_access", UNSET)
        if type(client_comments_add_access) is not bool and client_comments_add_access is not UNSET:
            client_comments_add_access = _fields.read_boolean(client_comments_add_access, "client_comments_add_access")

        client_comments_own_edit_access = _get("client_comments_own_edit_access", UNSET)
        if type(client_comments_own_edit_access) is not bool and client_comments_own_edit_access is not UNSET:
            client_comments_own_edit_access = _fields.read_boolean(
                client_comments_own_edit_access, "client_comments_own_edit_access"
            )

        client_comments_other_edit_access = _get("client_comments_other_edit_access", UNSET)
        if type(client_comments_other_edit_access) is not bool and client_comments_other_edit_access is not UNSET:
            client_comments_other_edit_access = _fields.read_boolean(
                client_comments_other_edit_access, "client_comments_other_edit_access"
            )

        client_files_list_access = _get("client_files_list_access", UNSET)
        if type(client_files_list_access) is not bool and client_files_list_access is not UNSET:
            client_files_list_access = _fields.read_boolean(client_files_list_access, "client_files_list_access")

        client_files_upload_access = _get("client_files_upload_access", UNSET)
        if type(client_files_upload_access) is not bool and client_files_upload_access is not UNSET:
            client_files_upload_access = _fields.read_boolean(client_files_upload_access, "client_files_upload_access")

        client_files_delete_access = _get("client_files_delete_access", UNSET)
        if type(client_files_delete_access) is not bool and client_files_delete_access is not UNSET:
            client_files_delete_access = _fields.read_boolean(client_files_delete_access, "client_files_delete_access")

        clients_visit_master_id = _get("clients_visit_master_id", UNSET)
        if type(clients_visit_master_id) is not int and clients_visit_master_id is not UNSET:
            clients_visit_master_id = _fields.read_integer(clients_visit_master_id, "clients_visit_master_id")

        get_visit_master_id = _get("get_visit_master_id", UNSET)
        if type(get_visit_master_id) is not int and get_visit_master_id is not UNSET:
            get_visit_master_id = _fields.read_integer(get_visit_master_id, "get_visit_master_id")

        clients_phones_access = _get("clients_phones_access", UNSET)
        if type(clients_phones_access) is not bool and clients_phones_access is not UNSET:
            clients_phones_access = _fields.read_boolean(clients_phones_access, "clients_phones_access")

        clients_edit_access = _get("clients_edit_access", UNSET)
        if type(clients_edit_access) is not bool and clients_edit_access is not UNSET:
            clients_edit_access = _fields.read_boolean(clients_edit_access, "clients_edit_access")

        clients_deposits_access = _get("clients_deposits_access", UNSET)
        if type(clients_deposits_access) is not bool and clients_deposits_access is not UNSET:
            clients_deposits_access = _fields.read_boolean(clients_deposits_access, "clients_deposits_access")

        clients_deposits_create_access = _get("clients_deposits_create_access", UNSET)
        if type(clients_deposits_create_access) is not bool and clients_deposits_create_access is not UNSET:
            clients_deposits_create_access = _fields.read_boolean(
                clients_deposits_create_access, "clients_deposits_create_access"
            )

        clients_deposits_history_access = _get("clients_deposits_history_access", UNSET)
        if type(clients_deposits_history_access) is not bool and clients_deposits_history_access is not UNSET:
            clients_deposits_history_access = _fields.read_boolean(
                clients_deposits_history_access, "clients_deposits_history_access"
            )

        clients_deposits_topup_access = _get("clients_deposits_topup_access", UNSET)
        if type(clients_deposits_topup_access) is not bool and clients_deposits_topup_access is not UNSET:
            clients_deposits_topup_access = _fields.read_boolean(
                clients_deposits_topup_access, "clients_deposits_topup_access"
            )

        clients_loyalty_read_access = _get("clients_loyalty_read_access", UNSET)
        if type(clients_loyalty_read_access) is not bool and clients_loyalty_read_access is not UNSET:
            clients_loyalty_read_access = _fields.read_boolean(
                clients_loyalty_read_access, "clients_loyalty_read_access"
            )

        clients_loyalty_settings_access = _get("clients_loyalty_settings_access", UNSET)
        if type(clients_loyalty_settings_access) is not bool and clients_loyalty_settings_access is not UNSET:
            clients_loyalty_settings_access = _fields.read_boolean(
                clients_loyalty_settings_access, "clients_loyalty_settings_access"
            )

        clients_card_comment_access = _get("clients_card_comment_access", UNSET)
        if type(clients_card_comment_access) is not bool and clients_card_comment_access is not UNSET:
            clients_card_comment_access = _fields.read_boolean(
                clients_card_comment_access, "clients_card_comment_access"
            )

        clients_card_comment_edit_access = _get("clients_card_comment_edit_access", UNSET)
        if type(clients_card_comment_edit_access) is not bool and clients_card_comment_edit_access is not UNSET:
            clients_card_comment_edit_access = _fields.read_boolean(
                clients_card_comment_edit_access, "clients_card_comment_edit_access"
            )

        clients_surname_middle_name_access = _get("clients_surname_middle_name_access", UNSET)
        if type(clients_surname_middle_name_access) is not bool and clients_surname_middle_name_access is not UNSET:
            clients_surname_middle_name_access = _fields.read_boolean(
                clients_surname_middle_name_access, "clients_surname_middle_name_access"
            )

        clients_surname_patronymic_access = _get("clients_surname_patronymic_access", UNSET)
        if type(clients_surname_patronymic_access) is not bool and clients_surname_patronymic_access is not UNSET:
            clients_surname_patronymic_access = _fields.read_boolean(
                clients_surname_patronymic_access, "clients_surname_patronymic_access"
            )

        clients_surname_middle_name_edit_access = _get("clients_surname_middle_name_edit_access", UNSET)
        if (
            type(clients_surname_middle_name_edit_access) is not bool
            and clients_surname_middle_name_edit_access is not UNSET
        ):
            clients_surname_middle_name_edit_access = _fields.read_boolean(
                clients_surname_middle_name_edit_access, "clients_surname_middle_name_edit_access"
            )

        clients_surname_patronymic_edit_access = _get("clients_surname_patronymic_edit_access", UNSET)
        if (
            type(clients_surname_patronymic_edit_access) is not bool
            and clients_surname_patronymic_edit_access is not UNSET
        ):
            clients_surname_patronymic_edit_access = _fields.read_boolean(
                clients_surname_patronymic_edit_access, "clients_surname_patronymic_edit_access"
            )

        clients_show_attendance_history_access = _get("clients_show_attendance_history_access", UNSET)
        if (
            type(clients_show_attendance_history_access) is not bool
            and clients_show_attendance_history_access is not UNSET
        ):
            clients_show_attendance_history_access = _fields.read_boolean(
                clients_show_attendance_history_access, "clients_show_attendance_history_access"
            )

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.clients_access = clients_access
        _model.client_phones_access = client_phones_access
        _model.clients_phones_email_access = clients_phones_email_access
        _model.clients_card_phone_access = clients_card_phone_access
        _model.clients_delete_access = clients_delete_access
        _model.clients_excel_access = clients_excel_access
        _model.excel_access = excel_access
        _model.client_comments_list_access = client_comments_list_access
        _model.client_comments_add_access = client_comments_add_access
        _model.client_comments_own_edit_access = client_comments_own_edit_access
        _model.client_comments_other_edit_access = client_comments_other_edit_access
        _model.client_files_list_access = client_files_list_access
        _model.client_files_upload_access = client_files_upload_access
        _model.client_files_delete_access = client_files_delete_access
        _model.clients_visit_master_id = clients_visit_master_id
        _model.get_visit_master_id = get_visit_master_id
        _model.clients_phones_access = clients_phones_access
        _model.clients_edit_access = clients_edit_access
        _model.clients_deposits_access = clients_deposits_access
        _model.clients_deposits_create_access = clients_deposits_create_access
        _model.clients_deposits_history_access = clients_deposits_history_access
        _model.clients_deposits_topup_access = clients_deposits_topup_access
        _model.clients_loyalty_read_access = clients_loyalty_read_access
        _model.clients_loyalty_settings_access = clients_loyalty_settings_access
        _model.clients_card_comment_access = clients_card_comment_access
        _model.clients_card_comment_edit_access = clients_card_comment_edit_access
        _model.clients_surname_middle_name_access = clients_surname_middle_name_access
        _model.clients_surname_patronymic_access = clients_surname_patronymic_access
        _model.clients_surname_middle_name_edit_access = clients_surname_middle_name_edit_access
        _model.clients_surname_patronymic_edit_access = clients_surname_patronymic_edit_access
        _model.clients_show_attendance_history_access = clients_show_attendance_history_access
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetPermissionListResponse200Clients:
            _fields.init_added_fields(_model, GetPermissionListResponse200Clients)
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
