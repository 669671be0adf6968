from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_inventory_operation_response_200_document_company_phones_item import (
        CreateInventoryOperationResponse200DocumentCompanyPhonesItem,
    )


T = TypeVar("T", bound="CreateInventoryOperationResponse200DocumentCompany")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "title",
        "country_id",
        "city_id",
        "timezone",
        "address",
        "coordinate_lat",
        "coordinate_lon",
        "logo",
        "zip",
        "phones",
        "site",
    }
)
_EXTRA = _fields.ANY
_KIND_phones = _fields.ListOf(_fields.Model("CreateInventoryOperationResponse200DocumentCompanyPhonesItem"))


@_attrs_define
class CreateInventoryOperationResponse200DocumentCompany:
    """location

    Attributes:
        id (int | Unset): location ID
        title (str | Unset): location name
        country_id (int | Unset): Country ID
        city_id (int | Unset): City ID
        timezone (datetime.datetime | Unset): time zone
        address (str | Unset): location address
        coordinate_lat (str | Unset): Latitude
        coordinate_lon (str | Unset): Longitude
        logo (str | Unset): Let, on which the location logo is located
        zip_ (str | Unset): Postcode
        phones (list[CreateInventoryOperationResponse200DocumentCompanyPhonesItem] | Unset): location phone
        site (str | Unset): The site of the location
    """

    id: int | Unset = UNSET
    title: str | Unset = UNSET
    country_id: int | Unset = UNSET
    city_id: int | Unset = UNSET
    timezone: datetime.datetime | Unset = UNSET
    address: str | Unset = UNSET
    coordinate_lat: str | Unset = UNSET
    coordinate_lon: str | Unset = UNSET
    logo: str | Unset = UNSET
    zip_: str | Unset = UNSET
    phones: list[CreateInventoryOperationResponse200DocumentCompanyPhonesItem] | Unset = UNSET
    site: str | Unset = UNSET
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

        city_id = self.city_id
        if type(city_id) is not int and city_id is not UNSET:
            city_id = _fields.write_integer(city_id, "city_id")
        if city_id is not UNSET:
            field_dict["city_id"] = city_id

        timezone = self.timezone
        if timezone is not UNSET:
            field_dict["timezone"] = _fields.write_datetime(timezone, "timezone")

        address = self.address
        if type(address) is not str and address is not UNSET:
            address = _fields.write_string(address, "address")
        if address is not UNSET:
            field_dict["address"] = address

        coordinate_lat = self.coordinate_lat
        if type(coordinate_lat) is not str and coordinate_lat is not UNSET:
            coordinate_lat = _fields.write_string(coordinate_lat, "coordinate_lat")
        if coordinate_lat is not UNSET:
            field_dict["coordinate_lat"] = coordinate_lat

        coordinate_lon = self.coordinate_lon
        if type(coordinate_lon) is not str and coordinate_lon is not UNSET:
            coordinate_lon = _fields.write_string(coordinate_lon, "coordinate_lon")
        if coordinate_lon is not UNSET:
            field_dict["coordinate_lon"] = coordinate_lon

        logo = self.logo
        if type(logo) is not str and logo is not UNSET:
            logo = _fields.write_string(logo, "logo")
        if logo is not UNSET:
            field_dict["logo"] = logo

        zip_ = self.zip_
        if type(zip_) is not str and zip_ is not UNSET:
            zip_ = _fields.write_string(zip_, "zip_")
        if zip_ is not UNSET:
            field_dict["zip"] = zip_

        phones = self.phones
        if phones is not UNSET:
            field_dict["phones"] = _KIND_phones.write_field(phones, "phones")

        site = self.site
        if type(site) is not str and site is not UNSET:
            site = _fields.write_string(site, "site")
        if site is not UNSET:
            field_dict["site"] = site

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

        city_id = _get("city_id", UNSET)
        if type(city_id) is not int and city_id is not UNSET:
            city_id = _fields.read_integer(city_id, "city_id")

        timezone = _get("timezone", UNSET)
        if timezone is not UNSET:
            try:
                timezone = _fields.datetime_fromisoformat(timezone)
            except (TypeError, ValueError):
                timezone = _fields.read_datetime(timezone, "timezone")

        address = _get("address", UNSET)
        if type(address) is not str and address is not UNSET:
            address = _fields.read_string(address, "address")

        coordinate_lat = _get("coordinate_lat", UNSET)
        if type(coordinate_lat) is not str and coordinate_lat is not UNSET:
            coordinate_lat = _fields.read_string(coordinate_lat, "coordinate_lat")

        coordinate_lon = _get("coordinate_lon", UNSET)
        if type(coordinate_lon) is not str and coordinate_lon is not UNSET:
            coordinate_lon = _fields.read_string(coordinate_lon, "coordinate_lon")

        logo = _get("logo", UNSET)
        if type(logo) is not str and logo is not UNSET:
            logo = _fields.read_string(logo, "logo")

        zip_ = _get("zip", UNSET)
        if type(zip_) is not str and zip_ is not UNSET:
            zip_ = _fields.read_string(zip_, "zip")

        phones = _get("phones", UNSET)
        if phones is not UNSET:
            phones = _KIND_phones.read_field(phones, "phones")

        site = _get("site", UNSET)
        if type(site) is not str and site is not UNSET:
            site = _fields.read_string(site, "site")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.title = title
        _model.country_id = country_id
        _model.city_id = city_id
        _model.timezone = timezone
        _model.address = address
        _model.coordinate_lat = coordinate_lat
        _model.coordinate_lon = coordinate_lon
        _model.logo = logo
        _model.zip_ = zip_
        _model.phones = phones
        _model.site = site
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not CreateInventoryOperationResponse200DocumentCompany:
            _fields.init_added_fields(_model, CreateInventoryOperationResponse200DocumentCompany)
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
