from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import timestamps as _timestamps
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.group_event_appointment_client import GroupEventAppointmentClient
    from ..models.group_event_appointment_custom_fields import GroupEventAppointmentCustomFields
    from ..models.group_event_appointment_services_item import GroupEventAppointmentServicesItem


T = TypeVar("T", bound="GroupEventAppointment")


@_attrs_define
class GroupEventAppointment:
    """
    Attributes:
        activity_id (int):
        client (GroupEventAppointmentClient): Client parameters (phone, name, email)
        staff_id (int | Unset): team member ID
        services (list[GroupEventAppointmentServicesItem] | Unset): Service parameters (id, cost, discount)
        save_if_busy (bool | Unset): Whether to keep the appointment if the time is busy or non-working, or give an
            error
        datetime_ (datetime.datetime | Unset): Date and time of appointment
        seance_length (float | Unset): Appointment duration in seconds. Includes technical_break_duration. To add a
            technical break without reducing the service time, increase seance_length by the break delta.
        send_sms (bool | Unset): Whether to send SMS with the details of the appointment to the client
        comment (str | Unset): Appointment Comment
        sms_remain_hours (float | Unset): Specifies how many hours before the visit an SMS reminder should be sent to
            the client. Set to 0 if no reminder is needed.
        email_remain_hours (float | Unset): Specifies how many hours before the visit an email reminder should be sent
            to the client. Set to 0 if no reminder is needed.
        attendance (float | Unset): Appointment status (2 - User confirmed the appointment, 1 - User came, services
            provided, 0 - user waiting, -1 - user did not show)
        api_id (str | Unset): External system ID
        custom_color (str | Unset): Appointment color
        record_labels (list[str] | Unset): Array of post category IDs
        technical_break_duration (float | None | Unset): Technical break duration in seconds.
            - Must be in multiples of 300 (5-minute intervals)
            - Maximum value is 3600 (1 hour)
            - If null or not provided, uses location default from Settings → Appointment Log → Technical Breaks
        custom_fields (GroupEventAppointmentCustomFields | Unset): Custom Appointment Field values keyed by field code.

            The Business User must have both `custom_fields_record_values_read_access` and
            `custom_fields_record_values_edit_access`. When updating an Appointment, supplying
            `custom_fields` does not make the request partial: resend the required main fields
            for the applicable Appointment type.
    """

    activity_id: int
    client: GroupEventAppointmentClient
    staff_id: int | Unset = UNSET
    services: list[GroupEventAppointmentServicesItem] | Unset = UNSET
    save_if_busy: bool | Unset = UNSET
    datetime_: datetime.datetime | Unset = UNSET
    seance_length: float | Unset = UNSET
    send_sms: bool | Unset = UNSET
    comment: str | Unset = UNSET
    sms_remain_hours: float | Unset = UNSET
    email_remain_hours: float | Unset = UNSET
    attendance: float | Unset = UNSET
    api_id: str | Unset = UNSET
    custom_color: str | Unset = UNSET
    record_labels: list[str] | Unset = UNSET
    technical_break_duration: float | None | Unset = UNSET
    custom_fields: GroupEventAppointmentCustomFields | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        activity_id = self.activity_id

        client = self.client.to_dict()

        staff_id = self.staff_id

        services: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.services, Unset):
            services = []
            for services_item_data in self.services:
                services_item = services_item_data.to_dict()
                services.append(services_item)

        save_if_busy = self.save_if_busy

        datetime_: str | Unset = UNSET
        if not isinstance(self.datetime_, Unset):
            datetime_ = self.datetime_.isoformat()

        seance_length = self.seance_length

        send_sms = self.send_sms

        comment = self.comment

        sms_remain_hours = self.sms_remain_hours

        email_remain_hours = self.email_remain_hours

        attendance = self.attendance

        api_id = self.api_id

        custom_color = self.custom_color

        record_labels: list[str] | Unset = UNSET
        if not isinstance(self.record_labels, Unset):
            record_labels = self.record_labels

        technical_break_duration: float | None | Unset
        if isinstance(self.technical_break_duration, Unset):
            technical_break_duration = UNSET
        else:
            technical_break_duration = self.technical_break_duration

        custom_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = self.custom_fields.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "activity_id": activity_id,
                "client": client,
            }
        )
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id
        if services is not UNSET:
            field_dict["services"] = services
        if save_if_busy is not UNSET:
            field_dict["save_if_busy"] = save_if_busy
        if datetime_ is not UNSET:
            field_dict["datetime"] = datetime_
        if seance_length is not UNSET:
            field_dict["seance_length"] = seance_length
        if send_sms is not UNSET:
            field_dict["send_sms"] = send_sms
        if comment is not UNSET:
            field_dict["comment"] = comment
        if sms_remain_hours is not UNSET:
            field_dict["sms_remain_hours"] = sms_remain_hours
        if email_remain_hours is not UNSET:
            field_dict["email_remain_hours"] = email_remain_hours
        if attendance is not UNSET:
            field_dict["attendance"] = attendance
        if api_id is not UNSET:
            field_dict["api_id"] = api_id
        if custom_color is not UNSET:
            field_dict["custom_color"] = custom_color
        if record_labels is not UNSET:
            field_dict["record_labels"] = record_labels
        if technical_break_duration is not UNSET:
            field_dict["technical_break_duration"] = technical_break_duration
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.group_event_appointment_client import GroupEventAppointmentClient  # noqa: PLC0415
        from ..models.group_event_appointment_custom_fields import GroupEventAppointmentCustomFields  # noqa: PLC0415
        from ..models.group_event_appointment_services_item import GroupEventAppointmentServicesItem  # noqa: PLC0415

        d = dict(src_dict)
        activity_id = d.pop("activity_id")

        client = GroupEventAppointmentClient.from_dict(d.pop("client"))

        staff_id = d.pop("staff_id", UNSET)

        _services = d.pop("services", UNSET)
        services: list[GroupEventAppointmentServicesItem] | Unset = UNSET
        if _services is not UNSET:
            services = []
            for services_item_data in _services:
                services_item = GroupEventAppointmentServicesItem.from_dict(services_item_data)

                services.append(services_item)

        save_if_busy = d.pop("save_if_busy", UNSET)

        _datetime_ = d.pop("datetime", UNSET)
        datetime_: datetime.datetime | Unset
        if isinstance(_datetime_, Unset):
            datetime_ = UNSET
        else:
            datetime_ = _timestamps.parse_datetime(_datetime_)

        seance_length = d.pop("seance_length", UNSET)

        send_sms = d.pop("send_sms", UNSET)

        comment = d.pop("comment", UNSET)

        sms_remain_hours = d.pop("sms_remain_hours", UNSET)

        email_remain_hours = d.pop("email_remain_hours", UNSET)

        attendance = d.pop("attendance", UNSET)

        api_id = d.pop("api_id", UNSET)

        custom_color = d.pop("custom_color", UNSET)

        record_labels = cast(list[str], d.pop("record_labels", UNSET))

        def _parse_technical_break_duration(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        technical_break_duration = _parse_technical_break_duration(d.pop("technical_break_duration", UNSET))

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: GroupEventAppointmentCustomFields | Unset
        if isinstance(_custom_fields, Unset):
            custom_fields = UNSET
        else:
            custom_fields = GroupEventAppointmentCustomFields.from_dict(_custom_fields)

        _model = cls(
            activity_id=activity_id,
            client=client,
            staff_id=staff_id,
            services=services,
            save_if_busy=save_if_busy,
            datetime_=datetime_,
            seance_length=seance_length,
            send_sms=send_sms,
            comment=comment,
            sms_remain_hours=sms_remain_hours,
            email_remain_hours=email_remain_hours,
            attendance=attendance,
            api_id=api_id,
            custom_color=custom_color,
            record_labels=record_labels,
            technical_break_duration=technical_break_duration,
            custom_fields=custom_fields,
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
