from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetOnlineBookingSettingsResponse200")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "confirm_number",
        "any_master",
        "seance_delay_step",
        "activity_online_record_clients_count_max",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class GetOnlineBookingSettingsResponse200:
    """Online booking settings for a location

    Example:
        {'confirm_number': False, 'any_master': True, 'seance_delay_step': 90,
            'activity_online_record_clients_count_max': 1}

    Attributes:
        confirm_number (bool | Unset): Confirm customer number via SMS
        any_master (bool | Unset): "Any team member" mode
        seance_delay_step (int | Unset): Delay to the next session, in minutes from 0 to 23 hours (inclusive) in
            increments of 30 minutes
        activity_online_record_clients_count_max (int | Unset): Maximum number of seats in one group event
    """

    confirm_number: bool | Unset = UNSET
    any_master: bool | Unset = UNSET
    seance_delay_step: int | Unset = UNSET
    activity_online_record_clients_count_max: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        confirm_number = self.confirm_number
        if type(confirm_number) is not bool and confirm_number is not UNSET:
            confirm_number = _fields.write_boolean(confirm_number, "confirm_number")
        if confirm_number is not UNSET:
            field_dict["confirm_number"] = confirm_number

        any_master = self.any_master
        if type(any_master) is not bool and any_master is not UNSET:
            any_master = _fields.write_boolean(any_master, "any_master")
        if any_master is not UNSET:
            field_dict["any_master"] = any_master

        seance_delay_step = self.seance_delay_step
        if type(seance_delay_step) is not int and seance_delay_step is not UNSET:
            seance_delay_step = _fields.write_integer(seance_delay_step, "seance_delay_step")
        if seance_delay_step is not UNSET:
            field_dict["seance_delay_step"] = seance_delay_step

        activity_online_record_clients_count_max = self.activity_online_record_clients_count_max
        if (
            type(activity_online_record_clients_count_max) is not int
            and activity_online_record_clients_count_max is not UNSET
        ):
            activity_online_record_clients_count_max = _fields.write_integer(
                activity_online_record_clients_count_max, "activity_online_record_clients_count_max"
            )
        if activity_online_record_clients_count_max is not UNSET:
            field_dict["activity_online_record_clients_count_max"] = activity_online_record_clients_count_max

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        confirm_number = _get("confirm_number", UNSET)
        if type(confirm_number) is not bool and confirm_number is not UNSET:
            confirm_number = _fields.read_boolean(confirm_number, "confirm_number")

        any_master = _get("any_master", UNSET)
        if type(any_master) is not bool and any_master is not UNSET:
            any_master = _fields.read_boolean(any_master, "any_master")

        seance_delay_step = _get("seance_delay_step", UNSET)
        if type(seance_delay_step) is not int and seance_delay_step is not UNSET:
            seance_delay_step = _fields.read_integer(seance_delay_step, "seance_delay_step")

        activity_online_record_clients_count_max = _get("activity_online_record_clients_count_max", UNSET)
        if (
            type(activity_online_record_clients_count_max) is not int
            and activity_online_record_clients_count_max is not UNSET
        ):
            activity_online_record_clients_count_max = _fields.read_integer(
                activity_online_record_clients_count_max, "activity_online_record_clients_count_max"
            )

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.confirm_number = confirm_number
        _model.any_master = any_master
        _model.seance_delay_step = seance_delay_step
        _model.activity_online_record_clients_count_max = activity_online_record_clients_count_max
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetOnlineBookingSettingsResponse200:
            _fields.init_added_fields(_model, GetOnlineBookingSettingsResponse200)
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
