from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import timestamps as _timestamps
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_online_booking_details_response_200_company import GetOnlineBookingDetailsResponse200Company
    from ..models.get_online_booking_details_response_200_services_item import (
        GetOnlineBookingDetailsResponse200ServicesItem,
    )
    from ..models.get_online_booking_details_response_200_staff import GetOnlineBookingDetailsResponse200Staff


T = TypeVar("T", bound="GetOnlineBookingDetailsResponse200")


@_attrs_define
class GetOnlineBookingDetailsResponse200:
    """Get an Appointment

    Example:
        {'id': 13132699, 'services': [{'id': 389043, 'title': 'Correction of extended nails', 'cost': 2300, 'price_min':
            2300, 'price_max': 2300, 'discount': 0, 'amount': 1, 'seance_length': 1800}], 'company': {'id': 4564, 'title':
            'Nail studio', 'country_id': 7, 'country': 'United States', 'city_id': 2, 'city': 'New York', 'phone':
            '+13155550175', 'phones': [], 'timezone': '12', 'address': 'New York, 787 Jackson Drive', 'coordinate_lat':
            40.73061, 'coordinate_lon': -73.935242, 'allow_delete_record': True, 'allow_change_record': True, 'site':
            'www.example.com', 'currency_short_title': 'USD', 'allow_change_record_delay_step': 0,
            'allow_delete_record_delay_step': 0}, 'staff': {'id': 55436, 'name': 'Natalie Parker', 'specialization': 'Team
            Member in manicure and pedicure', 'position': {'id': 446, 'title': 'Manicurist'}, 'show_rating': 1, 'rating':
            4.84, 'votes_count': 0, 'avatar': 'http://example.com/image.png', 'comments_count': 37}, 'clients_count': 1,
            'date': '2026-09-21T23:00:00.000-05:00', 'datetime': '2026-10-24T17:30:00-0500', 'create_date':
            '2026-10-20T21:40:24-0500', 'comment': '', 'deleted': True, 'attendance': 0, 'length': 1800, 'notify_by_sms': 0,
            'notify_by_email': 0, 'master_requested': False, 'online': True, 'api_id': '', 'last_change_date':
            '2026-10-24T23:54:02-0500', 'prepaid': False, 'prepaid_confirmed': False, 'activity_id': 0}

    Attributes:
        id (int | Unset): Appointment ID
        services (list[GetOnlineBookingDetailsResponse200ServicesItem] | Unset): Service ID List
        company (GetOnlineBookingDetailsResponse200Company | Unset): location parameters
        staff (GetOnlineBookingDetailsResponse200Staff | Unset): team member parameters
        clients_count (int | Unset):
        date (datetime.datetime | Unset): 04-02T12:00:00Z\\' (required, string) - Session date
        datetime_ (datetime.datetime | Unset): Session date in ISO
        create_date (datetime.datetime | Unset): 04-02T12:00:00Z\\' (required, string) - Appointment creation date
        comment (str | Unset): Appointment Comment
        deleted (bool | Unset): Whether the appointment was made (true if removed)
        attendance (float | Unset): 2 - the user confirmed the appointment, 1 - the user came, the services were
            provided, 0 - the user was waiting, -1 - the user did not show'
        length (float | Unset): Session duration
        notify_by_sms (float | Unset): Specifies how many hours in advance an SMS reminder should be sent before the
            appointment. Set to 0 to disable SMS reminders
        notify_by_email (float | Unset): Specifies how many hours in advance an email reminder should be sent before the
            appointment. Set to 0 to disable email reminders
        master_requested (bool | Unset): Indicates whether a specific team member was selected for the appointment. Set
            to false if the "any team member" option was chosen.
        online (bool | Unset): Indicates whether the appointment was created online by the client (true) or manually by
            an administrator (false)
        api_id (str | Unset): External appointment ID
        last_change_date (datetime.datetime | Unset): The date and time when the appointment was last modified
        prepaid (bool | Unset): Indicates whether online payment is available for the appointment
        prepaid_confirmed (bool | Unset): Online payment status
        activity_id (int | Unset): group  event ID
    """

    id: int | Unset = UNSET
    services: list[GetOnlineBookingDetailsResponse200ServicesItem] | Unset = UNSET
    company: GetOnlineBookingDetailsResponse200Company | Unset = UNSET
    staff: GetOnlineBookingDetailsResponse200Staff | Unset = UNSET
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
        id = self.id

        services: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.services, Unset):
            services = []
            for services_item_data in self.services:
                services_item = services_item_data.to_dict()
                services.append(services_item)

        company: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company, Unset):
            company = self.company.to_dict()

        staff: dict[str, Any] | Unset = UNSET
        if not isinstance(self.staff, Unset):
            staff = self.staff.to_dict()

        clients_count = self.clients_count

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        datetime_: str | Unset = UNSET
        if not isinstance(self.datetime_, Unset):
            datetime_ = self.datetime_.isoformat()

        create_date: str | Unset = UNSET
        if not isinstance(self.create_date, Unset):
            create_date = self.create_date.isoformat()

        comment = self.comment

        deleted = self.deleted

        attendance = self.attendance

        length = self.length

        notify_by_sms = self.notify_by_sms

        notify_by_email = self.notify_by_email

        master_requested = self.master_requested

        online = self.online

        api_id = self.api_id

        last_change_date: str | Unset = UNSET
        if not isinstance(self.last_change_date, Unset):
            last_change_date = self.last_change_date.isoformat()

        prepaid = self.prepaid

        prepaid_confirmed = self.prepaid_confirmed

        activity_id = self.activity_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if services is not UNSET:
            field_dict["services"] = services
        if company is not UNSET:
            field_dict["company"] = company
        if staff is not UNSET:
            field_dict["staff"] = staff
        if clients_count is not UNSET:
            field_dict["clients_count"] = clients_count
        if date is not UNSET:
            field_dict["date"] = date
        if datetime_ is not UNSET:
            field_dict["datetime"] = datetime_
        if create_date is not UNSET:
            field_dict["create_date"] = create_date
        if comment is not UNSET:
            field_dict["comment"] = comment
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if attendance is not UNSET:
            field_dict["attendance"] = attendance
        if length is not UNSET:
            field_dict["length"] = length
        if notify_by_sms is not UNSET:
            field_dict["notify_by_sms"] = notify_by_sms
        if notify_by_email is not UNSET:
            field_dict["notify_by_email"] = notify_by_email
        if master_requested is not UNSET:
            field_dict["master_requested"] = master_requested
        if online is not UNSET:
            field_dict["online"] = online
        if api_id is not UNSET:
            field_dict["api_id"] = api_id
        if last_change_date is not UNSET:
            field_dict["last_change_date"] = last_change_date
        if prepaid is not UNSET:
            field_dict["prepaid"] = prepaid
        if prepaid_confirmed is not UNSET:
            field_dict["prepaid_confirmed"] = prepaid_confirmed
        if activity_id is not UNSET:
            field_dict["activity_id"] = activity_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_online_booking_details_response_200_company import GetOnlineBookingDetailsResponse200Company  # noqa: PLC0415
        from ..models.get_online_booking_details_response_200_services_item import (
            GetOnlineBookingDetailsResponse200ServicesItem,  # noqa: PLC0415
        )
        from ..models.get_online_booking_details_response_200_staff import GetOnlineBookingDetailsResponse200Staff  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _services = d.pop("services", UNSET)
        services: list[GetOnlineBookingDetailsResponse200ServicesItem] | Unset = UNSET
        if _services is not UNSET:
            services = []
            for services_item_data in _services:
                services_item = GetOnlineBookingDetailsResponse200ServicesItem.from_dict(services_item_data)

                services.append(services_item)

        _company = d.pop("company", UNSET)
        company: GetOnlineBookingDetailsResponse200Company | Unset
        if isinstance(_company, Unset):
            company = UNSET
        else:
            company = GetOnlineBookingDetailsResponse200Company.from_dict(_company)

        _staff = d.pop("staff", UNSET)
        staff: GetOnlineBookingDetailsResponse200Staff | Unset
        if isinstance(_staff, Unset):
            staff = UNSET
        else:
            staff = GetOnlineBookingDetailsResponse200Staff.from_dict(_staff)

        clients_count = d.pop("clients_count", UNSET)

        _date = d.pop("date", UNSET)
        date: datetime.datetime | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = _timestamps.parse_datetime(_date)

        _datetime_ = d.pop("datetime", UNSET)
        datetime_: datetime.datetime | Unset
        if isinstance(_datetime_, Unset):
            datetime_ = UNSET
        else:
            datetime_ = _timestamps.parse_datetime(_datetime_)

        _create_date = d.pop("create_date", UNSET)
        create_date: datetime.datetime | Unset
        if isinstance(_create_date, Unset):
            create_date = UNSET
        else:
            create_date = _timestamps.parse_datetime(_create_date)

        comment = d.pop("comment", UNSET)

        deleted = d.pop("deleted", UNSET)

        attendance = d.pop("attendance", UNSET)

        length = d.pop("length", UNSET)

        notify_by_sms = d.pop("notify_by_sms", UNSET)

        notify_by_email = d.pop("notify_by_email", UNSET)

        master_requested = d.pop("master_requested", UNSET)

        online = d.pop("online", UNSET)

        api_id = d.pop("api_id", UNSET)

        _last_change_date = d.pop("last_change_date", UNSET)
        last_change_date: datetime.datetime | Unset
        if isinstance(_last_change_date, Unset):
            last_change_date = UNSET
        else:
            last_change_date = _timestamps.parse_datetime(_last_change_date)

        prepaid = d.pop("prepaid", UNSET)

        prepaid_confirmed = d.pop("prepaid_confirmed", UNSET)

        activity_id = d.pop("activity_id", UNSET)

        _model = cls(
            id=id,
            services=services,
            company=company,
            staff=staff,
            clients_count=clients_count,
            date=date,
            datetime_=datetime_,
            create_date=create_date,
            comment=comment,
            deleted=deleted,
            attendance=attendance,
            length=length,
            notify_by_sms=notify_by_sms,
            notify_by_email=notify_by_email,
            master_requested=master_requested,
            online=online,
            api_id=api_id,
            last_change_date=last_change_date,
            prepaid=prepaid,
            prepaid_confirmed=prepaid_confirmed,
            activity_id=activity_id,
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
