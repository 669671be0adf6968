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
    from ..models.search_events_response_200_item_labels_item import SearchEventsResponse200ItemLabelsItem
    from ..models.search_events_response_200_item_resource_instances_item import (
        SearchEventsResponse200ItemResourceInstancesItem,
    )
    from ..models.search_events_response_200_item_service import SearchEventsResponse200ItemService
    from ..models.search_events_response_200_item_staff import SearchEventsResponse200ItemStaff


T = TypeVar("T", bound="SearchEventsResponse200Item")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "service_id",
        "company_id",
        "staff_id",
        "date",
        "length",
        "capacity",
        "records_count",
        "color",
        "instructions",
        "stream_link",
        "font_color",
        "notified",
        "prepaid",
        "service",
        "staff",
        "resource_instances",
        "labels",
    }
)
_EXTRA = _fields.ANY
_KIND_resource_instances = _fields.ListOf(_fields.Model("SearchEventsResponse200ItemResourceInstancesItem"))
_KIND_labels = _fields.ListOf(_fields.Model("SearchEventsResponse200ItemLabelsItem"))


@_attrs_define
class SearchEventsResponse200Item:
    """
    Attributes:
        id (int | Unset): Event ID
        service_id (int | Unset): Service ID
        company_id (int | Unset): Location ID
        staff_id (int | Unset): team member ID
        date (datetime.datetime | Unset): Session date
        length (float | Unset): Duration
        capacity (float | Unset): Capacity
        records_count (float | Unset): Number of appointments
        color (str | Unset): Color
        instructions (str | Unset): Instructions
        stream_link (str | Unset): Link to instructions
        font_color (str | Unset): Font color
        notified (bool | Unset): Notifications
        prepaid (str | Unset): Prepayment
        service (SearchEventsResponse200ItemService | Unset): Service
        staff (SearchEventsResponse200ItemStaff | Unset): team member
        resource_instances (list[SearchEventsResponse200ItemResourceInstancesItem] | Unset): Resource instance
        labels (list[SearchEventsResponse200ItemLabelsItem] | Unset): Post category
    """

    id: int | Unset = UNSET
    service_id: int | Unset = UNSET
    company_id: int | Unset = UNSET
    staff_id: int | Unset = UNSET
    date: datetime.datetime | Unset = UNSET
    length: float | Unset = UNSET
    capacity: float | Unset = UNSET
    records_count: float | Unset = UNSET
    color: str | Unset = UNSET
    instructions: str | Unset = UNSET
    stream_link: str | Unset = UNSET
    font_color: str | Unset = UNSET
    notified: bool | Unset = UNSET
    prepaid: str | Unset = UNSET
    service: SearchEventsResponse200ItemService | Unset = UNSET
    staff: SearchEventsResponse200ItemStaff | Unset = UNSET
    resource_instances: list[SearchEventsResponse200ItemResourceInstancesItem] | Unset = UNSET
    labels: list[SearchEventsResponse200ItemLabelsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        id = self.id
        if type(id) is not int and id is not UNSET:
            id = _fields.write_integer(id, "id")
        if id is not UNSET:
            field_dict["id"] = id

        service_id = self.service_id
        if type(service_id) is not int and service_id is not UNSET:
            service_id = _fields.write_integer(service_id, "service_id")
        if service_id is not UNSET:
            field_dict["service_id"] = service_id

        company_id = self.company_id
        if type(company_id) is not int and company_id is not UNSET:
            company_id = _fields.write_integer(company_id, "company_id")
        if company_id is not UNSET:
            field_dict["company_id"] = company_id

        staff_id = self.staff_id
        if type(staff_id) is not int and staff_id is not UNSET:
            staff_id = _fields.write_integer(staff_id, "staff_id")
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id

        date = self.date
        if date is not UNSET:
            field_dict["date"] = _fields.write_datetime(date, "date")

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

        font_color = self.font_color
        if type(font_color) is not str and font_color is not UNSET:
            font_color = _fields.write_string(font_color, "font_color")
        if font_color is not UNSET:
            field_dict["font_color"] = font_color

        notified = self.notified
        if type(notified) is not bool and notified is not UNSET:
            notified = _fields.write_boolean(notified, "notified")
        if notified is not UNSET:
            field_dict["notified"] = notified

        prepaid = self.prepaid
        if type(prepaid) is not str and prepaid is not UNSET:
            prepaid = _fields.write_string(prepaid, "prepaid")
        if prepaid is not UNSET:
            field_dict["prepaid"] = prepaid

        service = self.service
        if service is not UNSET:
            field_dict["service"] = _fields.write_model(service, _models.SearchEventsResponse200ItemService, "service")

        staff = self.staff
        if staff is not UNSET:
            field_dict["staff"] = _fields.write_model(staff, _models.SearchEventsResponse200ItemStaff, "staff")

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

        service_id = _get("service_id", UNSET)
        if type(service_id) is not int and service_id is not UNSET:
            service_id = _fields.read_integer(service_id, "service_id")

        company_id = _get("company_id", UNSET)
        if type(company_id) is not int and company_id is not UNSET:
            company_id = _fields.read_integer(company_id, "company_id")

        staff_id = _get("staff_id", UNSET)
        if type(staff_id) is not int and staff_id is not UNSET:
            staff_id = _fields.read_integer(staff_id, "staff_id")

        date = _get("date", UNSET)
        if date is not UNSET:
            try:
                date = _fields.datetime_fromisoformat(date)
            except (TypeError, ValueError):
                date = _fields.read_datetime(date, "date")

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

        instructions = _get("instructions", UNSET)
        if type(instructions) is not str and instructions is not UNSET:
            instructions = _fields.read_string(instructions, "instructions")

        stream_link = _get("stream_link", UNSET)
        if type(stream_link) is not str and stream_link is not UNSET:
            stream_link = _fields.read_string(stream_link, "stream_link")

        font_color = _get("font_color", UNSET)
        if type(font_color) is not str and font_color is not UNSET:
            font_color = _fields.read_string(font_color, "font_color")

        notified = _get("notified", UNSET)
        if type(notified) is not bool and notified is not UNSET:
            notified = _fields.read_boolean(notified, "notified")

        prepaid = _get("prepaid", UNSET)
        if type(prepaid) is not str and prepaid is not UNSET:
            prepaid = _fields.read_string(prepaid, "prepaid")

        service = _get("service", UNSET)
        if service is not UNSET:
            try:
                service = _models.SearchEventsResponse200ItemService.from_dict(service)
            except _FieldError as _error:
                raise _error.within("service")

        staff = _get("staff", UNSET)
        if staff is not UNSET:
            try:
                staff = _models.SearchEventsResponse200ItemStaff.from_dict(staff)
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
        _model.service_id = service_id
        _model.company_id = company_id
        _model.staff_id = staff_id
        _model.date = date
        _model.length = length
        _model.capacity = capacity
        _model.records_count = records_count
        _model.color = color
        _model.instructions = instructions
        _model.stream_link = stream_link
        _model.font_color = font_color
        _model.notified = notified
        _model.prepaid = prepaid
        _model.service = service
        _model.staff = staff
        _model.resource_instances = resource_instances
        _model.labels = labels
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not SearchEventsResponse200Item:
            _fields.init_added_fields(_model, SearchEventsResponse200Item)
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
