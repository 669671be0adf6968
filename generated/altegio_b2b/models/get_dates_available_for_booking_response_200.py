from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_dates_available_for_booking_response_200_booking_days_type_0 import (
        GetDatesAvailableForBookingResponse200BookingDaysType0,
    )
    from ..models.get_dates_available_for_booking_response_200_working_days_type_0 import (
        GetDatesAvailableForBookingResponse200WorkingDaysType0,
    )


T = TypeVar("T", bound="GetDatesAvailableForBookingResponse200")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "booking_days",
        "booking_dates",
        "working_days",
        "working_dates",
    }
)
_EXTRA = _fields.ANY
_KIND_booking_days = _fields.OneOf(
    _fields.Model("GetDatesAvailableForBookingResponse200BookingDaysType0"),
    _fields.ListOf(_fields.ANY),
)
_KIND_booking_dates = _fields.ListOf(_fields.DATE)
_KIND_working_days = _fields.OneOf(
    _fields.Model("GetDatesAvailableForBookingResponse200WorkingDaysType0"),
    _fields.ListOf(_fields.ANY),
)
_KIND_working_dates = _fields.ListOf(_fields.DATE)


@_attrs_define
class GetDatesAvailableForBookingResponse200:
    """Data (object)

    Attributes:
        booking_days (GetDatesAvailableForBookingResponse200BookingDaysType0 | list[Any] | Unset): Object with month
            numbers as keys and arrays of available days as values (empty array when no data)
        booking_dates (list[datetime.date] | Unset): An array of dates when there are free sessions for the service to
            the selected team member/organization
        working_days (GetDatesAvailableForBookingResponse200WorkingDaysType0 | list[Any] | Unset): Object with month
            numbers as keys and arrays of working days as values (empty array when no data)
        working_dates (list[datetime.date] | Unset): An array of dates when the team member/organization works
    """

    booking_days: GetDatesAvailableForBookingResponse200BookingDaysType0 | list[Any] | Unset = UNSET
    booking_dates: list[datetime.date] | Unset = UNSET
    working_days: GetDatesAvailableForBookingResponse200WorkingDaysType0 | list[Any] | Unset = UNSET
    working_dates: list[datetime.date] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        booking_days = self.booking_days
        if booking_days is not UNSET:
            field_dict["booking_days"] = _KIND_booking_days.write_field(booking_days, "booking_days")

        booking_dates = self.booking_dates
        if booking_dates is not UNSET:
            field_dict["booking_dates"] = _KIND_booking_dates.write_field(booking_dates, "booking_dates")

        working_days = self.working_days
        if working_days is not UNSET:
            field_dict["working_days"] = _KIND_working_days.write_field(working_days, "working_days")

        working_dates = self.working_dates
        if working_dates is not UNSET:
            field_dict["working_dates"] = _KIND_working_dates.write_field(working_dates, "working_dates")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        booking_days = _get("booking_days", UNSET)
        if booking_days is not UNSET:
            booking_days = _KIND_booking_days.read_field(booking_days, "booking_days")

        booking_dates = _get("booking_dates", UNSET)
        if booking_dates is not UNSET:
            booking_dates = _KIND_booking_dates.read_field(booking_dates, "booking_dates")

        working_days = _get("working_days", UNSET)
        if working_days is not UNSET:
            working_days = _KIND_working_days.read_field(working_days, "working_days")

        working_dates = _get("working_dates", UNSET)
        if working_dates is not UNSET:
            working_dates = _KIND_working_dates.read_field(working_dates, "working_dates")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.booking_days = booking_days
        _model.booking_dates = booking_dates
        _model.working_days = working_days
        _model.working_dates = working_dates
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetDatesAvailableForBookingResponse200:
            _fields.init_added_fields(_model, GetDatesAvailableForBookingResponse200)
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
