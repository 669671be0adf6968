from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import timestamps as _timestamps
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_dates_available_for_booking_response_200_booking_days_type_0 import (
        GetDatesAvailableForBookingResponse200BookingDaysType0,
    )
    from ..models.get_dates_available_for_booking_response_200_working_days_type_0 import (
        GetDatesAvailableForBookingResponse200WorkingDaysType0,
    )


T = TypeVar("T", bound="GetDatesAvailableForBookingResponse200")


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
        from ..models.get_dates_available_for_booking_response_200_booking_days_type_0 import (
            GetDatesAvailableForBookingResponse200BookingDaysType0,  # noqa: PLC0415
        )
        from ..models.get_dates_available_for_booking_response_200_working_days_type_0 import (
            GetDatesAvailableForBookingResponse200WorkingDaysType0,  # noqa: PLC0415
        )

        booking_days: dict[str, Any] | list[Any] | Unset
        if isinstance(self.booking_days, Unset):
            booking_days = UNSET
        elif isinstance(self.booking_days, GetDatesAvailableForBookingResponse200BookingDaysType0):
            booking_days = self.booking_days.to_dict()
        else:
            booking_days = self.booking_days

        booking_dates: list[str] | Unset = UNSET
        if not isinstance(self.booking_dates, Unset):
            booking_dates = []
            for booking_dates_item_data in self.booking_dates:
                booking_dates_item = booking_dates_item_data.isoformat()
                booking_dates.append(booking_dates_item)

        working_days: dict[str, Any] | list[Any] | Unset
        if isinstance(self.working_days, Unset):
            working_days = UNSET
        elif isinstance(self.working_days, GetDatesAvailableForBookingResponse200WorkingDaysType0):
            working_days = self.working_days.to_dict()
        else:
            working_days = self.working_days

        working_dates: list[str] | Unset = UNSET
        if not isinstance(self.working_dates, Unset):
            working_dates = []
            for working_dates_item_data in self.working_dates:
                working_dates_item = working_dates_item_data.isoformat()
                working_dates.append(working_dates_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if booking_days is not UNSET:
            field_dict["booking_days"] = booking_days
        if booking_dates is not UNSET:
            field_dict["booking_dates"] = booking_dates
        if working_days is not UNSET:
            field_dict["working_days"] = working_days
        if working_dates is not UNSET:
            field_dict["working_dates"] = working_dates

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_dates_available_for_booking_response_200_booking_days_type_0 import (
            GetDatesAvailableForBookingResponse200BookingDaysType0,  # noqa: PLC0415
        )
        from ..models.get_dates_available_for_booking_response_200_working_days_type_0 import (
            GetDatesAvailableForBookingResponse200WorkingDaysType0,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_booking_days(
            data: object,
        ) -> GetDatesAvailableForBookingResponse200BookingDaysType0 | list[Any] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                booking_days_type_0 = GetDatesAvailableForBookingResponse200BookingDaysType0.from_dict(data)

                return booking_days_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            booking_days_type_1 = cast(list[Any], data)

            return booking_days_type_1

        booking_days = _parse_booking_days(d.pop("booking_days", UNSET))

        _booking_dates = d.pop("booking_dates", UNSET)
        booking_dates: list[datetime.date] | Unset = UNSET
        if _booking_dates is not UNSET:
            booking_dates = []
            for booking_dates_item_data in _booking_dates:
                booking_dates_item = _timestamps.parse_date(booking_dates_item_data)

                booking_dates.append(booking_dates_item)

        def _parse_working_days(
            data: object,
        ) -> GetDatesAvailableForBookingResponse200WorkingDaysType0 | list[Any] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                working_days_type_0 = GetDatesAvailableForBookingResponse200WorkingDaysType0.from_dict(data)

                return working_days_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            working_days_type_1 = cast(list[Any], data)

            return working_days_type_1

        working_days = _parse_working_days(d.pop("working_days", UNSET))

        _working_dates = d.pop("working_dates", UNSET)
        working_dates: list[datetime.date] | Unset = UNSET
        if _working_dates is not UNSET:
            working_dates = []
            for working_dates_item_data in _working_dates:
                working_dates_item = _timestamps.parse_date(working_dates_item_data)

                working_dates.append(working_dates_item)

        _model = cls(
            booking_days=booking_days,
            booking_dates=booking_dates,
            working_days=working_days,
            working_dates=working_dates,
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
