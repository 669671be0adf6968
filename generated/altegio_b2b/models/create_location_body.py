from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateLocationBody")


@_attrs_define
class CreateLocationBody:
    """Create a location

    Attributes:
        address (str | Unset): location address
        business_type_id (int | Unset): Business type
        city_id (int | Unset): Identifier of the city in which the location is located ([method to get a list of
            cities](#cities))
        coordinate_lat (float | Unset): Latitude
        coordinate_lot (float | Unset): Longitude
        country_id (int | Unset): ID of the country in which the location is located ([method to get a list of
            countries](#countries))
        short_descr (str | Unset): location category
        site (str | Unset): location website
        title (str | Unset): location name
    """

    address: str | Unset = UNSET
    business_type_id: int | Unset = UNSET
    city_id: int | Unset = UNSET
    coordinate_lat: float | Unset = UNSET
    coordinate_lot: float | Unset = UNSET
    country_id: int | Unset = UNSET
    short_descr: str | Unset = UNSET
    site: str | Unset = UNSET
    title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        business_type_id = self.business_type_id

        city_id = self.city_id

        coordinate_lat = self.coordinate_lat

        coordinate_lot = self.coordinate_lot

        country_id = self.country_id

        short_descr = self.short_descr

        site = self.site

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address is not UNSET:
            field_dict["address"] = address
        if business_type_id is not UNSET:
            field_dict["business_type_id"] = business_type_id
        if city_id is not UNSET:
            field_dict["city_id"] = city_id
        if coordinate_lat is not UNSET:
            field_dict["coordinate_lat"] = coordinate_lat
        if coordinate_lot is not UNSET:
            field_dict["coordinate_lot"] = coordinate_lot
        if country_id is not UNSET:
            field_dict["country_id"] = country_id
        if short_descr is not UNSET:
            field_dict["short_descr"] = short_descr
        if site is not UNSET:
            field_dict["site"] = site
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        address = d.pop("address", UNSET)

        business_type_id = d.pop("business_type_id", UNSET)

        city_id = d.pop("city_id", UNSET)

        coordinate_lat = d.pop("coordinate_lat", UNSET)

        coordinate_lot = d.pop("coordinate_lot", UNSET)

        country_id = d.pop("country_id", UNSET)

        short_descr = d.pop("short_descr", UNSET)

        site = d.pop("site", UNSET)

        title = d.pop("title", UNSET)

        create_location_body = cls(
            address=address,
            business_type_id=business_type_id,
            city_id=city_id,
            coordinate_lat=coordinate_lat,
            coordinate_lot=coordinate_lot,
            country_id=country_id,
            short_descr=short_descr,
            site=site,
            title=title,
        )

        create_location_body.additional_properties = d
        return create_location_body

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
