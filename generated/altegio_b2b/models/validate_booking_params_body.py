from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.validate_booking_params_body_appointments_item import ValidateBookingParamsBodyAppointmentsItem


T = TypeVar("T", bound="ValidateBookingParamsBody")


@_attrs_define
class ValidateBookingParamsBody:
    """Check appointment options

    Example:
        {'appointments': [{'id': 1, 'services': [331], 'staff_id': 6544, 'datetime': '2026-09-21T23:00:00.000-05:00'},
            {'id': 2, 'services': [99055], 'staff_id': 6544, 'datetime': '2026-09-21T23:00:00.000-05:00'}]}

    Attributes:
        appointments (list[ValidateBookingParamsBodyAppointmentsItem]): appointment options (services, team members...)
    """

    appointments: list[ValidateBookingParamsBodyAppointmentsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        appointments = []
        for appointments_item_data in self.appointments:
            appointments_item = appointments_item_data.to_dict()
            appointments.append(appointments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appointments": appointments,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.validate_booking_params_body_appointments_item import ValidateBookingParamsBodyAppointmentsItem  # noqa: PLC0415

        d = dict(src_dict)
        appointments = []
        _appointments = d.pop("appointments")
        for appointments_item_data in _appointments:
            appointments_item = ValidateBookingParamsBodyAppointmentsItem.from_dict(appointments_item_data)

            appointments.append(appointments_item)

        _model = cls(
            appointments=appointments,
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
