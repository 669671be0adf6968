from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._runtime import fields as _fields
from .._runtime.errors import FieldError as _FieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_user_appointment_list_response_201_item_company import (
        GetUserAppointmentListResponse201ItemCompany,
    )
    from ..models.get_user_appointment_list_response_201_item_services_item import (
        GetUserAppointmentListResponse201ItemServicesItem,
    )
    from ..models.get_user_appointment_list_response_201_item_staff import GetUserAppointmentListResponse201ItemStaff


T = TypeVar("T", bound="GetUserAppointmentListResponse201Item")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "services",
        "company",
        "staff",
        "clients_count",
        "date",
        "datetime",
        "create_date",
        "comment",
        "deleted",
        "attendance",
        "length",
        "notify_by_sms",
        "notify_by_email",
        "master_requested",
        "online",
        "api_id",
        "last_change_date",
        "prepaid",
        "prepaid_confirmed",
        "activity_id",
    }
)
_EXTRA = _fields.ANY
_KIND_services = _fields.ListOf(_fields.Model("GetUserAppointmentListResponse201ItemServicesItem"))


@_attrs_define
class GetUserAppointmentListResponse201Item:
    """
    Attributes:
        id (int | Unset): Appointment ID
        services (list[GetUserAppointmentListResponse201ItemServicesItem] | Unset): Service ID List
        company (GetUserAppointmentListResponse201ItemCompany | Unset): location parameters
        staff (GetUserAppointmentListResponse201ItemStaff | Unset): team member parameters
        clients_count (int | Unset):
        date (datetime.datetime | Unset): 04-02T12:00:00Z\\' (required, string) - Session date
        datetime_ (datetime.datetime | Unset): Session date in ISO
        create_date (datetime.datetime | Unset): 04-02T12:00:00Z\\' (required, string) - Appointment creation date
        comment (str | Unset): Appointment Comment
        deleted (bool | Unset): Whether the appointment was made (true if removed)
        attendance (float | Unset): 2 - the user confirmed the appointment, 1 - the user came, the services were
            provided, 0 - the user was waiting, -1 - the user did not show
        length (float | Unset): Appointment duration in seconds. Includes technical_break_duration. Equal to the sum of
            services plus the technical break.
        notify_by_sms (float | Unset): Specifies how many hours in advance an SMS reminder should be sent before the
            appointment. Set to 0 to disable SMS reminders
        notify_by_email (float | Unset): Specifies how many hours in advance an email reminder should be sent before the
            appointment. Set to 0 to disable email reminders
        master_requested (bool | Unset): Indicates whether a specific team member was selected for the appointment. Set
            to false if the "any team member" option was chosen
        online (bool | Unset): Indicates whether the appointment was created online by the client (true) or manually by
            an administrator (false)
        api_id (str | Unset): External appointment ID
        last_change_date (datetime.datetime | Unset): The date and time when the appointment was last modified
        prepaid (bool | Unset): Indicates whether online payment is available for the appointment
        prepaid_confirmed (bool | Unset): Online payment status
        activity_id (int | Unset): Group event ID
    """

    id: int | Unset = UNSET
    services: list[GetUserAppointmentListResponse201ItemServicesItem] | Unset = UNSET
    company: GetUserAppointmentListResponse201ItemCompany | Unset = UNSET
    staff: GetUserAppointmentListResponse201ItemStaff | Unset = UNSET
    clients_count: int | Unset = UNSET
    date: datetime.datetime | Unset = UNSET
    datetime_: datetime.datetime | Unset = UNSET
    create_date: datetime.datetime | Unset = UNSET
    comment: str | Unset = UNSET
    deleted: bool | Unset = UNSET
    attendance: float | Unset = UNSET
    length: float | Unset = UNSET
    notify_by_sms: float | Unset = UNSET
    notify_by_email: float | Unset = UNSET
    master_requested: bool | Unset = UNSET
    online: bool | Unset = UNSET
    api_id: str | Unset = UNSET
    last_change_date: datetime.datetime | Unset = UNSET
    prepaid: bool | Unset = UNSET
    prepaid_confirmed: bool | Unset = UNSET
    activity_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        id = self.id
        if type(id) is not int and id is not UNSET:
            id = _fields.write_integer(id, "id")
        if id is not UNSET:
            field_dict["id"] = id

        services = self.services
        if services is not UNSET:
            field_dict["services"] = _KIND_services.write_field(services, "services")

        company = self.company
        if company is not UNSET:
            field_dict["company"] = _fields.write_model(
                company, _models.GetUserAppointmentListResponse201ItemCompany, "company"
            )

        staff = self.staff
        if staff is not UNSET:
            field_dict["staff"] = _fields.write_model(
                staff, _models.GetUserAppointmentListResponse201ItemStaff, "staff"
            )

        clients_count = self.clients_count
        if type(clients_count) is not int and clients_count is not UNSET:
            clients_count = _fields.write_integer(clients_count, "clients_count")
        if clients_count is not UNSET:
            field_dict["clients_count"] = clients_count

        date = self.date
        if date is not UNSET:
            field_dict["date"] = _fields.write_datetime(date, "date")

        datetime_ = self.datetime_
        if datetime_ is not UNSET:
            field_dict["datetime"] = _fields.write_datetime(datetime_, "datetime_")

        create_date = self.create_date
        if create_date is not UNSET:
            field_dict["create_date"] = _fields.write_datetime(create_date, "create_date")

        comment = self.comment
        if type(comment) is not str and comment is not UNSET:
            comment = _fields.write_string(comment, "comment")
        if comment is not UNSET:
            field_dict["comment"] = comment

        deleted = self.deleted
        if type(deleted) is not bool and deleted is not UNSET:
            deleted = _fields.write_boolean(deleted, "deleted")
        if deleted is not UNSET:
            field_dict["deleted"] = deleted

        attendance = self.attendance
        if attendance is not UNSET:
            field_dict["attendance"] = _fields.write_number(attendance, "attendance")

        length = self.length
        if length is not UNSET:
            field_dict["length"] = _fields.write_number(length, "length")

        notify_by_sms = self.notify_by_sms
        if notify_by_sms is not UNSET:
            field_dict["notify_by_sms"] = _fields.write_number(notify_by_sms, "notify_by_sms")

        notify_by_email = self.notify_by_email
        if notify_by_email is not UNSET:
            field_dict["notify_by_email"] = _fields.write_number(notify_by_email, "notify_by_email")

        master_requested = self.master_requested
        if type(master_requested) is not bool and master_requested is not UNSET:
            master_requested = _fields.write_boolean(master_requested, "master_requested")
        if master_requested is not UNSET:
            field_dict["master_requested"] = master_requested

        online = self.online
        if type(online) is not bool and online is not UNSET:
            online = _fields.write_boolean(online, "online")
        if online is not UNSET:
            field_dict["online"] = online

        api_id = self.api_id
        if type(api_id) is not str and api_id is not UNSET:
            api_id = _fields.write_string(api_id, "api_id")
        if api_id is not UNSET:
            field_dict["api_id"] = api_id

        last_change_date = self.last_change_date
        if last_change_date is not UNSET:
            field_dict["last_change_date"] = _fields.write_datetime(last_change_date, "last_change_date")

        prepaid = self.prepaid
        if type(prepaid) is not bool and prepaid is not UNSET:
            prepaid = _fields.write_boolean(prepaid, "prepaid")
        if prepaid is not UNSET:
            field_dict["prepaid"] = prepaid

        prepaid_confirmed = self.prepaid_confirmed
        if type(prepaid_confirmed) is not bool and prepaid_confirmed is not UNSET:
            prepaid_confirmed = _fields.write_boolean(prepaid_confirmed, "prepaid_confirmed")
        if prepaid_confirmed is not UNSET:
            field_dict["prepaid_confirmed"] = prepaid_confirmed

        activity_id = self.activity_id
        if type(activity_id) is not int and activity_id is not UNSET:
            activity_id = _fields.write_integer(activity_id, "activity_id")
        if activity_id is not UNSET:
            field_dict["activity_id"] = activity_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _fields.read_integer(id, "id")

        services = _get("services", UNSET)
        if services is not UNSET:
            services = _KIND_services.read_field(services, "services")

        company = _get("company", UNSET)
        if company is not UNSET:
            try:
                company = _models.GetUserAppointmentListResponse201ItemCompany.from_dict(company)
            except _FieldError as _error:
                raise _error.within("company")

        staff = _get("staff", UNSET)
        if staff is not UNSET:
            try:
                staff = _models.GetUserAppointmentListResponse201ItemStaff.from_dict(staff)
            except _FieldError as _error:
                raise _error.within("staff")

        clients_count = _get("clients_count", UNSET)
        if type(clients_count) is not int and clients_count is not UNSET:
            clients_count = _fields.read_integer(clients_count, "clients_count")

        date = _get("date", UNSET)
        if date is not UNSET:
            try:
                date = _fields.datetime_fromisoformat(date)
            except (TypeError, ValueError):
                date = _fields.read_datetime(date, "date")

        datetime_ = _get("datetime", UNSET)
        if datetime_ is not UNSET:
            try:
                datetime_ = _fields.datetime_fromisoformat(datetime_)
            except (TypeError, ValueError):
                datetime_ = _fields.read_datetime(datetime_, "datetime")

        create_date = _get("create_date", UNSET)
        if create_date is not UNSET:
            try:
                create_date = _fields.datetime_fromisoformat(create_date)
            except (TypeError, ValueError):
                create_date = _fields.read_datetime(create_date, "create_date")

        comment = _get("comment", UNSET)
        if type(comment) is not str and comment is not UNSET:
            comment = _fields.read_string(comment, "comment")

        deleted = _get("deleted", UNSET)
        if type(deleted) is not bool and deleted is not UNSET:
            deleted = _fields.read_boolean(deleted, "deleted")

        attendance = _get("attendance", UNSET)
        if type(attendance) is not float and type(attendance) is not int and attendance is not UNSET:
            attendance = _fields.read_number(attendance, "attendance")

        length = _get("length", UNSET)
        if type(length) is not float and type(length) is not int and length is not UNSET:
            length = _fields.read_number(length, "length")

        notify_by_sms = _get("notify_by_sms", UNSET)
        if type(notify_by_sms) is not float and type(notify_by_sms) is not int and notify_by_sms is not UNSET:
            notify_by_sms = _fields.read_number(notify_by_sms, "notify_by_sms")

        notify_by_email = _get("notify_by_email", UNSET)
        if type(notify_by_email) is not float and type(notify_by_email) is not int and notify_by_email is not UNSET:
            notify_by_email = _fields.read_number(notify_by_email, "notify_by_email")

        master_requested = _get("master_requested", UNSET)
        if type(master_requested) is not bool and master_requested is not UNSET:
            master_requested = _fields.read_boolean(master_requested, "master_requested")

        online = _get("online", UNSET)
        if type(online) is not bool and online is not UNSET:
            online = _fields.read_boolean(online, "online")

        api_id = _get("api_id", UNSET)
        if type(api_id) is not str and api_id is not UNSET:
            api_id = _fields.read_string(api_id, "api_id")

        last_change_date = _get("last_change_date", UNSET)
        if last_change_date is not UNSET:
            try:
                last_change_date = _fields.datetime_fromisoformat(last_change_date)
            except (TypeError, ValueError):
                last_change_date = _fields.read_datetime(last_change_date, "last_change_date")

        prepaid = _get("prepaid", UNSET)
        if type(prepaid) is not bool and prepaid is not UNSET:
            prepaid = _fields.read_boolean(prepaid, "prepaid")

        prepaid_confirmed = _get("prepaid_confirmed", UNSET)
        if type(prepaid_confirmed) is not bool and prepaid_confirmed is not UNSET:
            prepaid_confirmed = _fields.read_boolean(prepaid_confirmed, "prepaid_confirmed")

        activity_id = _get("activity_id", UNSET)
        if type(activity_id) is not int and activity_id is not UNSET:
            activity_id = _fields.read_integer(activity_id, "activity_id")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.services = services
        _model.company = company
        _model.staff = staff
        _model.clients_count = clients_count
        _model.date = date
        _model.datetime_ = datetime_
        _model.create_date = create_date
        _model.comment = comment
        _model.deleted = deleted
        _model.attendance = attendance
        _model.length = length
        _model.notify_by_sms = notify_by_sms
        _model.notify_by_email = notify_by_email
        _model.master_requested = master_requested
        _model.online = online
        _model.api_id = api_id
        _model.last_change_date = last_change_date
        _model.prepaid = prepaid
        _model.prepaid_confirmed = prepaid_confirmed
        _model.activity_id = activity_id
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetUserAppointmentListResponse201Item:
            _fields.init_added_fields(_model, GetUserAppointmentListResponse201Item)
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
