from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_services_available_for_booking_response_200_category_item import (
        GetServicesAvailableForBookingResponse200CategoryItem,
    )
    from ..models.get_services_available_for_booking_response_200_events_item import (
        GetServicesAvailableForBookingResponse200EventsItem,
    )
    from ..models.get_services_available_for_booking_response_200_services_item import (
        GetServicesAvailableForBookingResponse200ServicesItem,
    )


T = TypeVar("T", bound="GetServicesAvailableForBookingResponse200")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "events",
        "services",
        "category",
    }
)
_EXTRA = _fields.ANY
_KIND_events = _fields.ListOf(_fields.Model("GetServicesAvailableForBookingResponse200EventsItem"))
_KIND_services = _fields.ListOf(_fields.Model("GetServicesAvailableForBookingResponse200ServicesItem"))
_KIND_category = _fields.ListOf(_fields.Model("GetServicesAvailableForBookingResponse200CategoryItem"))


@_attrs_define
class GetServicesAvailableForBookingResponse200:
    """Object with data

    Attributes:
        events (list[GetServicesAvailableForBookingResponse200EventsItem] | Unset):
        services (list[GetServicesAvailableForBookingResponse200ServicesItem] | Unset): Services
        category (list[GetServicesAvailableForBookingResponse200CategoryItem] | Unset): Service categories
    """

    events: list[GetServicesAvailableForBookingResponse200EventsItem] | Unset = UNSET
    services: list[GetServicesAvailableForBookingResponse200ServicesItem] | Unset = UNSET
    category: list[GetServicesAvailableForBookingResponse200CategoryItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        events = self.events
        if events is not UNSET:
            field_dict["events"] = _KIND_events.write_field(events, "events")

        services = self.services
        if services is not UNSET:
            field_dict["services"] = _KIND_services.write_field(services, "services")

        category = self.category
        if category is not UNSET:
            field_dict["category"] = _KIND_category.write_field(category, "category")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        events = _get("events", UNSET)
        if events is not UNSET:
            events = _KIND_events.read_field(events, "events")

        services = _get("services", UNSET)
        if services is not UNSET:
            services = _KIND_services.read_field(services, "services")

        category = _get("category", UNSET)
        if category is not UNSET:
            category = _KIND_category.read_field(category, "category")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.events = events
        _model.services = services
        _model.category = category
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetServicesAvailableForBookingResponse200:
            _fields.init_added_fields(_model, GetServicesAvailableForBookingResponse200)
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
