from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_online_booking_body_appointments_item import CreateOnlineBookingBodyAppointmentsItem


T = TypeVar("T", bound="CreateOnlineBookingBody")


@_attrs_define
class CreateOnlineBookingBody:
    """Create a session appointment

    Example:
        {'phone': '+13155550175', 'fullname': 'James Smith', 'email': 'j.smith@example.com', 'code': 38829, 'comment':
            'test appointment!', 'type': 'mobile', 'notify_by_sms': 6, 'notify_by_email': 24, 'api_id': 777, 'appointments':
            [{'id': 1, 'services': [331], 'staff_id': 6544, 'datetime': '2026-09-21T23:00:00.000-05:00', 'custom_fields':
            {'my_custom_field': 123, 'some_another_field': ['first value', 'next value']}}, {'id': 2, 'services': [99055],
            'staff_id': 6544, 'datetime': '2026-09-21T23:00:00.000-05:00', 'custom_fields': {'my_custom_field': 456,
            'some_another_field': ['next value', 'last value']}}]}

    Attributes:
        phone (str): Customer phone
        fullname (str): Client name
        email (str | Unset): Postal address of the client
        code (float | Unset): SMS confirmation code for verifying the phone number. This field is required if the
            location has phone_confirmation = true
        comment (str | Unset): Commentary on the post
        type_ (str | Unset): Appointment source
        notify_by_sms (float | Unset): Specifies how many hours before the visit an SMS reminder should be sent to the
            client. Set to 0 if no reminder is needed.
        notify_by_email (float | Unset): Specifies how many hours before the visit an email reminder should be sent to
            the client. Set to 0 if no reminder is needed.
        api_id (int | Unset): Appointment ID from external system
        appointments (list[CreateOnlineBookingBodyAppointmentsItem] | Unset): Appointment options (session, services,
            team member)
    """

    phone: str
    fullname: str
    email: str | Unset = UNSET
    code: float | Unset = UNSET
    comment: str | Unset = UNSET
    type_: str | Unset = UNSET
    notify_by_sms: float | Unset = UNSET
    notify_by_email: float | Unset = UNSET
    api_id: int | Unset = UNSET
    appointments: list[CreateOnlineBookingBodyAppointmentsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone = self.phone

        fullname = self.fullname

        email = self.email

        code = self.code

        comment = self.comment

        type_ = self.type_

        notify_by_sms = self.notify_by_sms

        notify_by_email = self.notify_by_email

        api_id = self.api_id

        appointments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.appointments, Unset):
            appointments = []
            for appointments_item_data in self.appointments:
                appointments_item = appointments_item_data.to_dict()
                appointments.append(appointments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phone": phone,
                "fullname": fullname,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if code is not UNSET:
            field_dict["code"] = code
        if comment is not UNSET:
            field_dict["comment"] = comment
        if type_ is not UNSET:
            field_dict["type"] = type_
        if notify_by_sms is not UNSET:
            field_dict["notify_by_sms"] = notify_by_sms
        if notify_by_email is not UNSET:
            field_dict["notify_by_email"] = notify_by_email
        if api_id is not UNSET:
            field_dict["api_id"] = api_id
        if appointments is not UNSET:
            field_dict["appointments"] = appointments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_online_booking_body_appointments_item import CreateOnlineBookingBodyAppointmentsItem  # noqa: PLC0415

        d = dict(src_dict)
        phone = d.pop("phone")

        fullname = d.pop("fullname")

        email = d.pop("email", UNSET)

        code = d.pop("code", UNSET)

        comment = d.pop("comment", UNSET)

        type_ = d.pop("type", UNSET)

        notify_by_sms = d.pop("notify_by_sms", UNSET)

        notify_by_email = d.pop("notify_by_email", UNSET)

        api_id = d.pop("api_id", UNSET)

        _appointments = d.pop("appointments", UNSET)
        appointments: list[CreateOnlineBookingBodyAppointmentsItem] | Unset = UNSET
        if _appointments is not UNSET:
            appointments = []
            for appointments_item_data in _appointments:
                appointments_item = CreateOnlineBookingBodyAppointmentsItem.from_dict(appointments_item_data)

                appointments.append(appointments_item)

        _model = cls(
            phone=phone,
            fullname=fullname,
            email=email,
            code=code,
            comment=comment,
            type_=type_,
            notify_by_sms=notify_by_sms,
            notify_by_email=notify_by_email,
            api_id=api_id,
            appointments=appointments,
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
