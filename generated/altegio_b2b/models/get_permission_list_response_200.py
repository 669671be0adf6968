from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._runtime import fields as _fields
from .._runtime.errors import FieldError as _FieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_permission_list_response_200_clients import GetPermissionListResponse200Clients
    from ..models.get_permission_list_response_200_comers import GetPermissionListResponse200Comers
    from ..models.get_permission_list_response_200_dashboard import GetPermissionListResponse200Dashboard
    from ..models.get_permission_list_response_200_finances import GetPermissionListResponse200Finances
    from ..models.get_permission_list_response_200_loyalty import GetPermissionListResponse200Loyalty
    from ..models.get_permission_list_response_200_notification import GetPermissionListResponse200Notification
    from ..models.get_permission_list_response_200_online_record import GetPermissionListResponse200OnlineRecord
    from ..models.get_permission_list_response_200_other import GetPermissionListResponse200Other
    from ..models.get_permission_list_response_200_record_form import GetPermissionListResponse200RecordForm
    from ..models.get_permission_list_response_200_security import GetPermissionListResponse200Security
    from ..models.get_permission_list_response_200_settings import GetPermissionListResponse200Settings
    from ..models.get_permission_list_response_200_storages import GetPermissionListResponse200Storages
    from ..models.get_permission_list_response_200_timetable import GetPermissionListResponse200Timetable


T = TypeVar("T", bound="GetPermissionListResponse200")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "timetable",
        "record_form",
        "finances",
        "clients",
        "dashboard",
        "notification",
        "loyalty",
        "storages",
        "settings",
        "security",
        "comers",
        "other",
        "online_record",
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
class GetPermissionListResponse200:
    """Object with access rights categories

    Attributes:
        timetable (GetPermissionListResponse200Timetable | Unset): Appointment log
        record_form (GetPermissionListResponse200RecordForm | Unset): Appointment window
        finances (GetPermissionListResponse200Finances | Unset): Section Finance
        clients (GetPermissionListResponse200Clients | Unset): Section Clients
        dashboard (GetPermissionListResponse200Dashboard | Unset): Section Overview
        notification (GetPermissionListResponse200Notification | Unset): Notification settings
        loyalty (GetPermissionListResponse200Loyalty | Unset): Section Loyalty
        storages (GetPermissionListResponse200Storages | Unset): Section Inventory
        settings (GetPermissionListResponse200Settings | Unset): Section Settings
        security (GetPermissionListResponse200Security | Unset): Section Security
        comers (GetPermissionListResponse200Comers | Unset): Section Visitors
        other (GetPermissionListResponse200Other | Unset): Access to analytics, billing, SMS mailings and enabling
            access to a location by IP address
        online_record (GetPermissionListResponse200OnlineRecord | Unset): Section Online Booking
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

    timetable: GetPermissionListResponse200Timetable | Unset = UNSET
    record_form: GetPermissionListResponse200RecordForm | Unset = UNSET
    finances: GetPermissionListResponse200Finances | Unset = UNSET
    clients: GetPermissionListResponse200Clients | Unset = UNSET
    dashboard: GetPermissionListResponse200Dashboard | Unset = UNSET
    notification: GetPermissionListResponse200Notification | Unset = UNSET
    loyalty: GetPermissionListResponse200Loyalty | Unset = UNSET
    storages: GetPermissionListResponse200Storages | Unset = UNSET
    settings: GetPermissionListResponse200Settings | Unset = UNSET
    security: GetPermissionListResponse200Security | Unset = UNSET
    comers: GetPermissionListResponse200Comers | Unset = UNSET
    other: GetPermissionListResponse200Other | Unset = UNSET
    online_record: GetPermissionListResponse200OnlineRecord | Unset = UNSET
    security_access: bool | Unset = UNSET
    security_2fa_access: bool | Unset = UNSET
    security_data_changes_access: bool | Unset = UNSET
    security_employee_changes_access: bool | Unset = UNSET
    security_export_import_access: bool | Unset = UNSET
    security_logins_access: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        timetable = self.timetable
        if timetable is not UNSET:
            field_dict["timetable"] = _fields.write_model(
                timetable, _models.GetPermissionListResponse200Timetable, "timetable"
            )

        record_form = self.record_form
        if record_form is not UNSET:
            field_dict["record_form"] = _fields.write_model(
                record_form, _models.GetPermissionListResponse200RecordForm, "record_form"
            )

        finances = self.finances
        if finances is not UNSET:
            field_dict["finances"] = _fields.write_model(
                finances, _models.GetPermissionListResponse200Finances, "finances"
            )

        clients = self.clients
        if clients is not UNSET:
            field_dict["clients"] = _fields.write_model(clients, _models.GetPermissionListResponse200Clients, "clients")

        dashboard = self.dashboard
        if dashboard is not UNSET:
            field_dict["dashboard"] = _fields.write_model(
                dashboard, _models.GetPermissionListResponse200Dashboard, "dashboard"
            )

        notification = self.notification
        if notification is not UNSET:
            field_dict["notification"] = _fields.write_model(
                notification, _models.GetPermissionListResponse200Notification, "notification"
            )

        loyalty = self.loyalty
        if loyalty is not UNSET:
            field_dict["loyalty"] = _fields.write_model(loyalty, _models.GetPermissionListResponse200Loyalty, "loyalty")

        storages = self.storages
        if storages is not UNSET:
            field_dict["storages"] = _fields.write_model(
                storages, _models.GetPermissionListResponse200Storages, "storages"
            )

        settings = self.settings
        if settings is not UNSET:
            field_dict["settings"] = _fields.write_model(
                settings, _models.GetPermissionListResponse200Settings, "settings"
            )

        security = self.security
        if security is not UNSET:
            field_dict["security"] = _fields.write_model(
                security, _models.GetPermissionListResponse200Security, "security"
            )

        comers = self.comers
        if comers is not UNSET:
            field_dict["comers"] = _fields.write_model(comers, _models.GetPermissionListResponse200Comers, "comers")

        other = self.other
        if other is not UNSET:
            field_dict["other"] = _fields.write_model(other, _models.GetPermissionListResponse200Other, "other")

        online_record = self.online_record
        if online_record is not UNSET:
            field_dict["online_record"] = _fields.write_model(
                online_record, _models.GetPermissionListResponse200OnlineRecord, "online_record"
            )

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
        timetable = _get("timetable", UNSET)
        if timetable is not UNSET:
            try:
                timetable = _models.GetPermissionListResponse200Timetable.from_dict(timetable)
            except _FieldError as _error:
                raise _error.within("timetable")

        record_form = _get("record_form", UNSET)
        if record_form is not UNSET:
            try:
                record_form = _models.GetPermissionListResponse200RecordForm.from_dict(record_form)
            except _FieldError as _error:
                raise _error.within("record_form")

        finances = _get("finances", UNSET)
        if finances is not UNSET:
            try:
                finances = _models.GetPermissionListResponse200Finances.from_dict(finances)
            except _FieldError as _error:
                raise _error.within("finances")

        clients = _get("clients", UNSET)
        if clients is not UNSET:
            try:
                clients = _models.GetPermissionListResponse200Clients.from_dict(clients)
            except _FieldError as _error:
                raise _error.within("clients")

        dashboard = _get("dashboard", UNSET)
        if dashboard is not UNSET:
            try:
                dashboard = _models.GetPermissionListResponse200Dashboard.from_dict(dashboard)
            except _FieldError as _error:
                raise _error.within("dashboard")

        notification = _get("notification", UNSET)
        if notification is not UNSET:
            try:
                notification = _models.GetPermissionListResponse200Notification.from_dict(notification)
            except _FieldError as _error:
                raise _error.within("notification")

        loyalty = _get("loyalty", UNSET)
        if loyalty is not UNSET:
            try:
                loyalty = _models.GetPermissionListResponse200Loyalty.from_dict(loyalty)
            except _FieldError as _error:
                raise _error.within("loyalty")

        storages = _get("storages", UNSET)
        if storages is not UNSET:
            try:
                storages = _models.GetPermissionListResponse200Storages.from_dict(storages)
            except _FieldError as _error:
                raise _error.within("storages")

        settings = _get("settings", UNSET)
        if settings is not UNSET:
            try:
                settings = _models.GetPermissionListResponse200Settings.from_dict(settings)
            except _FieldError as _error:
                raise _error.within("settings")

        security = _get("security", UNSET)
        if security is not UNSET:
            try:
                security = _models.GetPermissionListResponse200Security.from_dict(security)
            except _FieldError as _error:
                raise _error.within("security")

        comers = _get("comers", UNSET)
        if comers is not UNSET:
            try:
                comers = _models.GetPermissionListResponse200Comers.from_dict(comers)
            except _FieldError as _error:
                raise _error.within("comers")

        other = _get("other", UNSET)
        if other is not UNSET:
            try:
                other = _models.GetPermissionListResponse200Other.from_dict(other)
            except _FieldError as _error:
                raise _error.within("other")

        online_record = _get("online_record", UNSET)
        if online_record is not UNSET:
            try:
                online_record = _models.GetPermissionListResponse200OnlineRecord.from_dict(online_record)
            except _FieldError as _error:
                raise _error.within("online_record")

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
        _model.timetable = timetable
        _model.record_form = record_form
        _model.finances = finances
        _model.clients = clients
        _model.dashboard = dashboard
        _model.notification = notification
        _model.loyalty = loyalty
        _model.storages = storages
        _model.settings = settings
        _model.security = security
        _model.comers = comers
        _model.other = other
        _model.online_record = online_record
        _model.security_access = security_access
        _model.security_2fa_access = security_2fa_access
        _model.security_data_changes_access = security_data_changes_access
        _model.security_employee_changes_access = security_employee_changes_access
        _model.security_export_import_access = security_export_import_access
        _model.security_logins_access = security_logins_access
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetPermissionListResponse200:
            _fields.init_added_fields(_model, GetPermissionListResponse200)
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
