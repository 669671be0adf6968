from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetUserAppointmentListResponse201ItemCompany")


@_attrs_define
class GetUserAppointmentListResponse201ItemCompany:
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
        id = self.id

        title = self.title

        country_id = self.country_id

        country = self.country

        city_id = self.city_id

        city = self.city

        phone = self.phone

        phones: list[str] | Unset = UNSET
        if not isinstance(self.phones, Unset):
            phones = self.phones

        timezone = self.timezone

        address = self.address

        coordinate_lat = self.coordinate_lat

        coordinate_lon = self.coordinate_lon

        allow_delete_record = self.allow_delete_record

        allow_change_record = self.allow_change_record

        site = self.site

        currency_short_title = self.currency_short_title

        allow_change_record_delay_step = self.allow_change_record_delay_step

        allow_delete_record_delay_step = self.allow_delete_record_delay_step

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if country_id is not UNSET:
            field_dict["country_id"] = country_id
        if country is not UNSET:
            field_dict["country"] = country
        if city_id is not UNSET:
            field_dict["city_id"] = city_id
        if city is not UNSET:
            field_dict["city"] = city
        if phone is not UNSET:
            field_dict["phone"] = phone
        if phones is not UNSET:
            field_dict["phones"] = phones
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if address is not UNSET:
            field_dict["address"] = address
        if coordinate_lat is not UNSET:
            field_dict["coordinate_lat"] = coordinate_lat
        if coordinate_lon is not UNSET:
            field_dict["coordinate_lon"] = coordinate_lon
        if allow_delete_record is not UNSET:
            field_dict["allow_delete_record"] = allow_delete_record
        if allow_change_record is not UNSET:
            field_dict["allow_change_record"] = allow_change_record
        if site is not UNSET:
            field_dict["site"] = site
        if currency_short_title is not UNSET:
            field_dict["currency_short_title"] = currency_short_title
        if allow_change_record_delay_step is not UNSET:
            field_dict["allow_change_record_delay_step"] = allow_change_record_delay_step
        if allow_delete_record_delay_step is not UNSET:
            field_dict["allow_delete_record_delay_step"] = allow_delete_record_delay_step

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        country_id = d.pop("country_id", UNSET)

        country = d.pop("country", UNSET)

        city_id = d.pop("city_id", UNSET)

        city = d.pop("city", UNSET)

        phone = d.pop("phone", UNSET)

        phones = cast(list[str], d.pop("phones", UNSET))

        timezone = d.pop("timezone", UNSET)

        address = d.pop("address", UNSET)

        coordinate_lat = d.pop("coordinate_lat", UNSET)

        coordinate_lon = d.pop("coordinate_lon", UNSET)

        allow_delete_record = d.pop("allow_delete_record", UNSET)

        allow_change_record = d.pop("allow_change_record", UNSET)

        site = d.pop("site", UNSET)

        currency_short_title = d.pop("currency_short_title", UNSET)

        allow_change_record_delay_step = d.pop("allow_change_record_delay_step", UNSET)

        allow_delete_record_delay_step = d.pop("allow_delete_record_delay_step", UNSET)

        _model = cls(
            id=id,
            title=title,
            country_id=country_id,
            country=country,
            city_id=city_id,
            city=city,
            phone=phone,
            phones=phones,
            timezone=timezone,
            address=address,
            coordinate_lat=coordinate_lat,
            coordinate_lon=coordinate_lon,
            allow_delete_record=allow_delete_record,
            allow_change_record=allow_change_record,
            site=site,
            currency_short_title=currency_short_title,
            allow_change_record_delay_step=allow_change_record_delay_step,
            allow_delete_record_delay_step=allow_delete_record_delay_step,
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
