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
    from ..models.update_event_response_200_duration_details import UpdateEventResponse200DurationDetails
    from ..models.update_event_response_200_labels_item import UpdateEventResponse200LabelsItem
    from ..models.update_event_response_200_resource_instances_item import UpdateEventResponse200ResourceInstancesItem
    from ..models.update_event_response_200_service import UpdateEventResponse200Service
    from ..models.update_event_response_200_staff import UpdateEventResponse200Staff


T = TypeVar("T", bound="UpdateEventResponse200")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "salon_id",
        "company_id",
        "service_id",
        "staff_id",
        "date",
        "timestamp",
        "length",
        "capacity",
        "records_count",
        "color",
        "font_color",
        "instructions",
        "stream_link",
        "notified",
        "comment",
        "prepaid",
        "is_deleted",
        "duration_details",
        "service",
        "staff",
        "resource_instances",
        "labels",
    }
)
_EXTRA = _fields.ANY
_KIND_resource_instances = _fields.ListOf(_fields.Model("UpdateEventResponse200ResourceInstancesItem"))
_KIND_labels = _fields.ListOf(_fields.Model("UpdateEventResponse200LabelsItem"))


@_attrs_define
class UpdateEventResponse200:
    """Object with data

    Attributes:
        id (int | Unset): Event ID
        salon_id (int | Unset): Location ID (deprecated, use company_id)
        company_id (int | Unset): Location ID
        service_id (int | Unset): Service ID
        staff_id (int | Unset): team member ID
        date (str | Unset): Event date and time
        timestamp (float | Unset): Unix timestamp of Event date
        length (float | Unset): Event duration in seconds
        capacity (float | Unset): Capacity
        records_count (float | Unset): Number of Appointments in this Event
        color (str | Unset): Event color
        font_color (str | Unset): Font color
        instructions (str | Unset): Event instructions
        stream_link (str | Unset): Stream link for online events
        notified (bool | Unset): Whether notifications have been sent
        comment (None | str | Unset): Event comment
        prepaid (str | Unset): Prepayment status (forbidden, optional, required)
        is_deleted (bool | Unset): Whether Event is deleted
        duration_details (UpdateEventResponse200DurationDetails | Unset): Event duration details
        service (UpdateEventResponse200Service | Unset): Service
        staff (UpdateEventResponse200Staff | Unset): team member
        resource_instances (list[UpdateEventResponse200ResourceInstancesItem] | Unset): Resource instances
        labels (list[UpdateEventResponse200LabelsItem] | Unset): Event tags
    """

    id: int | Unset = UNSET
    salon_id: int | Unset = UNSET
    company_id: int | Unset = UNSET
    service_id: int | Unset = UNSET
    staff_id: int | Unset = UNSET
    date: str | Unset = UNSET
    timestamp: float | Unset = UNSET
    length: float | Unset = UNSET
    capacity: float | Unset = UNSET
    records_count: float | Unset = UNSET
    color: str | Unset = UNSET
    font_color: str | Unset = UNSET
    instructions: str | Unset = UNSET
    stream_link: str | Unset = UNSET
    notified: bool | Unset = UNSET
    comment: None | str | Unset = UNSET
    prepaid: str | Unset = UNSET
    is_deleted: bool | Unset = UNSET
    duration_details: UpdateEventResponse200DurationDetails | Unset = UNSET
    service: UpdateEventResponse200Service | Unset = UNSET
    staff: UpdateEventResponse200Staff | Unset = UNSET
    resource_instances: list[UpdateEventResponse200ResourceInstancesItem] | Unset = UNSET
    labels: list[UpdateEventResponse200LabelsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        id = self.id
        if type(id) is not int and id is not UNSET:
            id = _fields.write_integer(id, "id")
        if id is not UNSET:
            field_dict["id"] = id

        salon_id = self.salon_id
        if type(salon_id) is not int and salon_id is not UNSET:
            salon_id = _fields.write_integer(salon_id, "salon_id")
        if salon_id is not UNSET:
            field_dict["salon_id"] = salon_id

        company_id = self.company_id
        if type(company_id) is not int and company_id is not UNSET:
            company_id = _fields.write_integer(company_id, "company_id")
        if company_id is not UNSET:
            field_dict["company_id"] = company_id

        service_id = self.service_id
        if type(service_id) is not int and service_id is not UNSET:
            service_id = _fields.write_integer(service_id, "service_id")
        if service_id is not UNSET:
            field_dict["service_id"] = service_id

        staff_id = self.staff_id
        if type(staff_id) is not int and staff_id is not UNSET:
            staff_id = _fields.write_integer(staff_id, "staff_id")
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id

        date = self.date
        if type(date) is not str and date is not UNSET:
            date = _fields.write_string(date, "date")
        if date is not UNSET:
            field_dict["date"] = date

        timestamp = self.timestamp
        if timestamp is not UNSET:
            field_dict["timestamp"] = _fields.write_number(timestamp, "timestamp")

        length = self.length
        if length is not UNSET:
            field_dict["length"] = _fields.write_number(length, "length")

        capacity = self.capacity
        if capacity is not UNSET:
            field_dict["capacity"] = _fields.write_number(capacity, "capacity")

        records_count = self.records_count
        if records_count is not UNSET:
            field_dict["records_count"] = _fields.write_number(records_count, "records_count")

        color = self.color
        if type(color) is not str and color is not UNSET:
            color = _fields.write_string(color, "color")
        if color is not UNSET:
            field_dict["color"] = color

        font_color = self.font_color
        if type(font_color) is not str and font_color is not UNSET:
            font_color = _fields.write_string(font_color, "font_color")
        if font_color is not UNSET:
            field_dict["font_color"] = font_color

        instructions = self.instructions
        if type(instructions) is not str and instructions is not UNSET:
            instructions = _fields.write_string(instructions, "instructions")
        if instructions is not UNSET:
            field_dict["instructions"] = instructions

        stream_link = self.stream_link
        if type(stream_link) is not str and stream_link is not UNSET:
            stream_link = _fields.write_string(stream_link, "stream_link")
        if stream_link is not UNSET:
            field_dict["stream_link"] = stream_link

        notified = self.notified
        if type(notified) is not bool and notified is not UNSET:
            notified = _fields.write_boolean(notified, "notified")
        if notified is not UNSET:
            field_dict["notified"] = notified

        comment = self.comment
        if type(comment) is not str and comment is not UNSET and comment is not None:
            comment = _fields.write_string(comment, "comment")
        if comment is not UNSET:
            field_dict["comment"] = comment

        prepaid = self.prepaid
        if type(prepaid) is not str and prepaid is not UNSET:
            prepaid = _fields.write_string(prepaid, "prepaid")
        if prepaid is not UNSET:
            field_dict["prepaid"] = prepaid

        is_deleted = self.is_deleted
        if type(is_deleted) is not bool and is_deleted is not UNSET:
            is_deleted = _fields.write_boolean(is_deleted, "is_deleted")
        if is_deleted is not UNSET:
            field_dict["is_deleted"] = is_deleted

        duration_details = self.duration_details
        if duration_details is not UNSET:
            field_dict["duration_details"] = _fields.write_model(
                duration_details, _models.UpdateEventResponse200DurationDetails, "duration_details"
            )

        service = self.service
        if service is not UNSET:
            field_dict["service"] = _fields.write_model(service, _models.UpdateEventResponse200Service, "service")

        staff = self.staff
        if staff is not UNSET:
            field_dict["staff"] = _fields.write_model(staff, _models.UpdateEventResponse200Staff, "staff")

        resource_instances = self.resource_instances
        if resource_instances is not UNSET:
            field_dict["resource_instances"] = _KIND_resource_instances.write_field(
                resource_instances, "resource_instances"
            )

        labels = self.labels
        if labels is not UNSET:
            field_dict["labels"] = _KIND_labels.write_field(labels, "labels")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _fields.read_integer(id, "id")

        salon_id = _get("salon_id", UNSET)
        if type(salon_id) is not int and salon_id is not UNSET:
            salon_id = _fields.read_integer(salon_id, "salon_id")

        company_id = _get("company_id", UNSET)
        if type(company_id) is not int and company_id is not UNSET:
            company_id = _fields.read_integer(company_id, "company_id")

        service_id = _get("service_id", UNSET)
        if type(service_id) is not int and service_id is not UNSET:
            service_id = _fields.read_integer(service_id, "service_id")

        staff_id = _get("staff_id", UNSET)
        if type(staff_id) is not int and staff_id is not UNSET:
            staff_id = _fields.read_integer(staff_id, "staff_id")

        date = _get("date", UNSET)
        if type(date) is not str and date is not UNSET:
            date = _fields.read_string(date, "date")

        timestamp = _get("timestamp", UNSET)
        if type(timestamp) is not float and type(timestamp) is not int and timestamp is not UNSET:
            timestamp = _fields.read_number(timestamp, "timestamp")

        length = _get("length", UNSET)
        if type(length) is not float and type(length) is not int and length is not UNSET:
            length = _fields.read_number(length, "length")

        capacity = _get("capacity", UNSET)
        if type(capacity) is not float and type(capacity) is not int and capacity is not UNSET:
            capacity = _fields.read_number(capacity, "capacity")

        records_count = _get("records_count", UNSET)
        if type(records_count) is not float and type(records_count) is not int and records_count is not UNSET:
            records_count = _fields.read_number(records_count, "records_count")

        color = _get("color", UNSET)
        if type(color) is not str and color is not UNSET:
            color = _fields.read_string(color, "color")

        font_color = _get("font_color", UNSET)
        if type(font_color) is not str and font_color is not UNSET:
            font_color = _fields.read_string(font_color, "font_color")

        instructions = _get("instructions", UNSET)
        if type(instructions) is not str and instructions is not UNSET:
            instructions = _fields.read_string(instructions, "instructions")

        stream_link = _get("stream_link", UNSET)
        if type(stream_link) is not str and stream_link is not UNSET:
            stream_link = _fields.read_string(stream_link, "stream_link")

        notified = _get("notified", UNSET)
        if type(notified) is not bool and notified is not UNSET:
            notified = _fields.read_boolean(notified, "notified")

        comment = _get("comment", UNSET)
        if type(comment) is not str and comment is not UNSET and comment is not None:
            comment = _fields.read_string(comment, "comment")

        prepaid = _get("prepaid", UNSET)
        if type(prepaid) is not str and prepaid is not UNSET:
            prepaid = _fields.read_string(prepaid, "prepaid")

        is_deleted = _get("is_deleted", UNSET)
        if type(is_deleted) is not bool and is_deleted is not UNSET:
            is_deleted = _fields.read_boolean(is_deleted, "is_deleted")

        duration_details = _get("duration_details", UNSET)
        if duration_details is not UNSET:
            try:
                duration_details = _models.UpdateEventResponse200DurationDetails.from_dict(duration_details)
            except _FieldError as _error:
                raise _error.within("duration_details")

        service = _get("service", UNSET)
        if service is not UNSET:
            try:
                service = _models.UpdateEventResponse200Service.from_dict(service)
            except _FieldError as _error:
                raise _error.within("service")

        staff = _get("staff", UNSET)
        if staff is not UNSET:
            try:
                staff = _models.UpdateEventResponse200Staff.from_dict(staff)
            except _FieldError as _error:
                raise _error.within("staff")

        resource_instances = _get("resource_instances", UNSET)
        if resource_instances is not UNSET:
            resource_instances = _KIND_resource_instances.read_field(resource_instances, "resource_instances")

        labels = _get("labels", UNSET)
        if labels is not UNSET:
            labels = _KIND_labels.read_field(labels, "labels")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.salon_id = salon_id
        _model.company_id = company_id
        _model.service_id = service_id
        _model.staff_id = staff_id
        _model.date = date
        _model.timestamp = timestamp
        _model.length = length
        _model.capacity = capacity
        _model.records_count = records_count
        _model.color = color
        _model.font_color = font_color
        _model.instructions = instructions
        _model.stream_link = stream_link
        _model.notified = notified
        _model.comment = comment
        _model.prepaid = prepaid
        _model.is_deleted = is_deleted
        _model.duration_details = duration_details
        _model.service = service
        _model.staff = staff
        _model.resource_instances = resource_instances
        _model.labels = labels
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not UpdateEventResponse200:
            _fields.init_added_fields(_model, UpdateEventResponse200)
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
