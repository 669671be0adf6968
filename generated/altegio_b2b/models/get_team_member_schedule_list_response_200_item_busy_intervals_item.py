from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..models.get_team_member_schedule_list_response_200_item_busy_intervals_item_entity_type import (
    GetTeamMemberScheduleListResponse200ItemBusyIntervalsItemEntityType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetTeamMemberScheduleListResponse200ItemBusyIntervalsItem")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "entity_type",
        "entity_id",
        "from",
        "to",
    }
)
_EXTRA = _fields.ANY
_KIND_entity_type = _fields.EnumOf(
    "GetTeamMemberScheduleListResponse200ItemBusyIntervalsItemEntityType", _fields.STRING
)


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
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        entity_type = self.entity_type
        if entity_type is not UNSET:
            field_dict["entity_type"] = _KIND_entity_type.write_field(entity_type, "entity_type")

        entity_id = self.entity_id
        if type(entity_id) is not int and entity_id is not UNSET:
            entity_id = _fields.write_integer(entity_id, "entity_id")
        if entity_id is not UNSET:
            field_dict["entity_id"] = entity_id

        from_ = self.from_
        if type(from_) is not str and from_ is not UNSET:
            from_ = _fields.write_string(from_, "from_")
        if from_ is not UNSET:
            field_dict["from"] = from_

        to = self.to
        if type(to) is not str and to is not UNSET:
            to = _fields.write_string(to, "to")
        if to is not UNSET:
            field_dict["to"] = to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        entity_type = _get("entity_type", UNSET)
        if entity_type is not UNSET:
            entity_type = _KIND_entity_type.read_field(entity_type, "entity_type")

        entity_id = _get("entity_id", UNSET)
        if type(entity_id) is not int and entity_id is not UNSET:
            entity_id = _fields.read_integer(entity_id, "entity_id")

        from_ = _get("from", UNSET)
        if type(from_) is not str and from_ is not UNSET:
            from_ = _fields.read_string(from_, "from")

        to = _get("to", UNSET)
        if type(to) is not str and to is not UNSET:
            to = _fields.read_string(to, "to")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.entity_type = entity_type
        _model.entity_id = entity_id
        _model.from_ = from_
        _model.to = to
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetTeamMemberScheduleListResponse200ItemBusyIntervalsItem:
            _fields.init_added_fields(_model, GetTeamMemberScheduleListResponse200ItemBusyIntervalsItem)
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
