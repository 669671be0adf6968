from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="Company")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "title",
        "country",
        "country_id",
        "city",
        "city_id",
        "phone",
        "timezone",
        "address",
        "coordinate_lat",
        "coordinate_lng",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class Company:
    """
    Attributes:
        id (int | Unset): location ID
        title (str | Unset): Name of the organization
        country (str | Unset): The name of the country in which the organization is located
        country_id (int | Unset): Country ID
        city (str | Unset): Name of the city where the organization is located
        city_id (int | Unset): City ID
        phone (str | Unset): location phone
        timezone (str | Unset): location time zone
        address (str | Unset): location address
        coordinate_lat (float | Unset): Latitude
        coordinate_lng (float | Unset): Longitude
    """

    id: int | Unset = UNSET
    title: str | Unset = UNSET
    country: str | Unset = UNSET
    country_id: int | Unset = UNSET
    city: str | Unset = UNSET
    city_id: int | Unset = UNSET
    phone: str | Unset = UNSET
    timezone: str | Unset = UNSET
    address: str | Unset = UNSET
    coordinate_lat: float | Unset = UNSET
    coordinate_lng: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        id = self.id
        if type(id) is not int and id is not UNSET:
            id = _fields.write_integer(id, "id")
        if id is not UNSET:
            field_dict["id"] = id

        title = self.title
        if type(title) is not str and title is not UNSET:
            title = _fields.write_string(title, "title")
        if title is not UNSET:
            field_dict["title"] = title

        country = self.country
        if type(country) is not str and country is not UNSET:
            country = _fields.write_string(country, "country")
        if country is not UNSET:
            field_dict["country"] = country

        country_id = self.country_id
        if type(country_id) is not int and country_id is not UNSET:
            country_id = _fields.write_integer(country_id, "country_id")
        if country_id is not UNSET:
            field_dict["country_id"] = country_id

        city = self.city
        if type(city) is not str and city is not UNSET:
            city = _fields.write_string(city, "city")
        if city is not UNSET:
            field_dict["city"] = city

        city_id = self.city_id
        if type(city_id) is not int and city_id is not UNSET:
            city_id = _fields.write_integer(city_id, "city_id")
        if city_id is not UNSET:
            field_dict["city_id"] = city_id

        phone = self.phone
        if type(phone) is not str and phone is not UNSET:
            phone = _fields.write_string(phone, "phone")
        if phone is not UNSET:
            field_dict["phone"] = phone

        timezone = self.timezone
        if type(timezone) is not str and timezone is not UNSET:
            timezone = _fields.write_string(timezone, "timezone")
        if timezone is not UNSET:
            field_dict["timezone"] = timezone

        address = self.address
        if type(address) is not str and address is not UNSET:
            address = _fields.write_string(address, "address")
        if address is not UNSET:
            field_dict["address"] = address

        coordinate_lat = self.coordinate_lat
        if coordinate_lat is not UNSET:
            field_dict["coordinate_lat"] = _fields.write_number(coordinate_lat, "coordinate_lat")

        coordinate_lng = self.coordinate_lng
        if coordinate_lng is not UNSET:
            field_dict["coordinate_lng"] = _fields.write_number(coordinate_lng, "coordinate_lng")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _fields.read_integer(id, "id")

        title = _get("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = _fields.read_string(title, "title")

        country = _get("country", UNSET)
        if type(country) is not str and country is not UNSET:
            country = _fields.read_string(country, "country")

        country_id = _get("country_id", UNSET)
        if type(country_id) is not int and country_id is not UNSET:
            country_id = _fields.read_integer(country_id, "country_id")

        city = _get("city", UNSET)
        if type(city) is not str and city is not UNSET:
            city = _fields.read_string(city, "city")

        city_id = _get("city_id", UNSET)
        if type(city_id) is not int and city_id is not UNSET:
            city_id = _fields.read_integer(city_id, "city_id")

        phone = _get("phone", UNSET)
        if type(phone) is not str and phone is not UNSET:
            phone = _fields.read_string(phone, "phone")

        timezone = _get("timezone", UNSET)
        if type(timezone) is not str and timezone is not UNSET:
            timezone = _fields.read_string(timezone, "timezone")

        address = _get("address", UNSET)
        if type(address) is not str and address is not UNSET:
            address = _fields.read_string(address, "address")

        coordinate_lat = _get("coordinate_lat", UNSET)
        if type(coordinate_lat) is not float and type(coordinate_lat) is not int and coordinate_lat is not UNSET:
            coordinate_lat = _fields.read_number(coordinate_lat, "coordinate_lat")

        coordinate_lng = _get("coordinate_lng", UNSET)
        if type(coordinate_lng) is not float and type(coordinate_lng) is not int and coordinate_lng is not UNSET:
            coordinate_lng = _fields.read_number(coordinate_lng, "coordinate_lng")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.title = title
        _model.country = country
        _model.country_id = country_id
        _model.city = city
        _model.city_id = city_id
        _model.phone = phone
        _model.timezone = timezone
        _model.address = address
        _model.coordinate_lat = coordinate_lat
        _model.coordinate_lng = coordinate_lng
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not Company:
            _fields.init_added_fields(_model, Company)
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
