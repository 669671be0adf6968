from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="DeprecatedGetLocationUsersResponse200ItemAccess")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "stat_access",
        "schedule_edit_access",
        "client_phones_access",
        "clients_access",
        "settings_access",
        "edit_records_access",
        "timetable_access",
        "billing_access",
        "users_access",
        "excel_access",
        "finances_access",
        "storages_access",
        "send_sms",
        "master_id",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class DeprecatedGetLocationUsersResponse200ItemAccess:
    """Object of user access rights to system modules

    Attributes:
        stat_access (bool | Unset): true - there is access to analytics, false - no access
        schedule_edit_access (bool | Unset): true - there is access to the team member's work schedule in the log, false
            - no access
        client_phones_access (bool | Unset): true - there is access to phone numbers in the list of clients, false - no
            access
        clients_access (bool | Unset): true - there is access to the client base, false - no access
        settings_access (bool | Unset): true - there is access to the settings section, false - no access
        edit_records_access (bool | Unset): true - there is access to change records, false - no access
        timetable_access (bool | Unset): true - there is access to the appointment log, false - no access
        billing_access (bool | Unset): true - there is access to billing (balance menu section), false - no access
        users_access (bool | Unset): true - there is access to user management, false - no access
        excel_access (bool | Unset): 1 - there is access to unloading the list of clients in Excel, 0 - no access
        finances_access (bool | Unset): true - there is access to finances, false - no access
        storages_access (bool | Unset): true - there is access to the inventory, false - no access
        send_sms (bool | Unset): true - there is access to SMS distribution to clients, false - no access
        master_id (int | Unset): 0 - if the user can view the schedule and records of all team members, otherwise only
            the team member whose ID is specified
    """

    stat_access: bool | Unset = UNSET
    schedule_edit_access: bool | Unset = UNSET
    client_phones_access: bool | Unset = UNSET
    clients_access: bool | Unset = UNSET
    settings_access: bool | Unset = UNSET
    edit_records_access: bool | Unset = UNSET
    timetable_access: bool | Unset = UNSET
    billing_access: bool | Unset = UNSET
    users_access: bool | Unset = UNSET
    excel_access: bool | Unset = UNSET
    finances_access: bool | Unset = UNSET
    storages_access: bool | Unset = UNSET
    send_sms: bool | Unset = UNSET
    master_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        stat_access = self.stat_access
        if type(stat_access) is not bool and stat_access is not UNSET:
            stat_access = _fields.write_boolean(stat_access, "stat_access")
        if stat_access is not UNSET:
            field_dict["stat_access"] = stat_access

        schedule_edit_access = self.schedule_edit_access
        if type(schedule_edit_access) is not bool and schedule_edit_access is not UNSET:
            schedule_edit_access = _fields.write_boolean(schedule_edit_access, "schedule_edit_access")
        if schedule_edit_access is not UNSET:
            field_dict["schedule_edit_access"] = schedule_edit_access

        client_phones_access = self.client_phones_access
        if type(client_phones_access) is not bool and client_phones_access is not UNSET:
            client_phones_access = _fields.write_boolean(client_phones_access, "client_phones_access")
        if client_phones_access is not UNSET:
            field_dict["client_phones_access"] = client_phones_access

        clients_access = self.clients_access
        if type(clients_access) is not bool and clients_access is not UNSET:
            clients_access = _fields.write_boolean(clients_access, "clients_access")
        if clients_access is not UNSET:
            field_dict["clients_access"] = clients_access

        settings_access = self.settings_access
        if type(settings_access) is not bool and settings_access is not UNSET:
            settings_access = _fields.write_boolean(settings_access, "settings_access")
        if settings_access is not UNSET:
            field_dict["settings_access"] = settings_access

        edit_records_access = self.edit_records_access
        if type(edit_records_access) is not bool and edit_records_access is not UNSET:
            edit_records_access = _fields.write_boolean(edit_records_access, "edit_records_access")
        if edit_records_access is not UNSET:
            field_dict["edit_records_access"] = edit_records_access

        timetable_access = self.timetable_access
        if type(timetable_access) is not bool and timetable_access is not UNSET:
            timetable_access = _fields.write_boolean(timetable_access, "timetable_access")
        if timetable_access is not UNSET:
            field_dict["timetable_access"] = timetable_access

        billing_access = self.billing_access
        if type(billing_access) is not bool and billing_access is not UNSET:
            billing_access = _fields.write_boolean(billing_access, "billing_access")
        if billing_access is not UNSET:
            field_dict["billing_access"] = billing_access

        users_access = self.users_access
        if type(users_access) is not bool and users_access is not UNSET:
            users_access = _fields.write_boolean(users_access, "users_access")
        if users_access is not UNSET:
            field_dict["users_access"] = users_access

        excel_access = self.excel_access
        if type(excel_access) is not bool and excel_access is not UNSET:
            excel_access = _fields.write_boolean(excel_access, "excel_access")
        if excel_access is not UNSET:
            field_dict["excel_access"] = excel_access

        finances_access = self.finances_access
        if type(finances_access) is not bool and finances_access is not UNSET:
            finances_access = _fields.write_boolean(finances_access, "finances_access")
        if finances_access is not UNSET:
            field_dict["finances_access"] = finances_access

        storages_access = self.storages_access
        if type(storages_access) is not bool and storages_access is not UNSET:
            storages_access = _fields.write_boolean(storages_access, "storages_access")
        if storages_access is not UNSET:
            field_dict["storages_access"] = storages_access

        send_sms = self.send_sms
        if type(send_sms) is not bool and send_sms is not UNSET:
            send_sms = _fields.write_boolean(send_sms, "send_sms")
        if send_sms is not UNSET:
            field_dict["send_sms"] = send_sms

        master_id = self.master_id
        if type(master_id) is not int and master_id is not UNSET:
            master_id = _fields.write_integer(master_id, "master_id")
        if master_id is not UNSET:
            field_dict["master_id"] = master_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        stat_access = _get("stat_access", UNSET)
        if type(stat_access) is not bool and stat_access is not UNSET:
            stat_access = _fields.read_boolean(stat_access, "stat_access")

        schedule_edit_access = _get("schedule_edit_access", UNSET)
        if type(schedule_edit_access) is not bool and schedule_edit_access is not UNSET:
            schedule_edit_access = _fields.read_boolean(schedule_edit_access, "schedule_edit_access")

        client_phones_access = _get("client_phones_access", UNSET)
        if type(client_phones_access) is not bool and client_phones_access is not UNSET:
            client_phones_access = _fields.read_boolean(client_phones_access, "client_phones_access")

        clients_access = _get("clients_access", UNSET)
        if type(clients_access) is not bool and clients_access is not UNSET:
            clients_access = _fields.read_boolean(clients_access, "clients_access")

        settings_access = _get("settings_access", UNSET)
        if type(settings_access) is not bool and settings_access is not UNSET:
            settings_access = _fields.read_boolean(settings_access, "settings_access")

        edit_records_access = _get("edit_records_access", UNSET)
        if type(edit_records_access) is not bool and edit_records_access is not UNSET:
            edit_records_access = _fields.read_boolean(edit_records_access, "edit_records_access")

        timetable_access = _get("timetable_access", UNSET)
        if type(timetable_access) is not bool and timetable_access is not UNSET:
            timetable_access = _fields.read_boolean(timetable_access, "timetable_access")

        billing_access = _get("billing_access", UNSET)
        if type(billing_access) is not bool and billing_access is not UNSET:
            billing_access = _fields.read_boolean(billing_access, "billing_access")

        users_access = _get("users_access", UNSET)
        if type(users_access) is not bool and users_access is not UNSET:
            users_access = _fields.read_boolean(users_access, "users_access")

        excel_access = _get("excel_access", UNSET)
        if type(excel_access) is not bool and excel_access is not UNSET:
            excel_access = _fields.read_boolean(excel_access, "excel_access")

        finances_access = _get("finances_access", UNSET)
        if type(finances_access) is not bool and finances_access is not UNSET:
            finances_access = _fields.read_boolean(finances_access, "finances_access")

        storages_access = _get("storages_access", UNSET)
        if type(storages_access) is not bool and storages_access is not UNSET:
            storages_access = _fields.read_boolean(storages_access, "storages_access")

        send_sms = _get("send_sms", UNSET)
        if type(send_sms) is not bool and send_sms is not UNSET:
            send_sms = _fields.read_boolean(send_sms, "send_sms")

        master_id = _get("master_id", UNSET)
        if type(master_id) is not int and master_id is not UNSET:
            master_id = _fields.read_integer(master_id, "master_id")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.stat_access = stat_access
        _model.schedule_edit_access = schedule_edit_access
        _model.client_phones_access = client_phones_access
        _model.clients_access = clients_access
        _model.settings_access = settings_access
        _model.edit_records_access = edit_records_access
        _model.timetable_access = timetable_access
        _model.billing_access = billing_access
        _model.users_access = users_access
        _model.excel_access = excel_access
        _model.finances_access = finances_access
        _model.storages_access = storages_access
        _model.send_sms = send_sms
        _model.master_id = master_id
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not DeprecatedGetLocationUsersResponse200ItemAccess:
            _fields.init_added_fields(_model, DeprecatedGetLocationUsersResponse200ItemAccess)
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
