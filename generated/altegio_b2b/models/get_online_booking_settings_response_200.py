from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetOnlineBookingSettingsResponse200")


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
        confirm_number = self.confirm_number

        any_master = self.any_master

        seance_delay_step = self.seance_delay_step

        activity_online_record_clients_count_max = self.activity_online_record_clients_count_max

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if confirm_number is not UNSET:
            field_dict["confirm_number"] = confirm_number
        if any_master is not UNSET:
            field_dict["any_master"] = any_master
        if seance_delay_step is not UNSET:
            field_dict["seance_delay_step"] = seance_delay_step
        if activity_online_record_clients_count_max is not UNSET:
            field_dict["activity_online_record_clients_count_max"] = activity_online_record_clients_count_max

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        confirm_number = d.pop("confirm_number", UNSET)

        any_master = d.pop("any_master", UNSET)

        seance_delay_step = d.pop("seance_delay_step", UNSET)

        activity_online_record_clients_count_max = d.pop("activity_online_record_clients_count_max", UNSET)

        _model = cls(
            confirm_number=confirm_number,
            any_master=any_master,
            seance_delay_step=seance_delay_step,
            activity_online_record_clients_count_max=activity_online_record_clients_count_max,
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
