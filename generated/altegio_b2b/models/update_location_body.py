from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._runtime import fields as _fields
from .._runtime.errors import FieldError as _FieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_location_body_social import UpdateLocationBodySocial


T = TypeVar("T", bound="UpdateLocationBody")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "title",
        "country_id",
        "country",
        "city_id",
        "city",
        "address",
        "zip",
        "phones",
        "social",
        "site",
        "coordinate_lat",
        "coordinate_lon",
        "description",
        "business_type_id",
        "short_descr",
    }
)
_EXTRA = _fields.ANY
_KIND_phones = _fields.ListOf(_fields.STRING)


@_attrs_define
class UpdateLocationBody:
    """Change location

    Example:
        {'title': 'James Smith LLC', 'country': 'United States', 'city': 'New York', 'address': 'New York, 787 Jackson
            Drive', 'zip': '11435', 'phones': ['12125357710', '12125357711'], 'social': {'instagram':
            'instagram.com/james_smith_company/'}, 'site': 'james-smith-company.com', 'coordinate_lat': 40.73061,
            'coordinate_lon': -73.935242, 'description': 'The <strong>James Smith</strong> location', 'business_type_id': 1,
            'short_descr': 'Beauty studio'}

    Attributes:
        title (str | Unset): location name
        country_id (int | Unset): Country ID (has higher priority then country)
        country (str | Unset): Country
        city_id (int | Unset): City ID (has higher priority then city)
        city (str | Unset): City
        address (str | Unset): location address
        zip_ (str | Unset): Zip code
        phones (list[str] | Unset): location phone numbers
        social (UpdateLocationBodySocial | Unset): location social media
        site (str | Unset): location website
        coordinate_lat (float | Unset): Latitude
        coordinate_lon (float | Unset): Longitude
        description (str | Unset): Description
        business_type_id (int | Unset): Business type
        short_descr (str | Unset): Business category
    """

    title: str | Unset = UNSET
    country_id: int | Unset = UNSET
    country: str | Unset = UNSET
    city_id: int | Unset = UNSET
    city: str | Unset = UNSET
    address: str | Unset = UNSET
    zip_: str | Unset = UNSET
    phones: list[str] | Unset = UNSET
    social: UpdateLocationBodySocial | Unset = UNSET
    site: str | Unset = UNSET
    coordinate_lat: float | Unset = UNSET
    coordinate_lon: float | Unset = UNSET
    description: str | Unset = UNSET
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

        country = self.country
        if type(country) is not str and country is not UNSET:
            country = _fields.write_string(country, "country")
        if country is not UNSET:
            field_dict["country"] = country

        city_id = self.city_id
        if type(city_id) is not int and city_id is not UNSET:
            city_id = _fields.write_integer(city_id, "city_id")
        if city_id is not UNSET:
            field_dict["city_id"] = city_id

        city = self.city
        if type(city) is not str and city is not UNSET:
            city = _fields.write_string(city, "city")
        if city is not UNSET:
            field_dict["city"] = city

        address = self.address
        if type(address) is not str and address is not UNSET:
            address = _fields.write_string(address, "address")
        if address is not UNSET:
            field_dict["address"] = address

        zip_ = self.zip_
        if type(zip_) is not str and zip_ is not UNSET:
            zip_ = _fields.write_string(zip_, "zip_")
        if zip_ is not UNSET:
            field_dict["zip"] = zip_

        phones = self.phones
        if phones is not UNSET:
            field_dict["phones"] = _KIND_phones.write_field(phones, "phones")

        social = self.social
        if social is not UNSET:
            field_dict["social"] = _fields.write_model(social, _models.UpdateLocationBodySocial, "social")

        site = self.site
        if type(site) is not str and site is not UNSET:
            site = _fields.write_string(site, "site")
        if site is not UNSET:
            field_dict["site"] = site

        coordinate_lat = self.coordinate_lat
        if coordinate_lat is not UNSET:
            field_dict["coordinate_lat"] = _fields.write_number(coordinate_lat, "coordinate_lat")

        coordinate_lon = self.coordinate_lon
        if coordinate_lon is not UNSET:
            field_dict["coordinate_lon"] = _fields.write_number(coordinate_lon, "coordinate_lon")

        description = self.description
        if type(description) is not str and description is not UNSET:
            description = _fields.write_string(description, "description")
        if description is not UNSET:
            field_dict["description"] = description

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

        country = _get("country", UNSET)
        if type(country) is not str and country is not UNSET:
            country = _fields.read_string(country, "country")

        city_id = _get("city_id", UNSET)
        if type(city_id) is not int and city_id is not UNSET:
            city_id = _fields.read_integer(city_id, "city_id")

        city = _get("city", UNSET)
        if type(city) is not str and city is not UNSET:
            city = _fields.read_string(city, "city")

        address = _get("address", UNSET)
        if type(address) is not str and address is not UNSET:
            address = _fields.read_string(address, "address")

        zip_ = _get("zip", UNSET)
        if type(zip_) is not str and zip_ is not UNSET:
            zip_ = _fields.read_string(zip_, "zip")

        phones = _get("phones", UNSET)
        if phones is not UNSET:
            phones = _KIND_phones.read_field(phones, "phones")

        social = _get("social", UNSET)
        if social is not UNSET:
            try:
                social = _models.UpdateLocationBodySocial.from_dict(social)
            except _FieldError as _error:
                raise _error.within("social")

        site = _get("site", UNSET)
        if type(site) is not str and site is not UNSET:
            site = _fields.read_string(site, "site")

        coordinate_lat = _get("coordinate_lat", UNSET)
        if type(coordinate_lat) is not float and type(coordinate_lat) is not int and coordinate_lat is not UNSET:
            coordinate_lat = _fields.read_number(coordinate_lat, "coordinate_lat")

        coordinate_lon = _get("coordinate_lon", UNSET)
        if type(coordinate_lon) is not float and type(coordinate_lon) is not int and coordinate_lon is not UNSET:
            coordinate_lon = _fields.read_number(coordinate_lon, "coordinate_lon")

        description = _get("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = _fields.read_string(description, "description")

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
        _model.country = country
        _model.city_id = city_id
        _model.city = city
        _model.address = address
        _model.zip_ = zip_
        _model.phones = phones
        _model.social = social
        _model.site = site
        _model.coordinate_lat = coordinate_lat
        _model.coordinate_lon = coordinate_lon
        _model.description = description
        _model.business_type_id = business_type_id
        _model.short_descr = short_descr
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not UpdateLocationBody:
            _fields.init_added_fields(_model, UpdateLocationBody)
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
