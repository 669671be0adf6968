from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_appointment_body_type_0_activity_id import CreateAppointmentBodyType0ActivityId
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_appointment_body_type_0_client import CreateAppointmentBodyType0Client
    from ..models.create_appointment_body_type_0_custom_fields import CreateAppointmentBodyType0CustomFields
    from ..models.create_appointment_body_type_0_services_item import CreateAppointmentBodyType0ServicesItem


T = TypeVar("T", bound="CreateAppointmentBodyType0")


@_attrs_define
class CreateAppointmentBodyType0:
    """
    Attributes:
        client (CreateAppointmentBodyType0Client): Client parameters (phone, name, email)
        datetime_ (datetime.datetime): Date and time of appointment
        seance_length (float): Appointment duration in seconds. Includes technical_break_duration. To add a technical
            break without reducing the service time, increase seance_length by the break delta.
        services (list[CreateAppointmentBodyType0ServicesItem]): Service parameters (id, cost, discount)
        staff_id (int): team member ID
        activity_id (CreateAppointmentBodyType0ActivityId | Unset):
        api_id (str | Unset): External system ID
        attendance (float | Unset): Appointment status (2 - User confirmed the appointment, 1 - User came, services
            provided, 0 - user waiting, -1 - user did not show)
        comment (str | Unset): Appointment Comment
        custom_color (str | Unset): Appointment color
        custom_fields (CreateAppointmentBodyType0CustomFields | Unset): Custom Appointment Field values keyed by field
            code. The Business User must have both `custom_fields_record_values_read_access` and
            `custom_fields_record_values_edit_access`. When updating an Appoint…
        email_remain_hours (float | Unset): Specifies how many hours before the visit an email reminder should be sent
            to the client. Set to 0 if no reminder is needed.
        record_labels (list[str] | Unset): Array of post category IDs
        save_if_busy (bool | Unset): Whether to keep the appointment if the time is busy or non-working, or give an
            error
        send_sms (bool | Unset): Whether to send SMS with the details of the appointment to the client
        sms_remain_hours (float | Unset): Specifies how many hours before the visit an SMS reminder should be sent to
            the client. Set to 0 if no reminder is needed.
        technical_break_duration (float | None | Unset): Technical break duration in seconds. - Must be in multiples of
            300 (5-minute intervals) - Maximum value is 3600 (1 hour) - If null or not provided, uses location default from
            Settings → Appointment L…
    """

    client: CreateAppointmentBodyType0Client
    datetime_: datetime.datetime
    seance_length: float
    services: list[CreateAppointmentBodyType0ServicesItem]
    staff_id: int
    activity_id: CreateAppointmentBodyType0ActivityId | Unset = UNSET
    api_id: str | Unset = UNSET
    attendance: float | Unset = UNSET
    comment: str | Unset = UNSET
    custom_color: str | Unset = UNSET
    custom_fields: CreateAppointmentBodyType0CustomFields | Unset = UNSET
    email_remain_hours: float | Unset = UNSET
    record_labels: list[str] | Unset = UNSET
    save_if_busy: bool | Unset = UNSET
    send_sms: bool | Unset = UNSET
    sms_remain_hours: float | Unset = UNSET
    technical_break_duration: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client = self.client.to_dict()

        datetime_ = self.datetime_.isoformat()

        seance_length = self.seance_length

        services = []
        for services_item_data in self.services:
            services_item = services_item_data.to_dict()
            services.append(services_item)

        staff_id = self.staff_id

        activity_id: int | Unset = UNSET
        if not isinstance(self.activity_id, Unset):
            activity_id = self.activity_id.value

        api_id = self.api_id

        attendance = self.attendance

        comment = self.comment

        custom_color = self.custom_color

        custom_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = self.custom_fields.to_dict()

        email_remain_hours = self.email_remain_hours

        record_labels: list[str] | Unset = UNSET
        if not isinstance(self.record_labels, Unset):
            record_labels = self.record_labels

        save_if_busy = self.save_if_busy

        send_sms = self.send_sms

        sms_remain_hours = self.sms_remain_hours

        technical_break_duration: float | None | Unset
        if isinstance(self.technical_break_duration, Unset):
            technical_break_duration = UNSET
        else:
            technical_break_duration = self.technical_break_duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "client": client,
                "datetime": datetime_,
                "seance_length": seance_length,
                "services": services,
                "staff_id": staff_id,
            }
        )
        if activity_id is not UNSET:
            field_dict["activity_id"] = activity_id
        if api_id is not UNSET:
            field_dict["api_id"] = api_id
        if attendance is not UNSET:
            field_dict["attendance"] = attendance
        if comment is not UNSET:
            field_dict["comment"] = comment
        if custom_color is not UNSET:
            field_dict["custom_color"] = custom_color
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if email_remain_hours is not UNSET:
            field_dict["email_remain_hours"] = email_remain_hours
        if record_labels is not UNSET:
            field_dict["record_labels"] = record_labels
        if save_if_busy is not UNSET:
            field_dict["save_if_busy"] = save_if_busy
        if send_sms is not UNSET:
            field_dict["send_sms"] = send_sms
        if sms_remain_hours is not UNSET:
            field_dict["sms_remain_hours"] = sms_remain_hours
        if technical_break_duration is not UNSET:
            field_dict["technical_break_duration"] = technical_break_duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_appointment_body_type_0_client import CreateAppointmentBodyType0Client  # noqa: PLC0415
        from ..models.create_appointment_body_type_0_custom_fields import CreateAppointmentBodyType0CustomFields  # noqa: PLC0415
        from ..models.create_appointment_body_type_0_services_item import CreateAppointmentBodyType0ServicesItem  # noqa: PLC0415

        d = dict(src_dict)
        client = CreateAppointmentBodyType0Client.from_dict(d.pop("client"))

        datetime_ = datetime.datetime.fromisoformat(d.pop("datetime"))

        seance_length = d.pop("seance_length")

        services = []
        _services = d.pop("services")
        for services_item_data in _services:
            services_item = CreateAppointmentBodyType0ServicesItem.from_dict(services_item_data)

            services.append(services_item)

        staff_id = d.pop("staff_id")

        _activity_id = d.pop("activity_id", UNSET)
        activity_id: CreateAppointmentBodyType0ActivityId | Unset
        if isinstance(_activity_id, Unset):
            activity_id = UNSET
        else:
            activity_id = CreateAppointmentBodyType0ActivityId(_activity_id)

        api_id = d.pop("api_id", UNSET)

        attendance = d.pop("attendance", UNSET)

        comment = d.pop("comment", UNSET)

        custom_color = d.pop("custom_color", UNSET)

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: CreateAppointmentBodyType0CustomFields | Unset
        if isinstance(_custom_fields, Unset):
            custom_fields = UNSET
        else:
            custom_fields = CreateAppointmentBodyType0CustomFields.from_dict(_custom_fields)

        email_remain_hours = d.pop("email_remain_hours", UNSET)

        record_labels = cast(list[str], d.pop("record_labels", UNSET))

        save_if_busy = d.pop("save_if_busy", UNSET)

        send_sms = d.pop("send_sms", UNSET)

        sms_remain_hours = d.pop("sms_remain_hours", UNSET)

        def _parse_technical_break_duration(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        technical_break_duration = _parse_technical_break_duration(d.pop("technical_break_duration", UNSET))

        create_appointment_body_type_0 = cls(
            client=client,
            datetime_=datetime_,
            seance_length=seance_length,
            services=services,
            staff_id=staff_id,
            activity_id=activity_id,
            api_id=api_id,
            attendance=attendance,
            comment=comment,
            custom_color=custom_color,
            custom_fields=custom_fields,
            email_remain_hours=email_remain_hours,
            record_labels=record_labels,
            save_if_busy=save_if_busy,
            send_sms=send_sms,
            sms_remain_hours=sms_remain_hours,
            technical_break_duration=technical_break_duration,
        )

        create_appointment_body_type_0.additional_properties = d
        return create_appointment_body_type_0

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
