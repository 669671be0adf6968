from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._runtime import fields as _fields
from .._runtime.errors import FieldError as _FieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_online_booking_body_appointments_item_custom_fields import (
        CreateOnlineBookingBodyAppointmentsItemCustomFields,
    )


T = TypeVar("T", bound="CreateOnlineBookingBodyAppointmentsItem")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "services",
        "staff_id",
        "datetime",
        "custom_fields",
    }
)
_EXTRA = _fields.ANY
_KIND_services = _fields.ListOf(_fields.NUMBER)


@_attrs_define
class CreateOnlineBookingBodyAppointmentsItem:
    """
    Attributes:
        id (int | Unset): Appointment ID by which its hash will be returned in response
        services (list[float] | Unset): List of service IDs to write
        staff_id (int | Unset): team member ID
        datetime_ (datetime.datetime | Unset): 10-01T17:00:00Z\\' (required, string) - Session date and time
        custom_fields (CreateOnlineBookingBodyAppointmentsItemCustomFields | Unset): Additional appointment fields
    """

    id: int | Unset = UNSET
    services: list[float] | Unset = UNSET
    staff_id: int | Unset = UNSET
    datetime_: datetime.datetime | Unset = UNSET
    custom_fields: CreateOnlineBookingBodyAppointmentsItemCustomFields | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        id = self.id
        if type(id) is not int and id is not UNSET:
            id = _fields.write_integer(id, "id")
        if id is not UNSET:
            field_dict["id"] = id

        services = self.services
        if services is not UNSET:
            field_dict["services"] = _KIND_services.write_field(services, "services")

        staff_id = self.staff_id
        if type(staff_id) is not int and staff_id is not UNSET:
            staff_id = _fields.write_integer(staff_id, "staff_id")
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id

        datetime_ = self.datetime_
        if datetime_ is not UNSET:
            field_dict["datetime"] = _fields.write_datetime(datetime_, "datetime_")

        custom_fields = self.custom_fields
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = _fields.write_model(
                custom_fields, _models.CreateOnlineBookingBodyAppointmentsItemCustomFields, "custom_fields"
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _fields.read_integer(id, "id")

        services = _get("services", UNSET)
        if services is not UNSET:
            services = _KIND_services.read_field(services, "services")

        staff_id = _get("staff_id", UNSET)
        if type(staff_id) is not int and staff_id is not UNSET:
            staff_id = _fields.read_integer(staff_id, "staff_id")

        datetime_ = _get("datetime", UNSET)
        if datetime_ is not UNSET:
            try:
                datetime_ = _fields.datetime_fromisoformat(datetime_)
            except (TypeError, ValueError):
                datetime_ = _fields.read_datetime(datetime_, "datetime")

        custom_fields = _get("custom_fields", UNSET)
        if custom_fields is not UNSET:
            try:
                custom_fields = _models.CreateOnlineBookingBodyAppointmentsItemCustomFields.from_dict(custom_fields)
            except _FieldError as _error:
                raise _error.within("custom_fields")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.services = services
        _model.staff_id = staff_id
        _model.datetime_ = datetime_
        _model.custom_fields = custom_fields
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not CreateOnlineBookingBodyAppointmentsItem:
            _fields.init_added_fields(_model, CreateOnlineBookingBodyAppointmentsItem)
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
