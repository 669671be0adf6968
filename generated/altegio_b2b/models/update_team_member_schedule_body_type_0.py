from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._runtime import fields as _fields
from .._runtime.errors import FieldError as _FieldError
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.update_team_member_schedule_body_type_0_slots import UpdateTeamMemberScheduleBodyType0Slots


T = TypeVar("T", bound="UpdateTeamMemberScheduleBodyType0")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "date",
        "is_working",
        "slots",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class UpdateTeamMemberScheduleBodyType0:
    """
    Example:
        [{'date': '2026-09-21T23:00:00.000-05:00', 'is_working': True, 'slots': [{'from': '10:00', 'to': '14:30'},
            {'from': '15:00', 'to': '22:00'}]}, {'date': '2026-09-21T23:00:00.000-05:00', 'is_working': True, 'slots':
            [{'from': '10:00', 'to': '14:00'}, {'from': '15:00', 'to': '23:15'}]}]

    Attributes:
        date (str): date
        is_working (bool): Working date or not
        slots (UpdateTeamMemberScheduleBodyType0Slots): Array of (from, to) working hours
    """

    date: str
    is_working: bool
    slots: UpdateTeamMemberScheduleBodyType0Slots
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        date = self.date
        if type(date) is not str:
            date = _fields.write_string(date, "date")
        field_dict["date"] = date

        is_working = self.is_working
        if type(is_working) is not bool:
            is_working = _fields.write_boolean(is_working, "is_working")
        field_dict["is_working"] = is_working

        slots = self.slots
        field_dict["slots"] = _fields.write_model(slots, _models.UpdateTeamMemberScheduleBodyType0Slots, "slots")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        date = _get("date", UNSET)
        if type(date) is not str:
            date = _fields.read_string(date, "date")

        is_working = _get("is_working", UNSET)
        if type(is_working) is not bool:
            is_working = _fields.read_boolean(is_working, "is_working")

        slots = _get("slots", UNSET)
        try:
            slots = _models.UpdateTeamMemberScheduleBodyType0Slots.from_dict(slots)
        except _FieldError as _error:
            raise _error.within("slots")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.date = date
        _model.is_working = is_working
        _model.slots = slots
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not UpdateTeamMemberScheduleBodyType0:
            _fields.init_added_fields(_model, UpdateTeamMemberScheduleBodyType0)
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
