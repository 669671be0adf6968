from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import timestamps as _timestamps
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_online_booking_body_appointments_item_custom_fields import (
        CreateOnlineBookingBodyAppointmentsItemCustomFields,
    )


T = TypeVar("T", bound="CreateOnlineBookingBodyAppointmentsItem")


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
        id = self.id

        services: list[float] | Unset = UNSET
        if not isinstance(self.services, Unset):
            services = self.services

        staff_id = self.staff_id

        datetime_: str | Unset = UNSET
        if not isinstance(self.datetime_, Unset):
            datetime_ = self.datetime_.isoformat()

        custom_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = self.custom_fields.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if services is not UNSET:
            field_dict["services"] = services
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id
        if datetime_ is not UNSET:
            field_dict["datetime"] = datetime_
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_online_booking_body_appointments_item_custom_fields import (
            CreateOnlineBookingBodyAppointmentsItemCustomFields,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        services = cast(list[float], d.pop("services", UNSET))

        staff_id = d.pop("staff_id", UNSET)

        _datetime_ = d.pop("datetime", UNSET)
        datetime_: datetime.datetime | Unset
        if isinstance(_datetime_, Unset):
            datetime_ = UNSET
        else:
            datetime_ = _timestamps.parse_datetime(_datetime_)

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: CreateOnlineBookingBodyAppointmentsItemCustomFields | Unset
        if isinstance(_custom_fields, Unset):
            custom_fields = UNSET
        else:
            custom_fields = CreateOnlineBookingBodyAppointmentsItemCustomFields.from_dict(_custom_fields)

        _model = cls(
            id=id,
            services=services,
            staff_id=staff_id,
            datetime_=datetime_,
            custom_fields=custom_fields,
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
