from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import timestamps as _timestamps
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_online_booking_datetime_response_200_company import (
        UpdateOnlineBookingDatetimeResponse200Company,
    )
    from ..models.update_online_booking_datetime_response_200_services_item import (
        UpdateOnlineBookingDatetimeResponse200ServicesItem,
    )
    from ..models.update_online_booking_datetime_response_200_staff import UpdateOnlineBookingDatetimeResponse200Staff


T = TypeVar("T", bound="UpdateOnlineBookingDatetimeResponse200")


@_attrs_define
class UpdateOnlineBookingDatetimeResponse200:
    """Data (object)

    Attributes:
        id (int | Unset): Appointment ID
        services (list[UpdateOnlineBookingDatetimeResponse200ServicesItem] | Unset): Service ID List
        company (UpdateOnlineBookingDatetimeResponse200Company | Unset): location parameters
        staff (UpdateOnlineBookingDatetimeResponse200Staff | Unset): team member parameters
        date (datetime.datetime | Unset): 04-02T12:00:00Z\\' (required, string) - Session date
        create_date (datetime.datetime | Unset): 04-02T12:00:00Z\\' (required, string) - Appointment creation date
        comment (str | Unset): Appointment Comment
        deleted (bool | Unset): Whether the appointment was made (true if removed)
        length (float | Unset): Session duration
        notify_by_sms (float | Unset): Specifies how many hours before the visit an SMS reminder should be sent to the
            client. Set to 0 if no reminder is needed.
        notify_by_email (float | Unset): Specifies how many hours before the visit an email reminder should be sent to
            the client. Set to 0 if no reminder is needed.
        master_requested (bool | Unset): Indicates whether a specific team member was selected for the appointment. Set
            to false if the "any team member" option was chosen.
        online (bool | Unset): Indicates whether the appointment was created online by the client (true) or manually by
            an administrator (false)
        api_id (int | Unset): Appointment ID from external system
    """

    id: int | Unset = UNSET
    services: list[UpdateOnlineBookingDatetimeResponse200ServicesItem] | Unset = UNSET
    company: UpdateOnlineBookingDatetimeResponse200Company | Unset = UNSET
    staff: UpdateOnlineBookingDatetimeResponse200Staff | Unset = UNSET
    date: datetime.datetime | Unset = UNSET
    create_date: datetime.datetime | Unset = UNSET
    comment: str | Unset = UNSET
    deleted: bool | Unset = UNSET
    length: float | Unset = UNSET
    notify_by_sms: float | Unset = UNSET
    notify_by_email: float | Unset = UNSET
    master_requested: bool | Unset = UNSET
    online: bool | Unset = UNSET
    api_id: int | Unset = UNSET
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

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        create_date: str | Unset = UNSET
        if not isinstance(self.create_date, Unset):
            create_date = self.create_date.isoformat()

        comment = self.comment

        deleted = self.deleted

        length = self.length

        notify_by_sms = self.notify_by_sms

        notify_by_email = self.notify_by_email

        master_requested = self.master_requested

        online = self.online

        api_id = self.api_id

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
        if date is not UNSET:
            field_dict["date"] = date
        if create_date is not UNSET:
            field_dict["create_date"] = create_date
        if comment is not UNSET:
            field_dict["comment"] = comment
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_online_booking_datetime_response_200_company import (
            UpdateOnlineBookingDatetimeResponse200Company,  # noqa: PLC0415
        )
        from ..models.update_online_booking_datetime_response_200_services_item import (
            UpdateOnlineBookingDatetimeResponse200ServicesItem,  # noqa: PLC0415
        )
        from ..models.update_online_booking_datetime_response_200_staff import (
            UpdateOnlineBookingDatetimeResponse200Staff,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _services = d.pop("services", UNSET)
        services: list[UpdateOnlineBookingDatetimeResponse200ServicesItem] | Unset = UNSET
        if _services is not UNSET:
            services = []
            for services_item_data in _services:
                services_item = UpdateOnlineBookingDatetimeResponse200ServicesItem.from_dict(services_item_data)

                services.append(services_item)

        _company = d.pop("company", UNSET)
        company: UpdateOnlineBookingDatetimeResponse200Company | Unset
        if isinstance(_company, Unset):
            company = UNSET
        else:
            company = UpdateOnlineBookingDatetimeResponse200Company.from_dict(_company)

        _staff = d.pop("staff", UNSET)
        staff: UpdateOnlineBookingDatetimeResponse200Staff | Unset
        if isinstance(_staff, Unset):
            staff = UNSET
        else:
            staff = UpdateOnlineBookingDatetimeResponse200Staff.from_dict(_staff)

        _date = d.pop("date", UNSET)
        date: datetime.datetime | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = _timestamps.parse_datetime(_date)

        _create_date = d.pop("create_date", UNSET)
        create_date: datetime.datetime | Unset
        if isinstance(_create_date, Unset):
            create_date = UNSET
        else:
            create_date = _timestamps.parse_datetime(_create_date)

        comment = d.pop("comment", UNSET)

        deleted = d.pop("deleted", UNSET)

        length = d.pop("length", UNSET)

        notify_by_sms = d.pop("notify_by_sms", UNSET)

        notify_by_email = d.pop("notify_by_email", UNSET)

        master_requested = d.pop("master_requested", UNSET)

        online = d.pop("online", UNSET)

        api_id = d.pop("api_id", UNSET)

        _model = cls(
            id=id,
            services=services,
            company=company,
            staff=staff,
            date=date,
            create_date=create_date,
            comment=comment,
            deleted=deleted,
            length=length,
            notify_by_sms=notify_by_sms,
            notify_by_email=notify_by_email,
            master_requested=master_requested,
            online=online,
            api_id=api_id,
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
