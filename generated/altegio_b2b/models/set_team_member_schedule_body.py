from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.set_team_member_schedule_body_schedules_to_delete_item import (
        SetTeamMemberScheduleBodySchedulesToDeleteItem,
    )
    from ..models.set_team_member_schedule_body_schedules_to_set_item import SetTeamMemberScheduleBodySchedulesToSetItem


T = TypeVar("T", bound="SetTeamMemberScheduleBody")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "schedules_to_set",
        "schedules_to_delete",
    }
)
_EXTRA = _fields.ANY
_KIND_schedules_to_set = _fields.ListOf(_fields.Model("SetTeamMemberScheduleBodySchedulesToSetItem"))
_KIND_schedules_to_delete = _fields.ListOf(_fields.Model("SetTeamMemberScheduleBodySchedulesToDeleteItem"))


@_attrs_define
class SetTeamMemberScheduleBody:
    """
    Attributes:
        schedules_to_set (list[SetTeamMemberScheduleBodySchedulesToSetItem] | Unset): Schedules to create or update
        schedules_to_delete (list[SetTeamMemberScheduleBodySchedulesToDeleteItem] | Unset): Schedules to delete (make
            non-working days)
    """

    schedules_to_set: list[SetTeamMemberScheduleBodySchedulesToSetItem] | Unset = UNSET
    schedules_to_delete: list[SetTeamMemberScheduleBodySchedulesToDeleteItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        schedules_to_set = self.schedules_to_set
        if schedules_to_set is not UNSET:
            field_dict["schedules_to_set"] = _KIND_schedules_to_set.write_field(schedules_to_set, "schedules_to_set")

        schedules_to_delete = self.schedules_to_delete
        if schedules_to_delete is not UNSET:
            field_dict["schedules_to_delete"] = _KIND_schedules_to_delete.write_field(
                schedules_to_delete, "schedules_to_delete"
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        schedules_to_set = _get("schedules_to_set", UNSET)
        if schedules_to_set is not UNSET:
            schedules_to_set = _KIND_schedules_to_set.read_field(schedules_to_set, "schedules_to_set")

        schedules_to_delete = _get("schedules_to_delete", UNSET)
        if schedules_to_delete is not UNSET:
            schedules_to_delete = _KIND_schedules_to_delete.read_field(schedules_to_delete, "schedules_to_delete")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.schedules_to_set = schedules_to_set
        _model.schedules_to_delete = schedules_to_delete
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not SetTeamMemberScheduleBody:
            _fields.init_added_fields(_model, SetTeamMemberScheduleBody)
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
