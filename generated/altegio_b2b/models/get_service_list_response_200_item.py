from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetServiceListResponse200Item")


@_attrs_define
class GetServiceListResponse200Item:
    """
    Attributes:
        active (float | Unset): 1 - available for online booking, 0 - not available
        api_id (str | Unset): External Service ID
        booking_title (str | Unset): Service name for booking
        category_id (int | Unset): Identifier of the category in which the service consists
        comment (str | Unset): Comment on the service
        discount (float | Unset): Discount percentage
        duration (float | Unset): Service duration in seconds, default is 3600
        id (int | Unset): Service ID
        price_max (float | Unset): Maximum price for the service
        price_min (float | Unset): Minimum price for the service
        salon_service_id (int | Unset): Service ID for a location on the chain
        technical_break_duration (float | None | Unset): Technical break duration in seconds. - null = use location
            default - Value in multiples of 300 (5-minute intervals)
        title (str | Unset): Service name
        weight (float | Unset): Service weight (used to sort categories when displayed)
    """

    active: float | Unset = UNSET
    api_id: str | Unset = UNSET
    booking_title: str | Unset = UNSET
    category_id: int | Unset = UNSET
    comment: str | Unset = UNSET
    discount: float | Unset = UNSET
    duration: float | Unset = UNSET
    id: int | Unset = UNSET
    price_max: float | Unset = UNSET
    price_min: float | Unset = UNSET
    salon_service_id: int | Unset = UNSET
    technical_break_duration: float | None | Unset = UNSET
    title: str | Unset = UNSET
    weight: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        api_id = self.api_id

        booking_title = self.booking_title

        category_id = self.category_id

        comment = self.comment

        discount = self.discount

        duration = self.duration

        id = self.id

        price_max = self.price_max

        price_min = self.price_min

        salon_service_id = self.salon_service_id

        technical_break_duration: float | None | Unset
        if isinstance(self.technical_break_duration, Unset):
            technical_break_duration = UNSET
        else:
            technical_break_duration = self.technical_break_duration

        title = self.title

        weight = self.weight

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active is not UNSET:
            field_dict["active"] = active
        if api_id is not UNSET:
            field_dict["api_id"] = api_id
        if booking_title is not UNSET:
            field_dict["booking_title"] = booking_title
        if category_id is not UNSET:
            field_dict["category_id"] = category_id
        if comment is not UNSET:
            field_dict["comment"] = comment
        if discount is not UNSET:
            field_dict["discount"] = discount
        if duration is not UNSET:
            field_dict["duration"] = duration
        if id is not UNSET:
            field_dict["id"] = id
        if price_max is not UNSET:
            field_dict["price_max"] = price_max
        if price_min is not UNSET:
            field_dict["price_min"] = price_min
        if salon_service_id is not UNSET:
            field_dict["salon_service_id"] = salon_service_id
        if technical_break_duration is not UNSET:
            field_dict["technical_break_duration"] = technical_break_duration
        if title is not UNSET:
            field_dict["title"] = title
        if weight is not UNSET:
            field_dict["weight"] = weight

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        active = d.pop("active", UNSET)

        api_id = d.pop("api_id", UNSET)

        booking_title = d.pop("booking_title", UNSET)

        category_id = d.pop("category_id", UNSET)

        comment = d.pop("comment", UNSET)

        discount = d.pop("discount", UNSET)

        duration = d.pop("duration", UNSET)

        id = d.pop("id", UNSET)

        price_max = d.pop("price_max", UNSET)

        price_min = d.pop("price_min", UNSET)

        salon_service_id = d.pop("salon_service_id", UNSET)

        def _parse_technical_break_duration(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        technical_break_duration = _parse_technical_break_duration(d.pop("technical_break_duration", UNSET))

        title = d.pop("title", UNSET)

        weight = d.pop("weight", UNSET)

        get_service_list_response_200_item = cls(
            active=active,
            api_id=api_id,
            booking_title=booking_title,
            category_id=category_id,
            comment=comment,
            discount=discount,
            duration=duration,
            id=id,
            price_max=price_max,
            price_min=price_min,
            salon_service_id=salon_service_id,
            technical_break_duration=technical_break_duration,
            title=title,
            weight=weight,
        )

        get_service_list_response_200_item.additional_properties = d
        return get_service_list_response_200_item

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
