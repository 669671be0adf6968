from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        timetable: dict[str, Any] | Unset = UNSET
        if not isinstance(self.timetable, Unset):
            timetable = self.timetable.to_dict()

        record_form: dict[str, Any] | Unset = UNSET
        if not isinstance(self.record_form, Unset):
            record_form = self.record_form.to_dict()

        finances: dict[str, Any] | Unset = UNSET
        if not isinstance(self.finances, Unset):
            finances = self.finances.to_dict()

        clients: dict[str, Any] | Unset = UNSET
        if not isinstance(self.clients, Unset):
            clients = self.clients.to_dict()

        dashboard: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dashboard, Unset):
            dashboard = self.dashboard.to_dict()

        notification: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notification, Unset):
            notification = self.notification.to_dict()

        loyalty: dict[str, Any] | Unset = UNSET
        if not isinstance(self.loyalty, Unset):
            loyalty = self.loyalty.to_dict()

        storages: dict[str, Any] | Unset = UNSET
        if not isinstance(self.storages, Unset):
            storages = self.storages.to_dict()

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        security: dict[str, Any] | Unset = UNSET
        if not isinstance(self.security, Unset):
            security = self.security.to_dict()

        comers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.comers, Unset):
            comers = self.comers.to_dict()

        other: dict[str, Any] | Unset = UNSET
        if not isinstance(self.other, Unset):
            other = self.other.to_dict()

        online_record: dict[str, Any] | Unset = UNSET
        if not isinstance(self.online_record, Unset):
            online_record = self.online_record.to_dict()

        security_access = self.security_access

        security_2fa_access = self.security_2fa_access

        security_data_changes_access = self.security_data_changes_access

        security_employee_changes_access = self.security_employee_changes_access

        security_export_import_access = self.security_export_import_access

        security_logins_access = self.security_logins_access

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if timetable is not UNSET:
            field_dict["timetable"] = timetable
        if record_form is not UNSET:
            field_dict["record_form"] = record_form
        if finances is not UNSET:
            field_dict["finances"] = finances
        if clients is not UNSET:
            field_dict["clients"] = clients
        if dashboard is not UNSET:
            field_dict["dashboard"] = dashboard
        if notification is not UNSET:
            field_dict["notification"] = notification
        if loyalty is not UNSET:
            field_dict["loyalty"] = loyalty
        if storages is not UNSET:
            field_dict["storages"] = storages
        if settings is not UNSET:
            field_dict["settings"] = settings
        if security is not UNSET:
            field_dict["security"] = security
        if comers is not UNSET:
            field_dict["comers"] = comers
        if other is not UNSET:
            field_dict["other"] = other
        if online_record is not UNSET:
            field_dict["online_record"] = online_record
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
        from ..models.get_permission_list_response_200_clients import GetPermissionListResponse200Clients  # noqa: PLC0415
        from ..models.get_permission_list_response_200_comers import GetPermissionListResponse200Comers  # noqa: PLC0415
        from ..models.get_permission_list_response_200_dashboard import GetPermissionListResponse200Dashboard  # noqa: PLC0415
        from ..models.get_permission_list_response_200_finances import GetPermissionListResponse200Finances  # noqa: PLC0415
        from ..models.get_permission_list_response_200_loyalty import GetPermissionListResponse200Loyalty  # noqa: PLC0415
        from ..models.get_permission_list_response_200_notification import GetPermissionListResponse200Notification  # noqa: PLC0415
        from ..models.get_permission_list_response_200_online_record import GetPermissionListResponse200OnlineRecord  # noqa: PLC0415
        from ..models.get_permission_list_response_200_other import GetPermissionListResponse200Other  # noqa: PLC0415
        from ..models.get_permission_list_response_200_record_form import GetPermissionListResponse200RecordForm  # noqa: PLC0415
        from ..models.get_permission_list_response_200_security import GetPermissionListResponse200Security  # noqa: PLC0415
        from ..models.get_permission_list_response_200_settings import GetPermissionListResponse200Settings  # noqa: PLC0415
        from ..models.get_permission_list_response_200_storages import GetPermissionListResponse200Storages  # noqa: PLC0415
        from ..models.get_permission_list_response_200_timetable import GetPermissionListResponse200Timetable  # noqa: PLC0415

        d = dict(src_dict)
        _timetable = d.pop("timetable", UNSET)
        timetable: GetPermissionListResponse200Timetable | Unset
        if isinstance(_timetable, Unset):
            timetable = UNSET
        else:
            timetable = GetPermissionListResponse200Timetable.from_dict(_timetable)

        _record_form = d.pop("record_form", UNSET)
        record_form: GetPermissionListResponse200RecordForm | Unset
        if isinstance(_record_form, Unset):
            record_form = UNSET
        else:
            record_form = GetPermissionListResponse200RecordForm.from_dict(_record_form)

        _finances = d.pop("finances", UNSET)
        finances: GetPermissionListResponse200Finances | Unset
        if isinstance(_finances, Unset):
            finances = UNSET
        else:
            finances = GetPermissionListResponse200Finances.from_dict(_finances)

        _clients = d.pop("clients", UNSET)
        clients: GetPermissionListResponse200Clients | Unset
        if isinstance(_clients, Unset):
            clients = UNSET
        else:
            clients = GetPermissionListResponse200Clients.from_dict(_clients)

        _dashboard = d.pop("dashboard", UNSET)
        dashboard: GetPermissionListResponse200Dashboard | Unset
        if isinstance(_dashboard, Unset):
            dashboard = UNSET
        else:
            dashboard = GetPermissionListResponse200Dashboard.from_dict(_dashboard)

        _notification = d.pop("notification", UNSET)
        notification: GetPermissionListResponse200Notification | Unset
        if isinstance(_notification, Unset):
            notification = UNSET
        else:
            notification = GetPermissionListResponse200Notification.from_dict(_notification)

        _loyalty = d.pop("loyalty", UNSET)
        loyalty: GetPermissionListResponse200Loyalty | Unset
        if isinstance(_loyalty, Unset):
            loyalty = UNSET
        else:
            loyalty = GetPermissionListResponse200Loyalty.from_dict(_loyalty)

        _storages = d.pop("storages", UNSET)
        storages: GetPermissionListResponse200Storages | Unset
        if isinstance(_storages, Unset):
            storages = UNSET
        else:
            storages = GetPermissionListResponse200Storages.from_dict(_storages)

        _settings = d.pop("settings", UNSET)
        settings: GetPermissionListResponse200Settings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = GetPermissionListResponse200Settings.from_dict(_settings)

        _security = d.pop("security", UNSET)
        security: GetPermissionListResponse200Security | Unset
        if isinstance(_security, Unset):
            security = UNSET
        else:
            security = GetPermissionListResponse200Security.from_dict(_security)

        _comers = d.pop("comers", UNSET)
        comers: GetPermissionListResponse200Comers | Unset
        if isinstance(_comers, Unset):
            comers = UNSET
        else:
            comers = GetPermissionListResponse200Comers.from_dict(_comers)

        _other = d.pop("other", UNSET)
        other: GetPermissionListResponse200Other | Unset
        if isinstance(_other, Unset):
            other = UNSET
        else:
            other = GetPermissionListResponse200Other.from_dict(_other)

        _online_record = d.pop("online_record", UNSET)
        online_record: GetPermissionListResponse200OnlineRecord | Unset
        if isinstance(_online_record, Unset):
            online_record = UNSET
        else:
            online_record = GetPermissionListResponse200OnlineRecord.from_dict(_online_record)

        security_access = d.pop("security_access", UNSET)

        security_2fa_access = d.pop("security_2fa_access", UNSET)

        security_data_changes_access = d.pop("security_data_changes_access", UNSET)

        security_employee_changes_access = d.pop("security_employee_changes_access", UNSET)

        security_export_import_access = d.pop("security_export_import_access", UNSET)

        security_logins_access = d.pop("security_logins_access", UNSET)

        _model = cls(
            timetable=timetable,
            record_form=record_form,
            finances=finances,
            clients=clients,
            dashboard=dashboard,
            notification=notification,
            loyalty=loyalty,
            storages=storages,
            settings=settings,
            security=security,
            comers=comers,
            other=other,
            online_record=online_record,
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
