from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetOnlineBookingDetailsResponse200Company")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "title",
        "country_id",
        "country",
        "city_id",
        "city",
        "phone",
        "phones",
        "timezone",
        "address",
        "coordinate_lat",
        "coordinate_lon",
        "allow_delete_record",
        "allow_change_record",
        "site",
        "currency_short_title",
        "allow_change_record_delay_step",
        "allow_delete_record_delay_step",
    }
)
_EXTRA = _fields.ANY
_KIND_phones = _fields.ListOf(_fields.STRING)


@_attrs_define
class GetOnlineBookingDetailsResponse200Company:
    """location parameters

    Attributes:
        id (int | Unset): location ID
        title (str | Unset): location name
        country_id (int | Unset): Country ID
        country (str | Unset): The name of the country in which the organization is located
        city_id (int | Unset): City ID
        city (str | Unset): Name of the city where the organization is located
        phone (str | Unset): location phone
        phones (list[str] | Unset):
        timezone (str | Unset): location time zone
        address (str | Unset): location address
        coordinate_lat (float | Unset): Latitude
        coordinate_lon (float | Unset): Longitude
        allow_delete_record (bool | Unset):
        allow_change_record (bool | Unset):
        site (str | Unset):
        currency_short_title (str | Unset):
        allow_change_record_delay_step (int | Unset):
        allow_delete_record_delay_step (int | Unset):
    """

    id: int | Unset = UNSET
    title: str | Unset = UNSET
    country_id: int | Unset = UNSET
    country: str | Unset = UNSET
    city_id: int | Unset = UNSET
    city: str | Unset = UNSET
    phone: str | Unset = UNSET
    phones: list[str] | Unset = UNSET
    timezone: str | Unset = UNSET
    address: str | Unset = UNSET
    coordinate_lat: float | Unset = UNSET
    coordinate_lon: float | Unset = UNSET
    allow_delete_record: bool | Unset = UNSET
    allow_change_record: bool | Unset = UNSET
    site: str | Unset = UNSET
    currency_short_title: str | Unset = UNSET
    allow_change_record_delay_step: int | Unset = UNSET
    allow_delete_record_delay_step: int | Unset = UNSET
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

        phone = self.phone
        if type(phone) is not str and phone is not UNSET:
            phone = _fields.write_string(phone, "phone")
        if phone is not UNSET:
            field_dict["phone"] = phone

        phones = self.phones
        if phones is not UNSET:
            field_dict["phones"] = _KIND_phones.write_field(phones, "phones")

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

        coordinate_lon = self.coordinate_lon
        if coordinate_lon is not UNSET:
            field_dict["coordinate_lon"] = _fields.write_number(coordinate_lon, "coordinate_lon")

        allow_delete_record = self.allow_delete_record
        if type(allow_delete_record) is not bool and allow_delete_record is not UNSET:
            allow_delete_record = _fields.write_boolean(allow_delete_record, "allow_delete_record")
        if allow_delete_record is not UNSET:
            field_dict["allow_delete_record"] = allow_delete_record

        allow_change_record = self.allow_change_record
        if type(allow_change_record) is not bool and allow_change_record is not UNSET:
            allow_change_record = _fields.write_boolean(allow_change_record, "allow_change_record")
        if allow_change_record is not UNSET:
            field_dict["allow_change_record"] = allow_change_record

        site = self.site
        if type(site) is not str and site is not UNSET:
            site = _fields.write_string(site, "site")
        if site is not UNSET:
            field_dict["site"] = site

        currency_short_title = self.currency_short_title
        if type(currency_short_title) is not str and currency_short_title is not UNSET:
            currency_short_title = _fields.write_string(currency_short_title, "currency_short_title")
        if currency_short_title is not UNSET:
            field_dict["currency_short_title"] = currency_short_title

        allow_change_record_delay_step = self.allow_change_record_delay_step
        if type(allow_change_record_delay_step) is not int and allow_change_record_delay_step is not UNSET:
            allow_change_record_delay_step = _fields.write_integer(
                allow_change_record_delay_step, "allow_change_record_delay_step"
            )
        if allow_change_record_delay_step is not UNSET:
            field_dict["allow_change_record_delay_step"] = allow_change_record_delay_step

        allow_delete_record_delay_step = self.allow_delete_record_delay_step
        if type(allow_delete_record_delay_step) is not int and allow_delete_record_delay_step is not UNSET:
            allow_delete_record_delay_step = _fields.write_integer(
                allow_delete_record_delay_step, "allow_delete_record_delay_step"
            )
        if allow_delete_record_delay_step is not UNSET:
            field_dict["allow_delete_record_delay_step"] = allow_delete_record_delay_step

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

        phone = _get("phone", UNSET)
        if type(phone) is not str and phone is not UNSET:
            phone = _fields.read_string(phone, "phone")

        phones = _get("phones", UNSET)
        if phones is not UNSET:
            phones = _KIND_phones.read_field(phones, "phones")

        timezone = _get("timezone", UNSET)
        if type(timezone) is not str and timezone is not UNSET:
            timezone = _fields.read_string(timezone, "timezone")

        address = _get("address", UNSET)
        if type(address) is not str and address is not UNSET:
            address = _fields.read_string(address, "address")

        coordinate_lat = _get("coordinate_lat", UNSET)
        if type(coordinate_lat) is not float and type(coordinate_lat) is not int and coordinate_lat is not UNSET:
            coordinate_lat = _fields.read_number(coordinate_lat, "coordinate_lat")

        coordinate_lon = _get("coordinate_lon", UNSET)
        if type(coordinate_lon) is not float and type(coordinate_lon) is not int and coordinate_lon is not UNSET:
            coordinate_lon = _fields.read_number(coordinate_lon, "coordinate_lon")

        allow_delete_record = _get("allow_delete_record", UNSET)
        if type(allow_delete_record) is not bool and allow_delete_record is not UNSET:
            allow_delete_record = _fields.read_boolean(allow_delete_record, "allow_delete_record")

        allow_change_record = _get("allow_change_record", UNSET)
        if type(allow_change_record) is not bool and allow_change_record is not UNSET:
            allow_change_record = _fields.read_boolean(allow_change_record, "allow_change_record")

        site = _get("site", UNSET)
        if type(site) is not str and site is not UNSET:
            site = _fields.read_string(site, "site")

        currency_short_title = _get("currency_short_title", UNSET)
        if type(currency_short_title) is not str and currency_short_title is not UNSET:
            currency_short_title = _fields.read_string(currency_short_title, "currency_short_title")

        allow_change_record_delay_step = _get("allow_change_record_delay_step", UNSET)
        if type(allow_change_record_delay_step) is not int and allow_change_record_delay_step is not UNSET:
            allow_change_record_delay_step = _fields.read_integer(
                allow_change_record_delay_step, "allow_change_record_delay_step"
            )

        allow_delete_record_delay_step = _get("allow_delete_record_delay_step", UNSET)
        if type(allow_delete_record_delay_step) is not int and allow_delete_record_delay_step is not UNSET:
            allow_delete_record_delay_step = _fields.read_integer(
                allow_delete_record_delay_step, "allow_delete_record_delay_step"
            )

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.title = title
        _model.country_id = country_id
        _model.country = country
        _model.city_id = city_id
        _model.city = city
        _model.phone = phone
        _model.phones = phones
        _model.timezone = timezone
        _model.address = address
        _model.coordinate_lat = coordinate_lat
        _model.coordinate_lon = coordinate_lon
        _model.allow_delete_record = allow_delete_record
        _model.allow_change_record = allow_change_record
        _model.site = site
        _model.currency_short_title = currency_short_title
        _model.allow_change_record_delay_step = allow_change_record_delay_step
        _model.allow_delete_record_delay_step = allow_delete_record_delay_step
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetOnlineBookingDetailsResponse200Company:
            _fields.init_added_fields(_model, GetOnlineBookingDetailsResponse200Company)
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
