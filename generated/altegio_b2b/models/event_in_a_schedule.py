from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import timestamps as _timestamps
from ..models.event_in_a_schedule_event_entity_type import EventInAScheduleEventEntityType
from ..models.event_in_a_schedule_event_status import EventInAScheduleEventStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.object_of_model_resource_instance import ObjectOfModelResourceInstance
    from ..models.object_of_model_tag import ObjectOfModelTag
    from ..models.object_of_model_team_member_with_position import ObjectOfModelTeamMemberWithPosition


T = TypeVar("T", bound="EventInASchedule")


@_attrs_define
class EventInASchedule:
    """Data of the existing event of appointment or event in a schedule.

    Example:
        {'id': 123, 'created_at': '2026-01-01T12:12:12-05:00', 'updated_at': '2026-01-01T12:12:12-05:00', 'deleted_at':
            None, 'event_status': 'stable', 'event_datetime': '2026-01-24T14:00:00-05:00', 'event_entity_type': 'activity',
            'event_entity_id': 123, 'is_entity_master_changed': False, 'is_entity_datetime_changed': False,
            'is_entity_duration_changed': False, 'is_entity_labels_changed': False, 'is_entity_resource_instances_changed':
            False, 'entity_master': {'id': 123, 'name': 'John Johnson', 'company_id': 123, 'specialization': 'Team Member',
            'avatar': 'https://app.alteg.io/images/no-master-sm.png', 'avatar_big': 'https://app.alteg.io/images/no-
            master.png', 'position': {'id': 123, 'title': 'Team Member'}}, 'entity_datetime': '2022-01-24 14:00:00',
            'entity_duration': 3600, 'entity_labels': [{'id': 123, 'title': 'Tag', 'color': '#ff0000'}],
            'entity_resource_instances': [{'id': 123, 'title': 'Resource #1', 'resource_id': 123}]}

    Attributes:
        id (int | Unset): ID of an event of appointment/event in a schedule.
        created_at (datetime.datetime | Unset): Datetime of an event of appointment/event in a schedule created.
        updated_at (datetime.datetime | Unset): Datetime of an event of appointment/event in a schedule last updated.
        deleted_at (datetime.datetime | None | Unset): Datetime of an event of appointment/event in a schedule deleted.
        event_status (EventInAScheduleEventStatus | Unset): Event of appointment/event status:
            `stable` - entity is stable;
            `event_created` - event is created, corresponding appointment/event is not created yet;
            `event_changed` - event is changed, corresponding appointment/event is not changed yet;
            `event_changed_force` - event is changed with force override of manual changes, corresponding appointment/event
            is not changed yet;
            `event_deleted` - event is deleted, corresponding appointment/event is not deleted yet;
            `entity_deleted` - appointment/event corresponding to an event is deleted (due to event deletion or due to
            manual deletion);
            `entity_failed` - appointment/event creation failure.
        event_datetime (datetime.datetime | Unset): Datetime of a scheduled appointment/event beginning.
        event_entity_type (EventInAScheduleEventEntityType | Unset): Type of an scheduled entity (appointment or event).
            Note: enum values "record" and "activity" are legacy terms for appointment and event.
        event_entity_id (int | None | Unset): ID of an scheduled entity (appointment or event).
        is_entity_master_changed (bool | Unset): Flag for manual change of a team member for a scheduled
            appointment/event.
        is_entity_datetime_changed (bool | Unset): Flag for manual change of a datetime for a scheduled
            appointment/event.
        is_entity_duration_changed (bool | Unset): Flag for manual change of a duration for a scheduled
            appointment/event.
        is_entity_labels_changed (bool | Unset): Flag for manual change of a tags linked to a scheduled
            appointment/event.
        is_entity_resource_instances_changed (bool | Unset): Flag for manual change of a resource instances linked to a
            scheduled appointment/event.
        entity_master (ObjectOfModelTeamMemberWithPosition | Unset):  Example: {'id': 123, 'name': 'John Johnson',
            'company_id': 123, 'specialization': 'Master', 'avatar': 'https://app.alteg.io/images/no-master-sm.png',
            'avatar_big': 'https://app.alteg.io/images/no-master.png', 'position': {'id': 123, 'title': 'Position'},
            'is_paid_staff': False}.
        entity_datetime (str | Unset): Actual datetime of a scheduled appointment/event beginning.
        entity_duration (str | Unset): Actual duration of a scheduled appointment/event.
        entity_labels (list[ObjectOfModelTag] | Unset): Actual tags linked to a scheduled appointment/event.
        entity_resource_instances (list[ObjectOfModelResourceInstance] | Unset): Actual resource instances linked to a
            scheduled appointment/event.
    """

    id: int | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    deleted_at: datetime.datetime | None | Unset = UNSET
    event_status: EventInAScheduleEventStatus | Unset = UNSET
    event_datetime: datetime.datetime | Unset = UNSET
    event_entity_type: EventInAScheduleEventEntityType | Unset = UNSET
    event_entity_id: int | None | Unset = UNSET
    is_entity_master_changed: bool | Unset = UNSET
    is_entity_datetime_changed: bool | Unset = UNSET
    is_entity_duration_changed: bool | Unset = UNSET
    is_entity_labels_changed: bool | Unset = UNSET
    is_entity_resource_instances_changed: bool | Unset = UNSET
    entity_master: ObjectOfModelTeamMemberWithPosition | Unset = UNSET
    entity_datetime: str | Unset = UNSET
    entity_duration: str | Unset = UNSET
    entity_labels: list[ObjectOfModelTag] | Unset = UNSET
    entity_resource_instances: list[ObjectOfModelResourceInstance] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        elif isinstance(self.deleted_at, datetime.datetime):
            deleted_at = self.deleted_at.isoformat()
        else:
            deleted_at = self.deleted_at

        event_status: str | Unset = UNSET
        if not isinstance(self.event_status, Unset):
            event_status = self.event_status.value

        event_datetime: str | Unset = UNSET
        if not isinstance(self.event_datetime, Unset):
            event_datetime = self.event_datetime.isoformat()

        event_entity_type: str | Unset = UNSET
        if not isinstance(self.event_entity_type, Unset):
            event_entity_type = self.event_entity_type.value

        event_entity_id: int | None | Unset
        if isinstance(self.event_entity_id, Unset):
            event_entity_id = UNSET
        else:
            event_entity_id = self.event_entity_id

        is_entity_master_changed = self.is_entity_master_changed

        is_entity_datetime_changed = self.is_entity_datetime_changed

        is_entity_duration_changed = self.is_entity_duration_changed

        is_entity_labels_changed = self.is_entity_labels_changed

        is_entity_resource_instances_changed = self.is_entity_resource_instances_changed

        entity_master: dict[str, Any] | Unset = UNSET
        if not isinstance(self.entity_master, Unset):
            entity_master = self.entity_master.to_dict()

        entity_datetime = self.entity_datetime

        entity_duration = self.entity_duration

        entity_labels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.entity_labels, Unset):
            entity_labels = []
            for entity_labels_item_data in self.entity_labels:
                entity_labels_item = entity_labels_item_data.to_dict()
                entity_labels.append(entity_labels_item)

        entity_resource_instances: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.entity_resource_instances, Unset):
            entity_resource_instances = []
            for entity_resource_instances_item_data in self.entity_resource_instances:
                entity_resource_instances_item = entity_resource_instances_item_data.to_dict()
                entity_resource_instances.append(entity_resource_instances_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at
        if event_status is not UNSET:
            field_dict["event_status"] = event_status
        if event_datetime is not UNSET:
            field_dict["event_datetime"] = event_datetime
        if event_entity_type is not UNSET:
            field_dict["event_entity_type"] = event_entity_type
        if event_entity_id is not UNSET:
            field_dict["event_entity_id"] = event_entity_id
        if is_entity_master_changed is not UNSET:
            field_dict["is_entity_master_changed"] = is_entity_master_changed
        if is_entity_datetime_changed is not UNSET:
            field_dict["is_entity_datetime_changed"] = is_entity_datetime_changed
        if is_entity_duration_changed is not UNSET:
            field_dict["is_entity_duration_changed"] = is_entity_duration_changed
        if is_entity_labels_changed is not UNSET:
            field_dict["is_entity_labels_changed"] = is_entity_labels_changed
        if is_entity_resource_instances_changed is not UNSET:
            field_dict["is_entity_resource_instances_changed"] = is_entity_resource_instances_changed
        if entity_master is not UNSET:
            field_dict["entity_master"] = entity_master
        if entity_datetime is not UNSET:
            field_dict["entity_datetime"] = entity_datetime
        if entity_duration is not UNSET:
            field_dict["entity_duration"] = entity_duration
        if entity_labels is not UNSET:
            field_dict["entity_labels"] = entity_labels
        if entity_resource_instances is not UNSET:
            field_dict["entity_resource_instances"] = entity_resource_instances

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.object_of_model_resource_instance import ObjectOfModelResourceInstance  # noqa: PLC0415
        from ..models.object_of_model_tag import ObjectOfModelTag  # noqa: PLC0415
        from ..models.object_of_model_team_member_with_position import ObjectOfModelTeamMemberWithPosition  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = _timestamps.parse_datetime(_created_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = _timestamps.parse_datetime(_updated_at)

        def _parse_deleted_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deleted_at_type_0 = _timestamps.parse_datetime(data)

                return deleted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        deleted_at = _parse_deleted_at(d.pop("deleted_at", UNSET))

        _event_status = d.pop("event_status", UNSET)
        event_status: EventInAScheduleEventStatus | Unset
        if isinstance(_event_status, Unset):
            event_status = UNSET
        else:
            event_status = EventInAScheduleEventStatus(_event_status)

        _event_datetime = d.pop("event_datetime", UNSET)
        event_datetime: datetime.datetime | Unset
        if isinstance(_event_datetime, Unset):
            event_datetime = UNSET
        else:
            event_datetime = _timestamps.parse_datetime(_event_datetime)

        _event_entity_type = d.pop("event_entity_type", UNSET)
        event_entity_type: EventInAScheduleEventEntityType | Unset
        if isinstance(_event_entity_type, Unset):
            event_entity_type = UNSET
        else:
            event_entity_type = EventInAScheduleEventEntityType(_event_entity_type)

        def _parse_event_entity_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        event_entity_id = _parse_event_entity_id(d.pop("event_entity_id", UNSET))

        is_entity_master_changed = d.pop("is_entity_master_changed", UNSET)

        is_entity_datetime_changed = d.pop("is_entity_datetime_changed", UNSET)

        is_entity_duration_changed = d.pop("is_entity_duration_changed", UNSET)

        is_entity_labels_changed = d.pop("is_entity_labels_changed", UNSET)

        is_entity_resource_instances_changed = d.pop("is_entity_resource_instances_changed", UNSET)

        _entity_master = d.pop("entity_master", UNSET)
        entity_master: ObjectOfModelTeamMemberWithPosition | Unset
        if isinstance(_entity_master, Unset):
            entity_master = UNSET
        else:
            entity_master = ObjectOfModelTeamMemberWithPosition.from_dict(_entity_master)

        entity_datetime = d.pop("entity_datetime", UNSET)

        entity_duration = d.pop("entity_duration", UNSET)

        _entity_labels = d.pop("entity_labels", UNSET)
        entity_labels: list[ObjectOfModelTag] | Unset = UNSET
        if _entity_labels is not UNSET:
            entity_labels = []
            for entity_labels_item_data in _entity_labels:
                entity_labels_item = ObjectOfModelTag.from_dict(entity_labels_item_data)

                entity_labels.append(entity_labels_item)

        _entity_resource_instances = d.pop("entity_resource_instances", UNSET)
        entity_resource_instances: list[ObjectOfModelResourceInstance] | Unset = UNSET
        if _entity_resource_instances is not UNSET:
            entity_resource_instances = []
            for entity_resource_instances_item_data in _entity_resource_instances:
                entity_resource_instances_item = ObjectOfModelResourceInstance.from_dict(
                    entity_resource_instances_item_data
                )

                entity_resource_instances.append(entity_resource_instances_item)

        _model = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            deleted_at=deleted_at,
            event_status=event_status,
            event_datetime=event_datetime,
            event_entity_type=event_entity_type,
            event_entity_id=event_entity_id,
            is_entity_master_changed=is_entity_master_changed,
            is_entity_datetime_changed=is_entity_datetime_changed,
            is_entity_duration_changed=is_entity_duration_changed,
            is_entity_labels_changed=is_entity_labels_changed,
            is_entity_resource_instances_changed=is_entity_resource_instances_changed,
            entity_master=entity_master,
            entity_datetime=entity_datetime,
            entity_duration=entity_duration,
            entity_labels=entity_labels,
            entity_resource_instances=entity_resource_instances,
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
