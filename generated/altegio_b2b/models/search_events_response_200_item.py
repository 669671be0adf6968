from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import timestamps as _timestamps
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_events_response_200_item_labels_item import SearchEventsResponse200ItemLabelsItem
    from ..models.search_events_response_200_item_resource_instances_item import (
        SearchEventsResponse200ItemResourceInstancesItem,
    )
    from ..models.search_events_response_200_item_service import SearchEventsResponse200ItemService
    from ..models.search_events_response_200_item_staff import SearchEventsResponse200ItemStaff


T = TypeVar("T", bound="SearchEventsResponse200Item")


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
        id = self.id

        service_id = self.service_id

        company_id = self.company_id

        staff_id = self.staff_id

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        length = self.length

        capacity = self.capacity

        records_count = self.records_count

        color = self.color

        instructions = self.instructions

        stream_link = self.stream_link

        font_color = self.font_color

        notified = self.notified

        prepaid = self.prepaid

        service: dict[str, Any] | Unset = UNSET
        if not isinstance(self.service, Unset):
            service = self.service.to_dict()

        staff: dict[str, Any] | Unset = UNSET
        if not isinstance(self.staff, Unset):
            staff = self.staff.to_dict()

        resource_instances: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.resource_instances, Unset):
            resource_instances = []
            for resource_instances_item_data in self.resource_instances:
                resource_instances_item = resource_instances_item_data.to_dict()
                resource_instances.append(resource_instances_item)

        labels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = []
            for labels_item_data in self.labels:
                labels_item = labels_item_data.to_dict()
                labels.append(labels_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if service_id is not UNSET:
            field_dict["service_id"] = service_id
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id
        if date is not UNSET:
            field_dict["date"] = date
        if length is not UNSET:
            field_dict["length"] = length
        if capacity is not UNSET:
            field_dict["capacity"] = capacity
        if records_count is not UNSET:
            field_dict["records_count"] = records_count
        if color is not UNSET:
            field_dict["color"] = color
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if stream_link is not UNSET:
            field_dict["stream_link"] = stream_link
        if font_color is not UNSET:
            field_dict["font_color"] = font_color
        if notified is not UNSET:
            field_dict["notified"] = notified
        if prepaid is not UNSET:
            field_dict["prepaid"] = prepaid
        if service is not UNSET:
            field_dict["service"] = service
        if staff is not UNSET:
            field_dict["staff"] = staff
        if resource_instances is not UNSET:
            field_dict["resource_instances"] = resource_instances
        if labels is not UNSET:
            field_dict["labels"] = labels

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.search_events_response_200_item_labels_item import SearchEventsResponse200ItemLabelsItem  # noqa: PLC0415
        from ..models.search_events_response_200_item_resource_instances_item import (
            SearchEventsResponse200ItemResourceInstancesItem,  # noqa: PLC0415
        )
        from ..models.search_events_response_200_item_service import SearchEventsResponse200ItemService  # noqa: PLC0415
        from ..models.search_events_response_200_item_staff import SearchEventsResponse200ItemStaff  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        service_id = d.pop("service_id", UNSET)

        company_id = d.pop("company_id", UNSET)

        staff_id = d.pop("staff_id", UNSET)

        _date = d.pop("date", UNSET)
        date: datetime.datetime | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = _timestamps.parse_datetime(_date)

        length = d.pop("length", UNSET)

        capacity = d.pop("capacity", UNSET)

        records_count = d.pop("records_count", UNSET)

        color = d.pop("color", UNSET)

        instructions = d.pop("instructions", UNSET)

        stream_link = d.pop("stream_link", UNSET)

        font_color = d.pop("font_color", UNSET)

        notified = d.pop("notified", UNSET)

        prepaid = d.pop("prepaid", UNSET)

        _service = d.pop("service", UNSET)
        service: SearchEventsResponse200ItemService | Unset
        if isinstance(_service, Unset):
            service = UNSET
        else:
            service = SearchEventsResponse200ItemService.from_dict(_service)

        _staff = d.pop("staff", UNSET)
        staff: SearchEventsResponse200ItemStaff | Unset
        if isinstance(_staff, Unset):
            staff = UNSET
        else:
            staff = SearchEventsResponse200ItemStaff.from_dict(_staff)

        _resource_instances = d.pop("resource_instances", UNSET)
        resource_instances: list[SearchEventsResponse200ItemResourceInstancesItem] | Unset = UNSET
        if _resource_instances is not UNSET:
            resource_instances = []
            for resource_instances_item_data in _resource_instances:
                resource_instances_item = SearchEventsResponse200ItemResourceInstancesItem.from_dict(
                    resource_instances_item_data
                )

                resource_instances.append(resource_instances_item)

        _labels = d.pop("labels", UNSET)
        labels: list[SearchEventsResponse200ItemLabelsItem] | Unset = UNSET
        if _labels is not UNSET:
            labels = []
            for labels_item_data in _labels:
                labels_item = SearchEventsResponse200ItemLabelsItem.from_dict(labels_item_data)

                labels.append(labels_item)

        _model = cls(
            id=id,
            service_id=service_id,
            company_id=company_id,
            staff_id=staff_id,
            date=date,
            length=length,
            capacity=capacity,
            records_count=records_count,
            color=color,
            instructions=instructions,
            stream_link=stream_link,
            font_color=font_color,
            notified=notified,
            prepaid=prepaid,
            service=service,
            staff=staff,
            resource_instances=resource_instances,
            labels=labels,
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
