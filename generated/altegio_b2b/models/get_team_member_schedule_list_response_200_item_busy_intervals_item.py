from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_team_member_schedule_list_response_200_item_busy_intervals_item_entity_type import (
    GetTeamMemberScheduleListResponse200ItemBusyIntervalsItemEntityType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetTeamMemberScheduleListResponse200ItemBusyIntervalsItem")


@_attrs_define
class GetTeamMemberScheduleListResponse200ItemBusyIntervalsItem:
    """
    Attributes:
        entity_type (GetTeamMemberScheduleListResponse200ItemBusyIntervalsItemEntityType | Unset): Entity type occupying
            the interval Example: record.
        entity_id (int | Unset): Entity ID (appointment or event ID) Example: 456789.
        from_ (str | Unset): Interval start time (HH:mm:ss) Example: 11:00:00.
        to (str | Unset): Interval end time (HH:mm:ss) Example: 12:00:00.
    """

    entity_type: GetTeamMemberScheduleListResponse200ItemBusyIntervalsItemEntityType | Unset = UNSET
    entity_id: int | Unset = UNSET
    from_: str | Unset = UNSET
    to: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity_type: str | Unset = UNSET
        if not isinstance(self.entity_type, Unset):
            entity_type = self.entity_type.value

        entity_id = self.entity_id

        from_ = self.from_

        to = self.to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if entity_type is not UNSET:
            field_dict["entity_type"] = entity_type
        if entity_id is not UNSET:
            field_dict["entity_id"] = entity_id
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _entity_type = d.pop("entity_type", UNSET)
        entity_type: GetTeamMemberScheduleListResponse200ItemBusyIntervalsItemEntityType | Unset
        if isinstance(_entity_type, Unset):
            entity_type = UNSET
        else:
            entity_type = GetTeamMemberScheduleListResponse200ItemBusyIntervalsItemEntityType(_entity_type)

        entity_id = d.pop("entity_id", UNSET)

        from_ = d.pop("from", UNSET)

        to = d.pop("to", UNSET)

        _model = cls(
            entity_type=entity_type,
            entity_id=entity_id,
            from_=from_,
            to=to,
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
