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

    Example:
        {'title': 'James Smith LLC', 'country_id': 7, 'city_id': 2, 'address': 'New York, 787 Jackson Drive', 'site':
            'james-smith-company.com', 'coordinate_lat': 40.73061, 'coordinate_lot': -73.935242, 'business_type_id': 1,
            'short_descr': 'Beauty studio'}

    Attributes:
        title (str | Unset): location name
        country_id (int | Unset): ID of the country in which the location is located ([method to get a list of
            countries](#countries))
        city_id (int | Unset): Identifier of the city in which the location is located ([method to get a list of
            cities](#cities))
        address (str | Unset): location address
        site (str | Unset): location website
        coordinate_lat (float | Unset): Latitude
        coordinate_lot (float | Unset): Longitude
        business_type_id (int | Unset): Business type
        short_descr (str | Unset): location category
    """

    title: str | Unset = UNSET
    country_id: int | Unset = UNSET
    city_id: int | Unset = UNSET
    address: str | Unset = UNSET
    site: str | Unset = UNSET
    coordinate_lat: float | Unset = UNSET
    coordinate_lot: float | Unset = UNSET
    business_type_id: int | Unset = UNSET
    short_descr: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        country_id = self.country_id

        city_id = self.city_id

        address = self.address

        site = self.site

        coordinate_lat = self.coordinate_lat

        coordinate_lot = self.coordinate_lot

        business_type_id = self.business_type_id

        short_descr = self.short_descr

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if country_id is not UNSET:
            field_dict["country_id"] = country_id
        if city_id is not UNSET:
            field_dict["city_id"] = city_id
        if address is not UNSET:
            field_dict["address"] = address
        if site is not UNSET:
            field_dict["site"] = site
        if coordinate_lat is not UNSET:
            field_dict["coordinate_lat"] = coordinate_lat
        if coordinate_lot is not UNSET:
            field_dict["coordinate_lot"] = coordinate_lot
        if business_type_id is not UNSET:
            field_dict["business_type_id"] = business_type_id
        if short_descr is not UNSET:
            field_dict["short_descr"] = short_descr

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title", UNSET)

        country_id = d.pop("country_id", UNSET)

        city_id = d.pop("city_id", UNSET)

        address = d.pop("address", UNSET)

        site = d.pop("site", UNSET)

        coordinate_lat = d.pop("coordinate_lat", UNSET)

        coordinate_lot = d.pop("coordinate_lot", UNSET)

        business_type_id = d.pop("business_type_id", UNSET)

        short_descr = d.pop("short_descr", UNSET)

        _model = cls(
            title=title,
            country_id=country_id,
            city_id=city_id,
            address=address,
            site=site,
            coordinate_lat=coordinate_lat,
            coordinate_lot=coordinate_lot,
            business_type_id=business_type_id,
            short_descr=short_descr,
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
