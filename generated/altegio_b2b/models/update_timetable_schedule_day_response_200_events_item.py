from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_timetable_schedule_day_response_200_events_item_entity_master import (
        UpdateTimetableScheduleDayResponse200EventsItemEntityMaster,
    )


T = TypeVar("T", bound="UpdateTimetableScheduleDayResponse200EventsItem")


@_attrs_define
class UpdateTimetableScheduleDayResponse200EventsItem:
    """Data of the existing event of appointment or event in a schedule.

    Attributes:
        created_at (str | Unset): Datetime of an event of appointment/event in a schedule created.
        deleted_at (None | str | Unset): Datetime of an event of appointment/event in a schedule deleted.
        entity_datetime (str | Unset): Actual datetime of a scheduled appointment/event beginning.
        entity_duration (str | Unset): Actual duration of a scheduled appointment/event.
        entity_labels (list[Any] | Unset): Actual tags linked to a scheduled appointment/event.
        entity_master (UpdateTimetableScheduleDayResponse200EventsItemEntityMaster | Unset): Team member for a scheduled
            appointment/event.
        entity_resource_instances (list[Any] | Unset): Actual resource instances linked to a scheduled
            appointment/event.
        event_datetime (str | Unset): Datetime of a scheduled appointment/event beginning.
        event_entity_id (int | None | Unset): ID of an scheduled entity (appointment or event).
        event_entity_type (str | Unset): Type of an scheduled entity (appointment or event). Note: enum values "record"
            and "activity" are legacy terms for appointment and event.
        event_status (str | Unset): Event of appointment/event status: `stable` - entity is stable; `event_created` -
            event is created, corresponding appointment/event is not created yet; `event_changed` - event is changed,
            correspondi…
        id (int | Unset): ID of an event of appointment/event in a schedule.
        is_entity_datetime_changed (bool | Unset): Flag for manual change of a datetime for a scheduled
            appointment/event.
        is_entity_duration_changed (bool | Unset): Flag for manual change of a duration for a scheduled
            appointment/event.
        is_entity_labels_changed (bool | Unset): Flag for manual change of a tags linked to a scheduled
            appointment/event.
        is_entity_master_changed (bool | Unset): Flag for manual change of a team member for a scheduled
            appointment/event.
        is_entity_resource_instances_changed (bool | Unset): Flag for manual change of a resource instances linked to a
            scheduled appointment/event.
        updated_at (str | Unset): Datetime of an event of appointment/event in a schedule last updated.
    """

    created_at: str | Unset = UNSET
    deleted_at: None | str | Unset = UNSET
    entity_datetime: str | Unset = UNSET
    entity_duration: str | Unset = UNSET
    entity_labels: list[Any] | Unset = UNSET
    entity_master: UpdateTimetableScheduleDayResponse200EventsItemEntityMaster | Unset = UNSET
    entity_resource_instances: list[Any] | Unset = UNSET
    event_datetime: str | Unset = UNSET
    event_entity_id: int | None | Unset = UNSET
    event_entity_type: str | Unset = UNSET
    event_status: str | Unset = UNSET
    id: int | Unset = UNSET
    is_entity_datetime_changed: bool | Unset = UNSET
    is_entity_duration_changed: bool | Unset = UNSET
    is_entity_labels_changed: bool | Unset = UNSET
    is_entity_master_changed: bool | Unset = UNSET
    is_entity_resource_instances_changed: bool | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        else:
            deleted_at = self.deleted_at

        entity_datetime = self.entity_datetime

        entity_duration = self.entity_duration

        entity_labels: list[Any] | Unset = UNSET
        if not isinstance(self.entity_labels, Unset):
            entity_labels = self.entity_labels

        entity_master: dict[str, Any] | Unset = UNSET
        if not isinstance(self.entity_master, Unset):
            entity_master = self.entity_master.to_dict()

        entity_resource_instances: list[Any] | Unset = UNSET
        if not isinstance(self.entity_resource_instances, Unset):
            entity_resource_instances = self.entity_resource_instances

        event_datetime = self.event_datetime

        event_entity_id: int | None | Unset
        if isinstance(self.event_entity_id, Unset):
            event_entity_id = UNSET
        else:
            event_entity_id = self.event_entity_id

        event_entity_type = self.event_entity_type

        event_status = self.event_status

        id = self.id

        is_entity_datetime_changed = self.is_entity_datetime_changed

        is_entity_duration_changed = self.is_entity_duration_changed

        is_entity_labels_changed = self.is_entity_labels_changed

        is_entity_master_changed = self.is_entity_master_changed

        is_entity_resource_instances_changed = self.is_entity_resource_instances_changed

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at
        if entity_datetime is not UNSET:
            field_dict["entity_datetime"] = entity_datetime
        if entity_duration is not UNSET:
            field_dict["entity_duration"] = entity_duration
        if entity_labels is not UNSET:
            field_dict["entity_labels"] = entity_labels
        if entity_master is not UNSET:
            field_dict["entity_master"] = entity_master
        if entity_resource_instances is not UNSET:
            field_dict["entity_resource_instances"] = entity_resource_instances
        if event_datetime is not UNSET:
            field_dict["event_datetime"] = event_datetime
        if event_entity_id is not UNSET:
            field_dict["event_entity_id"] = event_entity_id
        if event_entity_type is not UNSET:
            field_dict["event_entity_type"] = event_entity_type
        if event_status is not UNSET:
            field_dict["event_status"] = event_status
        if id is not UNSET:
            field_dict["id"] = id
        if is_entity_datetime_changed is not UNSET:
            field_dict["is_entity_datetime_changed"] = is_entity_datetime_changed
        if is_entity_duration_changed is not UNSET:
            field_dict["is_entity_duration_changed"] = is_entity_duration_changed
        if is_entity_labels_changed is not UNSET:
            field_dict["is_entity_labels_changed"] = is_entity_labels_changed
        if is_entity_master_changed is not UNSET:
            field_dict["is_entity_master_changed"] = is_entity_master_changed
        if is_entity_resource_instances_changed is not UNSET:
            field_dict["is_entity_resource_instances_changed"] = is_entity_resource_instances_changed
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_timetable_schedule_day_response_200_events_item_entity_master import (
            UpdateTimetableScheduleDayResponse200EventsItemEntityMaster,  # noqa: PLC0415
        )

        d = dict(src_dict)
        created_at = d.pop("created_at", UNSET)

        def _parse_deleted_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        deleted_at = _parse_deleted_at(d.pop("deleted_at", UNSET))

        entity_datetime = d.pop("entity_datetime", UNSET)

        entity_duration = d.pop("entity_duration", UNSET)

        entity_labels = cast(list[Any], d.pop("entity_labels", UNSET))

        _entity_master = d.pop("entity_master", UNSET)
        entity_master: UpdateTimetableScheduleDayResponse200EventsItemEntityMaster | Unset
        if isinstance(_entity_master, Unset):
            entity_master = UNSET
        else:
            entity_master = UpdateTimetableScheduleDayResponse200EventsItemEntityMaster.from_dict(_entity_master)

        entity_resource_instances = cast(list[Any], d.pop("entity_resource_instances", UNSET))

        event_datetime = d.pop("event_datetime", UNSET)

        def _parse_event_entity_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        event_entity_id = _parse_event_entity_id(d.pop("event_entity_id", UNSET))

        event_entity_type = d.pop("event_entity_type", UNSET)

        event_status = d.pop("event_status", UNSET)

        id = d.pop("id", UNSET)

        is_entity_datetime_changed = d.pop("is_entity_datetime_changed", UNSET)

        is_entity_duration_changed = d.pop("is_entity_duration_changed", UNSET)

        is_entity_labels_changed = d.pop("is_entity_labels_changed", UNSET)

        is_entity_master_changed = d.pop("is_entity_master_changed", UNSET)

        is_entity_resource_instances_changed = d.pop("is_entity_resource_instances_changed", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        update_timetable_schedule_day_response_200_events_item = cls(
            created_at=created_at,
            deleted_at=deleted_at,
            entity_datetime=entity_datetime,
            entity_duration=entity_duration,
            entity_labels=entity_labels,
            entity_master=entity_master,
            entity_resource_instances=entity_resource_instances,
            event_datetime=event_datetime,
            event_entity_id=event_entity_id,
            event_entity_type=event_entity_type,
            event_status=event_status,
            id=id,
            is_entity_datetime_changed=is_entity_datetime_changed,
            is_entity_duration_changed=is_entity_duration_changed,
            is_entity_labels_changed=is_entity_labels_changed,
            is_entity_master_changed=is_entity_master_changed,
            is_entity_resource_instances_changed=is_entity_resource_instances_changed,
            updated_at=updated_at,
        )

        update_timetable_schedule_day_response_200_events_item.additional_properties = d
        return update_timetable_schedule_day_response_200_events_item

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
