from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_event_response_200_duration_details import GetEventResponse200DurationDetails
    from ..models.get_event_response_200_labels_item import GetEventResponse200LabelsItem
    from ..models.get_event_response_200_resource_instances_item import GetEventResponse200ResourceInstancesItem
    from ..models.get_event_response_200_service import GetEventResponse200Service
    from ..models.get_event_response_200_staff import GetEventResponse200Staff


T = TypeVar("T", bound="GetEventResponse200")


@_attrs_define
class GetEventResponse200:
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
        duration_details (GetEventResponse200DurationDetails | Unset): Event duration details
        service (GetEventResponse200Service | Unset): Service
        staff (GetEventResponse200Staff | Unset): team member
        resource_instances (list[GetEventResponse200ResourceInstancesItem] | Unset): Resource instances
        labels (list[GetEventResponse200LabelsItem] | Unset): Event tags
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
    duration_details: GetEventResponse200DurationDetails | Unset = UNSET
    service: GetEventResponse200Service | Unset = UNSET
    staff: GetEventResponse200Staff | Unset = UNSET
    resource_instances: list[GetEventResponse200ResourceInstancesItem] | Unset = UNSET
    labels: list[GetEventResponse200LabelsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        salon_id = self.salon_id

        company_id = self.company_id

        service_id = self.service_id

        staff_id = self.staff_id

        date = self.date

        timestamp = self.timestamp

        length = self.length

        capacity = self.capacity

        records_count = self.records_count

        color = self.color

        font_color = self.font_color

        instructions = self.instructions

        stream_link = self.stream_link

        notified = self.notified

        comment: None | str | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        else:
            comment = self.comment

        prepaid = self.prepaid

        is_deleted = self.is_deleted

        duration_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.duration_details, Unset):
            duration_details = self.duration_details.to_dict()

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
        if salon_id is not UNSET:
            field_dict["salon_id"] = salon_id
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if service_id is not UNSET:
            field_dict["service_id"] = service_id
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id
        if date is not UNSET:
            field_dict["date"] = date
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if length is not UNSET:
            field_dict["length"] = length
        if capacity is not UNSET:
            field_dict["capacity"] = capacity
        if records_count is not UNSET:
            field_dict["records_count"] = records_count
        if color is not UNSET:
            field_dict["color"] = color
        if font_color is not UNSET:
            field_dict["font_color"] = font_color
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if stream_link is not UNSET:
            field_dict["stream_link"] = stream_link
        if notified is not UNSET:
            field_dict["notified"] = notified
        if comment is not UNSET:
            field_dict["comment"] = comment
        if prepaid is not UNSET:
            field_dict["prepaid"] = prepaid
        if is_deleted is not UNSET:
            field_dict["is_deleted"] = is_deleted
        if duration_details is not UNSET:
            field_dict["duration_details"] = duration_details
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
        from ..models.get_event_response_200_duration_details import GetEventResponse200DurationDetails  # noqa: PLC0415
        from ..models.get_event_response_200_labels_item import GetEventResponse200LabelsItem  # noqa: PLC0415
        from ..models.get_event_response_200_resource_instances_item import GetEventResponse200ResourceInstancesItem  # noqa: PLC0415
        from ..models.get_event_response_200_service import GetEventResponse200Service  # noqa: PLC0415
        from ..models.get_event_response_200_staff import GetEventResponse200Staff  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        salon_id = d.pop("salon_id", UNSET)

        company_id = d.pop("company_id", UNSET)

        service_id = d.pop("service_id", UNSET)

        staff_id = d.pop("staff_id", UNSET)

        date = d.pop("date", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        length = d.pop("length", UNSET)

        capacity = d.pop("capacity", UNSET)

        records_count = d.pop("records_count", UNSET)

        color = d.pop("color", UNSET)

        font_color = d.pop("font_color", UNSET)

        instructions = d.pop("instructions", UNSET)

        stream_link = d.pop("stream_link", UNSET)

        notified = d.pop("notified", UNSET)

        def _parse_comment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        comment = _parse_comment(d.pop("comment", UNSET))

        prepaid = d.pop("prepaid", UNSET)

        is_deleted = d.pop("is_deleted", UNSET)

        _duration_details = d.pop("duration_details", UNSET)
        duration_details: GetEventResponse200DurationDetails | Unset
        if isinstance(_duration_details, Unset):
            duration_details = UNSET
        else:
            duration_details = GetEventResponse200DurationDetails.from_dict(_duration_details)

        _service = d.pop("service", UNSET)
        service: GetEventResponse200Service | Unset
        if isinstance(_service, Unset):
            service = UNSET
        else:
            service = GetEventResponse200Service.from_dict(_service)

        _staff = d.pop("staff", UNSET)
        staff: GetEventResponse200Staff | Unset
        if isinstance(_staff, Unset):
            staff = UNSET
        else:
            staff = GetEventResponse200Staff.from_dict(_staff)

        _resource_instances = d.pop("resource_instances", UNSET)
        resource_instances: list[GetEventResponse200ResourceInstancesItem] | Unset = UNSET
        if _resource_instances is not UNSET:
            resource_instances = []
            for resource_instances_item_data in _resource_instances:
                resource_instances_item = GetEventResponse200ResourceInstancesItem.from_dict(
                    resource_instances_item_data
                )

                resource_instances.append(resource_instances_item)

        _labels = d.pop("labels", UNSET)
        labels: list[GetEventResponse200LabelsItem] | Unset = UNSET
        if _labels is not UNSET:
            labels = []
            for labels_item_data in _labels:
                labels_item = GetEventResponse200LabelsItem.from_dict(labels_item_data)

                labels.append(labels_item)

        _model = cls(
            id=id,
            salon_id=salon_id,
            company_id=company_id,
            service_id=service_id,
            staff_id=staff_id,
            date=date,
            timestamp=timestamp,
            length=length,
            capacity=capacity,
            records_count=records_count,
            color=color,
            font_color=font_color,
            instructions=instructions,
            stream_link=stream_link,
            notified=notified,
            comment=comment,
            prepaid=prepaid,
            is_deleted=is_deleted,
            duration_details=duration_details,
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
