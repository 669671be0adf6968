from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_event_response_200_duration_details import CreateEventResponse200DurationDetails
    from ..models.create_event_response_200_labels_item import CreateEventResponse200LabelsItem
    from ..models.create_event_response_200_resource_instances_item import CreateEventResponse200ResourceInstancesItem
    from ..models.create_event_response_200_service import CreateEventResponse200Service
    from ..models.create_event_response_200_staff import CreateEventResponse200Staff


T = TypeVar("T", bound="CreateEventResponse200")


@_attrs_define
class CreateEventResponse200:
    """Object with data

    Attributes:
        capacity (float | Unset): Capacity
        color (str | Unset): Event color
        comment (None | str | Unset): Event comment
        company_id (int | Unset): Location ID
        date (str | Unset): Event date and time
        duration_details (CreateEventResponse200DurationDetails | Unset): Event duration details
        font_color (str | Unset): Font color
        id (int | Unset): Event ID
        instructions (str | Unset): Event instructions
        is_deleted (bool | Unset): Whether Event is deleted
        labels (list[CreateEventResponse200LabelsItem] | Unset): Event tags
        length (float | Unset): Event duration in seconds
        notified (bool | Unset): Whether notifications have been sent
        prepaid (str | Unset): Prepayment status (forbidden, optional, required)
        records_count (float | Unset): Number of Appointments in this Event
        resource_instances (list[CreateEventResponse200ResourceInstancesItem] | Unset): Resource instances
        salon_id (int | Unset): Location ID (deprecated, use company_id)
        service (CreateEventResponse200Service | Unset): Service
        service_id (int | Unset): Service ID
        staff (CreateEventResponse200Staff | Unset): team member
        staff_id (int | Unset): team member ID
        stream_link (str | Unset): Stream link for online events
        timestamp (float | Unset): Unix timestamp of Event date
    """

    capacity: float | Unset = UNSET
    color: str | Unset = UNSET
    comment: None | str | Unset = UNSET
    company_id: int | Unset = UNSET
    date: str | Unset = UNSET
    duration_details: CreateEventResponse200DurationDetails | Unset = UNSET
    font_color: str | Unset = UNSET
    id: int | Unset = UNSET
    instructions: str | Unset = UNSET
    is_deleted: bool | Unset = UNSET
    labels: list[CreateEventResponse200LabelsItem] | Unset = UNSET
    length: float | Unset = UNSET
    notified: bool | Unset = UNSET
    prepaid: str | Unset = UNSET
    records_count: float | Unset = UNSET
    resource_instances: list[CreateEventResponse200ResourceInstancesItem] | Unset = UNSET
    salon_id: int | Unset = UNSET
    service: CreateEventResponse200Service | Unset = UNSET
    service_id: int | Unset = UNSET
    staff: CreateEventResponse200Staff | Unset = UNSET
    staff_id: int | Unset = UNSET
    stream_link: str | Unset = UNSET
    timestamp: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        capacity = self.capacity

        color = self.color

        comment: None | str | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        else:
            comment = self.comment

        company_id = self.company_id

        date = self.date

        duration_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.duration_details, Unset):
            duration_details = self.duration_details.to_dict()

        font_color = self.font_color

        id = self.id

        instructions = self.instructions

        is_deleted = self.is_deleted

        labels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = []
            for labels_item_data in self.labels:
                labels_item = labels_item_data.to_dict()
                labels.append(labels_item)

        length = self.length

        notified = self.notified

        prepaid = self.prepaid

        records_count = self.records_count

        resource_instances: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.resource_instances, Unset):
            resource_instances = []
            for resource_instances_item_data in self.resource_instances:
                resource_instances_item = resource_instances_item_data.to_dict()
                resource_instances.append(resource_instances_item)

        salon_id = self.salon_id

        service: dict[str, Any] | Unset = UNSET
        if not isinstance(self.service, Unset):
            service = self.service.to_dict()

        service_id = self.service_id

        staff: dict[str, Any] | Unset = UNSET
        if not isinstance(self.staff, Unset):
            staff = self.staff.to_dict()

        staff_id = self.staff_id

        stream_link = self.stream_link

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if capacity is not UNSET:
            field_dict["capacity"] = capacity
        if color is not UNSET:
            field_dict["color"] = color
        if comment is not UNSET:
            field_dict["comment"] = comment
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if date is not UNSET:
            field_dict["date"] = date
        if duration_details is not UNSET:
            field_dict["duration_details"] = duration_details
        if font_color is not UNSET:
            field_dict["font_color"] = font_color
        if id is not UNSET:
            field_dict["id"] = id
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if is_deleted is not UNSET:
            field_dict["is_deleted"] = is_deleted
        if labels is not UNSET:
            field_dict["labels"] = labels
        if length is not UNSET:
            field_dict["length"] = length
        if notified is not UNSET:
            field_dict["notified"] = notified
        if prepaid is not UNSET:
            field_dict["prepaid"] = prepaid
        if records_count is not UNSET:
            field_dict["records_count"] = records_count
        if resource_instances is not UNSET:
            field_dict["resource_instances"] = resource_instances
        if salon_id is not UNSET:
            field_dict["salon_id"] = salon_id
        if service is not UNSET:
            field_dict["service"] = service
        if service_id is not UNSET:
            field_dict["service_id"] = service_id
        if staff is not UNSET:
            field_dict["staff"] = staff
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id
        if stream_link is not UNSET:
            field_dict["stream_link"] = stream_link
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_event_response_200_duration_details import CreateEventResponse200DurationDetails  # noqa: PLC0415
        from ..models.create_event_response_200_labels_item import CreateEventResponse200LabelsItem  # noqa: PLC0415
        from ..models.create_event_response_200_resource_instances_item import (
            CreateEventResponse200ResourceInstancesItem,  # noqa: PLC0415
        )
        from ..models.create_event_response_200_service import CreateEventResponse200Service  # noqa: PLC0415
        from ..models.create_event_response_200_staff import CreateEventResponse200Staff  # noqa: PLC0415

        d = dict(src_dict)
        capacity = d.pop("capacity", UNSET)

        color = d.pop("color", UNSET)

        def _parse_comment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        comment = _parse_comment(d.pop("comment", UNSET))

        company_id = d.pop("company_id", UNSET)

        date = d.pop("date", UNSET)

        _duration_details = d.pop("duration_details", UNSET)
        duration_details: CreateEventResponse200DurationDetails | Unset
        if isinstance(_duration_details, Unset):
            duration_details = UNSET
        else:
            duration_details = CreateEventResponse200DurationDetails.from_dict(_duration_details)

        font_color = d.pop("font_color", UNSET)

        id = d.pop("id", UNSET)

        instructions = d.pop("instructions", UNSET)

        is_deleted = d.pop("is_deleted", UNSET)

        _labels = d.pop("labels", UNSET)
        labels: list[CreateEventResponse200LabelsItem] | Unset = UNSET
        if _labels is not UNSET:
            labels = []
            for labels_item_data in _labels:
                labels_item = CreateEventResponse200LabelsItem.from_dict(labels_item_data)

                labels.append(labels_item)

        length = d.pop("length", UNSET)

        notified = d.pop("notified", UNSET)

        prepaid = d.pop("prepaid", UNSET)

        records_count = d.pop("records_count", UNSET)

        _resource_instances = d.pop("resource_instances", UNSET)
        resource_instances: list[CreateEventResponse200ResourceInstancesItem] | Unset = UNSET
        if _resource_instances is not UNSET:
            resource_instances = []
            for resource_instances_item_data in _resource_instances:
                resource_instances_item = CreateEventResponse200ResourceInstancesItem.from_dict(
                    resource_instances_item_data
                )

                resource_instances.append(resource_instances_item)

        salon_id = d.pop("salon_id", UNSET)

        _service = d.pop("service", UNSET)
        service: CreateEventResponse200Service | Unset
        if isinstance(_service, Unset):
            service = UNSET
        else:
            service = CreateEventResponse200Service.from_dict(_service)

        service_id = d.pop("service_id", UNSET)

        _staff = d.pop("staff", UNSET)
        staff: CreateEventResponse200Staff | Unset
        if isinstance(_staff, Unset):
            staff = UNSET
        else:
            staff = CreateEventResponse200Staff.from_dict(_staff)

        staff_id = d.pop("staff_id", UNSET)

        stream_link = d.pop("stream_link", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        create_event_response_200 = cls(
            capacity=capacity,
            color=color,
            comment=comment,
            company_id=company_id,
            date=date,
            duration_details=duration_details,
            font_color=font_color,
            id=id,
            instructions=instructions,
            is_deleted=is_deleted,
            labels=labels,
            length=length,
            notified=notified,
            prepaid=prepaid,
            records_count=records_count,
            resource_instances=resource_instances,
            salon_id=salon_id,
            service=service,
            service_id=service_id,
            staff=staff,
            staff_id=staff_id,
            stream_link=stream_link,
            timestamp=timestamp,
        )

        create_event_response_200.additional_properties = d
        return create_event_response_200

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
