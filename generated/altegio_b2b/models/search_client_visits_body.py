from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..models.search_client_visits_body_attendance import SearchClientVisitsBodyAttendance
from ..models.search_client_visits_body_payment_statuses_item import SearchClientVisitsBodyPaymentStatusesItem
from ..types import UNSET

T = TypeVar("T", bound="SearchClientVisitsBody")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "client_id",
        "client_phone",
        "from",
        "to",
        "payment_statuses",
        "attendance",
    }
)
_EXTRA = _fields.ANY
_KIND_from_ = _fields.OneOf(
    _fields.DATE,
    _fields.NULL,
)
_KIND_to = _fields.OneOf(
    _fields.DATE,
    _fields.NULL,
)
_KIND_payment_statuses = _fields.ListOf(_fields.EnumOf("SearchClientVisitsBodyPaymentStatusesItem", _fields.STRING))
_KIND_attendance = _fields.EnumOf("SearchClientVisitsBodyAttendance", _fields.INTEGER)


@_attrs_define
class SearchClientVisitsBody:
    """
    Attributes:
        client_id (int | None): Client ID. Example: 123.
        client_phone (None | str): Customer phone number. Example: 13155550184.
        from_ (datetime.date | None): Period start date. Example: 2022-01-31.
        to (datetime.date | None): Period end date. Example: 2022-02-01.
        payment_statuses (list[SearchClientVisitsBodyPaymentStatusesItem]): Visit payment status:
              `not_paid` - the visit is not paid, no payments were made for the visit;
              `paid_not_full` - the visit is partially paid;
              `paid_full` - the visit is paid in full, there is no overpayment;
              `paid_over` - there is an overpayment for the visit.
            If the filter by payment status is not required, then an empty array `[]` must be passed.
        attendance (SearchClientVisitsBodyAttendance): Visit status:
              `-1`: - the client did not come;
              `0`: - waiting for the client;
              `1`: - the client has arrived;
              `2`: - the client has confirmed the appointment.
    """

    client_id: int | None
    client_phone: None | str
    from_: datetime.date | None
    to: datetime.date | None
    payment_statuses: list[SearchClientVisitsBodyPaymentStatusesItem]
    attendance: SearchClientVisitsBodyAttendance
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        client_id = self.client_id
        if type(client_id) is not int and client_id is not None:
            client_id = _fields.write_integer(client_id, "client_id")
        field_dict["client_id"] = client_id

        client_phone = self.client_phone
        if type(client_phone) is not str and client_phone is not None:
            client_phone = _fields.write_string(client_phone, "client_phone")
        field_dict["client_phone"] = client_phone

        from_ = self.from_
        field_dict["from"] = _KIND_from_.write_field(from_, "from_")

        to = self.to
        field_dict["to"] = _KIND_to.write_field(to, "to")

        payment_statuses = self.payment_statuses
        field_dict["payment_statuses"] = _KIND_payment_statuses.write_field(payment_statuses, "payment_statuses")

        attendance = self.attendance
        field_dict["attendance"] = _KIND_attendance.write_field(attendance, "attendance")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        client_id = _get("client_id", UNSET)
        if type(client_id) is not int and client_id is not None:
            client_id = _fields.read_integer(client_id, "client_id")

        client_phone = _get("client_phone", UNSET)
        if type(client_phone) is not str and client_phone is not None:
            client_phone = _fields.read_string(client_phone, "client_phone")

        from_ = _get("from", UNSET)
        if from_ is not None:
            try:
                from_ = _fields.date_fromisoformat(from_)
            except (TypeError, ValueError):
                from_ = _fields.read_date(from_, "from")

        to = _get("to", UNSET)
        if to is not None:
            try:
                to = _fields.date_fromisoformat(to)
            except (TypeError, ValueError):
                to = _fields.read_date(to, "to")

        payment_statuses = _get("payment_statuses", UNSET)
        payment_statuses = _KIND_payment_statuses.read_field(payment_statuses, "payment_statuses")

        attendance = _get("attendance", UNSET)
        attendance = _KIND_attendance.read_field(attendance, "attendance")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.client_id = client_id
        _model.client_phone = client_phone
        _model.from_ = from_
        _model.to = to
        _model.payment_statuses = payment_statuses
        _model.attendance = attendance
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not SearchClientVisitsBody:
            _fields.init_added_fields(_model, SearchClientVisitsBody)
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
