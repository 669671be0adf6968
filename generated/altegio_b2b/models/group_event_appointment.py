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
    from ..models.group_event_appointment_client import GroupEventAppointmentClient
    from ..models.group_event_appointment_custom_fields import GroupEventAppointmentCustomFields
    from ..models.group_event_appointment_services_item import GroupEventAppointmentServicesItem


T = TypeVar("T", bound="GroupEventAppointment")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "activity_id",
        "client",
        "staff_id",
        "services",
        "save_if_busy",
        "datetime",
        "seance_length",
        "send_sms",
        "comment",
        "sms_remain_hours",
        "email_remain_hours",
        "attendance",
        "api_id",
        "custom_color",
        "record_labels",
        "technical_break_duration",
        "custom_fields",
    }
)
_EXTRA = _fields.ANY
_KIND_services = _fields.ListOf(_fields.Model("GroupEventAppointmentServicesItem"))
_KIND_record_labels = _fields.ListOf(_fields.STRING)
_KIND_technical_break_duration = _fields.OneOf(
    _fields.NUMBER,
    _fields.NULL,
)


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
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        activity_id = self.activity_id
        if type(activity_id) is not int:
            activity_id = _fields.write_integer(activity_id, "activity_id")
        field_dict["activity_id"] = activity_id

        client = self.client
        field_dict["client"] = _fields.write_model(client, _models.GroupEventAppointmentClient, "client")

        staff_id = self.staff_id
        if type(staff_id) is not int and staff_id is not UNSET:
            staff_id = _fields.write_integer(staff_id, "staff_id")
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id

        services = self.services
        if services is not UNSET:
            field_dict["services"] = _KIND_services.write_field(services, "services")

        save_if_busy = self.save_if_busy
        if type(save_if_busy) is not bool and save_if_busy is not UNSET:
            save_if_busy = _fields.write_boolean(save_if_busy, "save_if_busy")
        if save_if_busy is not UNSET:
            field_dict["save_if_busy"] = save_if_busy

        datetime_ = self.datetime_
        if datetime_ is not UNSET:
            field_dict["datetime"] = _fields.write_datetime(datetime_, "datetime_")

        seance_length = self.seance_length
        if seance_length is not UNSET:
            field_dict["seance_length"] = _fields.write_number(seance_length, "seance_length")

        send_sms = self.send_sms
        if type(send_sms) is not bool and send_sms is not UNSET:
            send_sms = _fields.write_boolean(send_sms, "send_sms")
        if send_sms is not UNSET:
            field_dict["send_sms"] = send_sms

        comment = self.comment
        if type(comment) is not str and comment is not UNSET:
            comment = _fields.write_string(comment, "comment")
        if comment is not UNSET:
            field_dict["comment"] = comment

        sms_remain_hours = self.sms_remain_hours
        if sms_remain_hours is not UNSET:
            field_dict["sms_remain_hours"] = _fields.write_number(sms_remain_hours, "sms_remain_hours")

        email_remain_hours = self.email_remain_hours
        if email_remain_hours is not UNSET:
            field_dict["email_remain_hours"] = _fields.write_number(email_remain_hours, "email_remain_hours")

        attendance = self.attendance
        if attendance is not UNSET:
            field_dict["attendance"] = _fields.write_number(attendance, "attendance")

        api_id = self.api_id
        if type(api_id) is not str and api_id is not UNSET:
            api_id = _fields.write_string(api_id, "api_id")
        if api_id is not UNSET:
            field_dict["api_id"] = api_id

        custom_color = self.custom_color
        if type(custom_color) is not str and custom_color is not UNSET:
            custom_color = _fields.write_string(custom_color, "custom_color")
        if custom_color is not UNSET:
            field_dict["custom_color"] = custom_color

        record_labels = self.record_labels
        if record_labels is not UNSET:
            field_dict["record_labels"] = _KIND_record_labels.write_field(record_labels, "record_labels")

        technical_break_duration = self.technical_break_duration
        if technical_break_duration is not UNSET:
            field_dict["technical_break_duration"] = _KIND_technical_break_duration.write_field(
                technical_break_duration, "technical_break_duration"
            )

        custom_fields = self.custom_fields
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = _fields.write_model(
                custom_fields, _models.GroupEventAppointmentCustomFields, "custom_fields"
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        activity_id = _get("activity_id", UNSET)
        if type(activity_id) is not int:
            activity_id = _fields.read_integer(activity_id, "activity_id")

        client = _get("client", UNSET)
        try:
            client = _models.GroupEventAppointmentClient.from_dict(client)
        except _FieldError as _error:
            raise _error.within("client")

        staff_id = _get("staff_id", UNSET)
        if type(staff_id) is not int and staff_id is not UNSET:
            staff_id = _fields.read_integer(staff_id, "staff_id")

        services = _get("services", UNSET)
        if services is not UNSET:
            services = _KIND_services.read_field(services, "services")

        save_if_busy = _get("save_if_busy", UNSET)
        if type(save_if_busy) is not bool and save_if_busy is not UNSET:
            save_if_busy = _fields.read_boolean(save_if_busy, "save_if_busy")

        datetime_ = _get("datetime", UNSET)
        if datetime_ is not UNSET:
            try:
                datetime_ = _fields.datetime_fromisoformat(datetime_)
            except (TypeError, ValueError):
                datetime_ = _fields.read_datetime(datetime_, "datetime")

        seance_length = _get("seance_length", UNSET)
        if type(seance_length) is not float and type(seance_length) is not int and seance_length is not UNSET:
            seance_length = _fields.read_number(seance_length, "seance_length")

        send_sms = _get("send_sms", UNSET)
        if type(send_sms) is not bool and send_sms is not UNSET:
            send_sms = _fields.read_boolean(send_sms, "send_sms")

        comment = _get("comment", UNSET)
        if type(comment) is not str and comment is not UNSET:
            comment = _fields.read_string(comment, "comment")

        sms_remain_hours = _get("sms_remain_hours", UNSET)
        if type(sms_remain_hours) is not float and type(sms_remain_hours) is not int and sms_remain_hours is not UNSET:
            sms_remain_hours = _fields.read_number(sms_remain_hours, "sms_remain_hours")

        email_remain_hours = _get("email_remain_hours", UNSET)
        if (
            type(email_remain_hours) is not float
            and type(email_remain_hours) is not int
            and email_remain_hours is not UNSET
        ):
            email_remain_hours = _fields.read_number(email_remain_hours, "email_remain_hours")

        attendance = _get("attendance", UNSET)
        if type(attendance) is not float and type(attendance) is not int and attendance is not UNSET:
            attendance = _fields.read_number(attendance, "attendance")

        api_id = _get("api_id", UNSET)
        if type(api_id) is not str and api_id is not UNSET:
            api_id = _fields.read_string(api_id, "api_id")

        custom_color = _get("custom_color", UNSET)
        if type(custom_color) is not str and custom_color is not UNSET:
            custom_color = _fields.read_string(custom_color, "custom_color")

        record_labels = _get("record_labels", UNSET)
        if record_labels is not UNSET:
            record_labels = _KIND_record_labels.read_field(record_labels, "record_labels")

        technical_break_duration = _get("technical_break_duration", UNSET)
        if (
            type(technical_break_duration) is not float
            and type(technical_break_duration) is not int
            and technical_break_duration is not UNSET
            and technical_break_duration is not None
        ):
            technical_break_duration = _fields.read_number(technical_break_duration, "technical_break_duration")

        custom_fields = _get("custom_fields", UNSET)
        if custom_fields is not UNSET:
            try:
                custom_fields = _models.GroupEventAppointmentCustomFields.from_dict(custom_fields)
            except _FieldError as _error:
                raise _error.within("custom_fields")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.activity_id = activity_id
        _model.client = client
        _model.staff_id = staff_id
        _model.services = services
        _model.save_if_busy = save_if_busy
        _model.datetime_ = datetime_
        _model.seance_length = seance_length
        _model.send_sms = send_sms
        _model.comment = comment
        _model.sms_remain_hours = sms_remain_hours
        _model.email_remain_hours = email_remain_hours
        _model.attendance = attendance
        _model.api_id = api_id
        _model.custom_color = custom_color
        _model.record_labels = record_labels
        _model.technical_break_duration = technical_break_duration
        _model.custom_fields = custom_fields
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GroupEventAppointment:
            _fields.init_added_fields(_model, GroupEventAppointment)
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
