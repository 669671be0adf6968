from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.to_dict()
                events.append(events_item)

        services: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.services, Unset):
            services = []
            for services_item_data in self.services:
                services_item = services_item_data.to_dict()
                services.append(services_item)

        category: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = []
            for category_item_data in self.category:
                category_item = category_item_data.to_dict()
                category.append(category_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if events is not UNSET:
            field_dict["events"] = events
        if services is not UNSET:
            field_dict["services"] = services
        if category is not UNSET:
            field_dict["category"] = category

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_services_available_for_booking_response_200_category_item import (
            GetServicesAvailableForBookingResponse200CategoryItem,  # noqa: PLC0415
        )
        from ..models.get_services_available_for_booking_response_200_events_item import (
            GetServicesAvailableForBookingResponse200EventsItem,  # noqa: PLC0415
        )
        from ..models.get_services_available_for_booking_response_200_services_item import (
            GetServicesAvailableForBookingResponse200ServicesItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _events = d.pop("events", UNSET)
        events: list[GetServicesAvailableForBookingResponse200EventsItem] | Unset = UNSET
        if _events is not UNSET:
            events = []
            for events_item_data in _events:
                events_item = GetServicesAvailableForBookingResponse200EventsItem.from_dict(events_item_data)

                events.append(events_item)

        _services = d.pop("services", UNSET)
        services: list[GetServicesAvailableForBookingResponse200ServicesItem] | Unset = UNSET
        if _services is not UNSET:
            services = []
            for services_item_data in _services:
                services_item = GetServicesAvailableForBookingResponse200ServicesItem.from_dict(services_item_data)

                services.append(services_item)

        _category = d.pop("category", UNSET)
        category: list[GetServicesAvailableForBookingResponse200CategoryItem] | Unset = UNSET
        if _category is not UNSET:
            category = []
            for category_item_data in _category:
                category_item = GetServicesAvailableForBookingResponse200CategoryItem.from_dict(category_item_data)

                category.append(category_item)

        _model = cls(
            events=events,
            services=services,
            category=category,
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
