from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateLocationBody")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "title",
        "country_id",
        "city_id",
        "address",
        "site",
        "coordinate_lat",
        "coordinate_lot",
        "business_type_id",
        "short_descr",
    }
)
_EXTRA = _fields.ANY


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
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        title = self.title
        if type(title) is not str and title is not UNSET:
            title = _fields.write_string(title, "title")
        if title is not UNSET:
            field_dict["title"] = title

        country_id = self.country_id
        if type(country_id) is not int and country_id is not UNSET:
            country_id = _fields.write_integer(country_id, "country_id")
        if country_id is not UNSET:
            field_dict["country_id"] = country_id

        city_id = self.city_id
        if type(city_id) is not int and city_id is not UNSET:
            city_id = _fields.write_integer(city_id, "city_id")
        if city_id is not UNSET:
            field_dict["city_id"] = city_id

        address = self.address
        if type(address) is not str and address is not UNSET:
            address = _fields.write_string(address, "address")
        if address is not UNSET:
            field_dict["address"] = address

        site = self.site
        if type(site) is not str and site is not UNSET:
            site = _fields.write_string(site, "site")
        if site is not UNSET:
            field_dict["site"] = site

        coordinate_lat = self.coordinate_lat
        if coordinate_lat is not UNSET:
            field_dict["coordinate_lat"] = _fields.write_number(coordinate_lat, "coordinate_lat")

        coordinate_lot = self.coordinate_lot
        if coordinate_lot is not UNSET:
            field_dict["coordinate_lot"] = _fields.write_number(coordinate_lot, "coordinate_lot")

        business_type_id = self.business_type_id
        if type(business_type_id) is not int and business_type_id is not UNSET:
            business_type_id = _fields.write_integer(business_type_id, "business_type_id")
        if business_type_id is not UNSET:
            field_dict["business_type_id"] = business_type_id

        short_descr = self.short_descr
        if type(short_descr) is not str and short_descr is not UNSET:
            short_descr = _fields.write_string(short_descr, "short_descr")
        if short_descr is not UNSET:
            field_dict["short_descr"] = short_descr

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        title = _get("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = _fields.read_string(title, "title")

        country_id = _get("country_id", UNSET)
        if type(country_id) is not int and country_id is not UNSET:
            country_id = _fields.read_integer(country_id, "country_id")

        city_id = _get("city_id", UNSET)
        if type(city_id) is not int and city_id is not UNSET:
            city_id = _fields.read_integer(city_id, "city_id")

        address = _get("address", UNSET)
        if type(address) is not str and address is not UNSET:
            address = _fields.read_string(address, "address")

        site = _get("site", UNSET)
        if type(site) is not str and site is not UNSET:
            site = _fields.read_string(site, "site")

        coordinate_lat = _get("coordinate_lat", UNSET)
        if type(coordinate_lat) is not float and type(coordinate_lat) is not int and coordinate_lat is not UNSET:
            coordinate_lat = _fields.read_number(coordinate_lat, "coordinate_lat")

        coordinate_lot = _get("coordinate_lot", UNSET)
        if type(coordinate_lot) is not float and type(coordinate_lot) is not int and coordinate_lot is not UNSET:
            coordinate_lot = _fields.read_number(coordinate_lot, "coordinate_lot")

        business_type_id = _get("business_type_id", UNSET)
        if type(business_type_id) is not int and business_type_id is not UNSET:
            business_type_id = _fields.read_integer(business_type_id, "business_type_id")

        short_descr = _get("short_descr", UNSET)
        if type(short_descr) is not str and short_descr is not UNSET:
            short_descr = _fields.read_string(short_descr, "short_descr")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.title = title
        _model.country_id = country_id
        _model.city_id = city_id
        _model.address = address
        _model.site = site
        _model.coordinate_lat = coordinate_lat
        _model.coordinate_lot = coordinate_lot
        _model.business_type_id = business_type_id
        _model.short_descr = short_descr
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not CreateLocationBody:
            _fields.init_added_fields(_model, CreateLocationBody)
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
