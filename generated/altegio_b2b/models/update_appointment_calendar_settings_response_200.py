from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateAppointmentCalendarSettingsResponse200")


@_attrs_define
class UpdateAppointmentCalendarSettingsResponse200:
    """
    Example:
        {'record_type': 0, 'activity_record_clients_count_max': 1, 'is_show_newsletter_agreement': False,
            'is_show_personal_data_processing_agreement': False}

    Attributes:
        record_type (int | Unset): Default appointment type: 0 - Mixed appointment, 1 - Individual appointment, 2 -
            Group event
        activity_record_clients_count_max (int | Unset): Maximum number of seats in one group event
        is_show_newsletter_agreement (bool | Unset): Show newsletter subscription agreement checkbox in booking form
        is_show_personal_data_processing_agreement (bool | Unset): Show personal data processing agreement checkbox in
            booking form
    """

    record_type: int | Unset = UNSET
    activity_record_clients_count_max: int | Unset = UNSET
    is_show_newsletter_agreement: bool | Unset = UNSET
    is_show_personal_data_processing_agreement: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        record_type = self.record_type

        activity_record_clients_count_max = self.activity_record_clients_count_max

        is_show_newsletter_agreement = self.is_show_newsletter_agreement

        is_show_personal_data_processing_agreement = self.is_show_personal_data_processing_agreement

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if record_type is not UNSET:
            field_dict["record_type"] = record_type
        if activity_record_clients_count_max is not UNSET:
            field_dict["activity_record_clients_count_max"] = activity_record_clients_count_max
        if is_show_newsletter_agreement is not UNSET:
            field_dict["is_show_newsletter_agreement"] = is_show_newsletter_agreement
        if is_show_personal_data_processing_agreement is not UNSET:
            field_dict["is_show_personal_data_processing_agreement"] = is_show_personal_data_processing_agreement

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        record_type = d.pop("record_type", UNSET)

        activity_record_clients_count_max = d.pop("activity_record_clients_count_max", UNSET)

        is_show_newsletter_agreement = d.pop("is_show_newsletter_agreement", UNSET)

        is_show_personal_data_processing_agreement = d.pop("is_show_personal_data_processing_agreement", UNSET)

        _model = cls(
            record_type=record_type,
            activity_record_clients_count_max=activity_record_clients_count_max,
            is_show_newsletter_agreement=is_show_newsletter_agreement,
            is_show_personal_data_processing_agreement=is_show_personal_data_processing_agreement,
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
