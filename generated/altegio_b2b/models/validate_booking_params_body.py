from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.validate_booking_params_body_appointments_item import ValidateBookingParamsBodyAppointmentsItem


T = TypeVar("T", bound="ValidateBookingParamsBody")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "appointments",
    }
)
_EXTRA = _fields.ANY
_KIND_appointments = _fields.ListOf(_fields.Model("ValidateBookingParamsBodyAppointmentsItem"))


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
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        appointments = self.appointments
        field_dict["appointments"] = _KIND_appointments.write_field(appointments, "appointments")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        appointments = _get("appointments", UNSET)
        appointments = _KIND_appointments.read_field(appointments, "appointments")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.appointments = appointments
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not ValidateBookingParamsBody:
            _fields.init_added_fields(_model, ValidateBookingParamsBody)
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
