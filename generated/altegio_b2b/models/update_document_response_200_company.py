from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_document_response_200_company_phones_item import UpdateDocumentResponse200CompanyPhonesItem


T = TypeVar("T", bound="UpdateDocumentResponse200Company")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "title",
        "public_title",
        "business_group_id",
        "business_type_id",
        "country_id",
        "city_id",
        "timezone",
        "timezone_name",
        "address",
        "coordinate_lat",
        "coordinate_lon",
        "logo",
        "zip",
        "phones",
        "site",
        "phone",
        "allow_delete_record",
        "allow_change_record",
    }
)
_EXTRA = _fields.ANY
_KIND_phones = _fields.ListOf(_fields.Model("UpdateDocumentResponse200CompanyPhonesItem"))


@_attrs_define
class UpdateDocumentResponse200Company:
    """location

    Attributes:
        id (int | Unset): location ID
        title (str | Unset): location name
        public_title (str | Unset): Public-facing location name
        business_group_id (int | Unset): Business group ID
        business_type_id (int | Unset): Business type ID
        country_id (int | Unset): Country ID
        city_id (int | Unset): City ID
        timezone (float | Unset): Timezone ID
        timezone_name (str | Unset): Timezone name
        address (str | Unset): location address
        coordinate_lat (float | Unset): Latitude
        coordinate_lon (float | Unset): Longitude
        logo (str | Unset): Let, on which the location logo is located
        zip_ (str | Unset): Postcode
        phones (list[UpdateDocumentResponse200CompanyPhonesItem] | Unset): location phone
        site (str | Unset): The site of the location
        phone (str | Unset): Location phone number
        allow_delete_record (bool | Unset): Allow deleting records
        allow_change_record (bool | Unset): Allow changing records
    """

    id: int | Unset = UNSET
    title: str | Unset = UNSET
    public_title: str | Unset = UNSET
    business_group_id: int | Unset = UNSET
    business_type_id: int | Unset = UNSET
    country_id: int | Unset = UNSET
    city_id: int | Unset = UNSET
    timezone: float | Unset = UNSET
    timezone_name: str | Unset = UNSET
    address: str | Unset = UNSET
    coordinate_lat: float | Unset = UNSET
    coordinate_lon: float | Unset = UNSET
    logo: str | Unset = UNSET
    zip_: str | Unset = UNSET
    phones: list[UpdateDocumentResponse200CompanyPhonesItem] | Unset = UNSET
    site: str | Unset = UNSET
    phone: str | Unset = UNSET
    allow_delete_record: bool | Unset = UNSET
    allow_change_record: bool | Unset = UNSET
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

        public_title = self.public_title
        if type(public_title) is not str and public_title is not UNSET:
            public_title = _fields.write_string(public_title, "public_title")
        if public_title is not UNSET:
            field_dict["public_title"] = public_title

        business_group_id = self.business_group_id
        if type(business_group_id) is not int and business_group_id is not UNSET:
            business_group_id = _fields.write_integer(business_group_id, "business_group_id")
        if business_group_id is not UNSET:
            field_dict["business_group_id"] = business_group_id

        business_type_id = self.business_type_id
        if type(business_type_id) is not int and business_type_id is not UNSET:
            business_type_id = _fields.write_integer(business_type_id, "business_type_id")
        if business_type_id is not UNSET:
            field_dict["business_type_id"] = business_type_id

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
            field_dict["timezone"] = _fields.write_number(timezone, "timezone")

        timezone_name = self.timezone_name
        if type(timezone_name) is not str and timezone_name is not UNSET:
            timezone_name = _fields.write_string(timezone_name, "timezone_name")
        if timezone_name is not UNSET:
            field_dict["timezone_name"] = timezone_name

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

        phone = self.phone
        if type(phone) is not str and phone is not UNSET:
            phone = _fields.write_string(phone, "phone")
        if phone is not UNSET:
            field_dict["phone"] = phone

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

        public_title = _get("public_title", UNSET)
        if type(public_title) is not str and public_title is not UNSET:
            public_title = _fields.read_string(public_title, "public_title")

        business_group_id = _get("business_group_id", UNSET)
        if type(business_group_id) is not int and business_group_id is not UNSET:
            business_group_id = _fields.read_integer(business_group_id, "business_group_id")

        business_type_id = _get("business_type_id", UNSET)
        if type(business_type_id) is not int and business_type_id is not UNSET:
            business_type_id = _fields.read_integer(business_type_id, "business_type_id")

        country_id = _get("country_id", UNSET)
        if type(country_id) is not int and country_id is not UNSET:
            country_id = _fields.read_integer(country_id, "country_id")

        city_id = _get("city_id", UNSET)
        if type(city_id) is not int and city_id is not UNSET:
            city_id = _fields.read_integer(city_id, "city_id")

        timezone = _get("timezone", UNSET)
        if type(timezone) is not float and type(timezone) is not int and timezone is not UNSET:
            timezone = _fields.read_number(timezone, "timezone")

        timezone_name = _get("timezone_name", UNSET)
        if type(timezone_name) is not str and timezone_name is not UNSET:
            timezone_name = _fields.read_string(timezone_name, "timezone_name")

        address = _get("address", UNSET)
        if type(address) is not str and address is not UNSET:
            address = _fields.read_string(address, "address")

        coordinate_lat = _get("coordinate_lat", UNSET)
        if type(coordinate_lat) is not float and type(coordinate_lat) is not int and coordinate_lat is not UNSET:
            coordinate_lat = _fields.read_number(coordinate_lat, "coordinate_lat")

        coordinate_lon = _get("coordinate_lon", UNSET)
        if type(coordinate_lon) is not float and type(coordinate_lon) is not int and coordinate_lon is not UNSET:
            coordinate_lon = _fields.read_number(coordinate_lon, "coordinate_lon")

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

        phone = _get("phone", UNSET)
        if type(phone) is not str and phone is not UNSET:
            phone = _fields.read_string(phone, "phone")

        allow_delete_record = _get("allow_delete_record", UNSET)
        if type(allow_delete_record) is not bool and allow_delete_record is not UNSET:
            allow_delete_record = _fields.read_boolean(allow_delete_record, "allow_delete_record")

        allow_change_record = _get("allow_change_record", UNSET)
        if type(allow_change_record) is not bool and allow_change_record is not UNSET:
            allow_change_record = _fields.read_boolean(allow_change_record, "allow_change_record")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.title = title
        _model.public_title = public_title
        _model.business_group_id = business_group_id
        _model.business_type_id = business_type_id
        _model.country_id = country_id
        _model.city_id = city_id
        _model.timezone = timezone
        _model.timezone_name = timezone_name
        _model.address = address
        _model.coordinate_lat = coordinate_lat
        _model.coordinate_lon = coordinate_lon
        _model.logo = logo
        _model.zip_ = zip_
        _model.phones = phones
        _model.site = site
        _model.phone = phone
        _model.allow_delete_record = allow_delete_record
        _model.allow_change_record = allow_change_record
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not UpdateDocumentResponse200Company:
            _fields.init_added_fields(_model, UpdateDocumentResponse200Company)
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
