from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="CheckMembershipsForEventResponse200DataAttributes")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "last_booking_date",
        "available_visits",
        "can_book_all_days",
        "bookable_day_ids",
    }
)
_EXTRA = _fields.ANY
_KIND_bookable_day_ids = _fields.ListOf(_fields.INTEGER)


@_attrs_define
class CheckMembershipsForEventResponse200DataAttributes:
    """
    Attributes:
        last_booking_date (datetime.datetime | Unset): Last possible appointment date (based on membership expiration)
            Example: 2026-03-31T23:59:59+00:00.
        available_visits (int | Unset): Number of visits available in membership Example: 10.
        can_book_all_days (bool | Unset): Whether membership can cover all requested schedule days Example: True.
        bookable_day_ids (list[int] | Unset): Schedule day IDs that can be booked Example: [1, 2, 3, 4, 5].
    """

    last_booking_date: datetime.datetime | Unset = UNSET
    available_visits: int | Unset = UNSET
    can_book_all_days: bool | Unset = UNSET
    bookable_day_ids: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        last_booking_date = self.last_booking_date
        if last_booking_date is not UNSET:
            field_dict["last_booking_date"] = _fields.write_datetime(last_booking_date, "last_booking_date")

        available_visits = self.available_visits
        if type(available_visits) is not int and available_visits is not UNSET:
            available_visits = _fields.write_integer(available_visits, "available_visits")
        if available_visits is not UNSET:
            field_dict["available_visits"] = available_visits

        can_book_all_days = self.can_book_all_days
        if type(can_book_all_days) is not bool and can_book_all_days is not UNSET:
            can_book_all_days = _fields.write_boolean(can_book_all_days, "can_book_all_days")
        if can_book_all_days is not UNSET:
            field_dict["can_book_all_days"] = can_book_all_days

        bookable_day_ids = self.bookable_day_ids
        if bookable_day_ids is not UNSET:
            field_dict["bookable_day_ids"] = _KIND_bookable_day_ids.write_field(bookable_day_ids, "bookable_day_ids")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        last_booking_date = _get("last_booking_date", UNSET)
        if last_booking_date is not UNSET:
            try:
                last_booking_date = _fields.datetime_fromisoformat(last_booking_date)
            except (TypeError, ValueError):
                last_booking_date = _fields.read_datetime(last_booking_date, "last_booking_date")

        available_visits = _get("available_visits", UNSET)
        if type(available_visits) is not int and available_visits is not UNSET:
            available_visits = _fields.read_integer(available_visits, "available_visits")

        can_book_all_days = _get("can_book_all_days", UNSET)
        if type(can_book_all_days) is not bool and can_book_all_days is not UNSET:
            can_book_all_days = _fields.read_boolean(can_book_all_days, "can_book_all_days")

        bookable_day_ids = _get("bookable_day_ids", UNSET)
        if bookable_day_ids is not UNSET:
            bookable_day_ids = _KIND_bookable_day_ids.read_field(bookable_day_ids, "bookable_day_ids")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.last_booking_date = last_booking_date
        _model.available_visits = available_visits
        _model.can_book_all_days = can_book_all_days
        _model.bookable_day_ids = bookable_day_ids
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not CheckMembershipsForEventResponse200DataAttributes:
            _fields.init_added_fields(_model, CheckMembershipsForEventResponse200DataAttributes)
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
