from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateLocationResponse201")


@_attrs_define
class CreateLocationResponse201:
    """data object

    Attributes:
        id (int | Unset): location ID
        title (str | Unset): location name
        short_descr (str | Unset): location category
        logo (str | Unset): Path to location logo image
        active (float | Unset): Is the location active (presence of a paid license) (1 - active, 0 - inactive)
        phone (str | Unset): location phone number
        country_id (int | Unset): Identifier of the country in which the location is located
        schedule (str | Unset): location schedule
        country (str | Unset): Name of the country in which the location is located
        city_id (int | Unset): City ID where the location is located
        city (str | Unset): Name of the city where the location is located
        timezone_name (str | Unset): timezone locations
        address (str | Unset): Address where the location is located
        coordinate_lat (float | Unset): Latitude
        coordinate_lon (float | Unset): Longitude
        phone_confirmation (bool | Unset): Do I need to confirm my phone number via SMS when appointment?
        active_staff_count (float | Unset): Number of team members available for appointment
        app_ios (str | Unset): Link to iOS App
        app_android (str | Unset): Link to Android App
        currency_short_title (str | Unset): Abbreviated currency name
    """

    id: int | Unset = UNSET
    title: str | Unset = UNSET
    short_descr: str | Unset = UNSET
    logo: str | Unset = UNSET
    active: float | Unset = UNSET
    phone: str | Unset = UNSET
    country_id: int | Unset = UNSET
    schedule: str | Unset = UNSET
    country: str | Unset = UNSET
    city_id: int | Unset = UNSET
    city: str | Unset = UNSET
    timezone_name: str | Unset = UNSET
    address: str | Unset = UNSET
    coordinate_lat: float | Unset = UNSET
    coordinate_lon: float | Unset = UNSET
    phone_confirmation: bool | Unset = UNSET
    active_staff_count: float | Unset = UNSET
    app_ios: str | Unset = UNSET
    app_android: str | Unset = UNSET
    currency_short_title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        short_descr = self.short_descr

        logo = self.logo

        active = self.active

        phone = self.phone

        country_id = self.country_id

        schedule = self.schedule

        country = self.country

        city_id = self.city_id

        city = self.city

        timezone_name = self.timezone_name

        address = self.address

        coordinate_lat = self.coordinate_lat

        coordinate_lon = self.coordinate_lon

        phone_confirmation = self.phone_confirmation

        active_staff_count = self.active_staff_count

        app_ios = self.app_ios

        app_android = self.app_android

        currency_short_title = self.currency_short_title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if short_descr is not UNSET:
            field_dict["short_descr"] = short_descr
        if logo is not UNSET:
            field_dict["logo"] = logo
        if active is not UNSET:
            field_dict["active"] = active
        if phone is not UNSET:
            field_dict["phone"] = phone
        if country_id is not UNSET:
            field_dict["country_id"] = country_id
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if country is not UNSET:
            field_dict["country"] = country
        if city_id is not UNSET:
            field_dict["city_id"] = city_id
        if city is not UNSET:
            field_dict["city"] = city
        if timezone_name is not UNSET:
            field_dict["timezone_name"] = timezone_name
        if address is not UNSET:
            field_dict["address"] = address
        if coordinate_lat is not UNSET:
            field_dict["coordinate_lat"] = coordinate_lat
        if coordinate_lon is not UNSET:
            field_dict["coordinate_lon"] = coordinate_lon
        if phone_confirmation is not UNSET:
            field_dict["phone_confirmation"] = phone_confirmation
        if active_staff_count is not UNSET:
            field_dict["active_staff_count"] = active_staff_count
        if app_ios is not UNSET:
            field_dict["app_ios"] = app_ios
        if app_android is not UNSET:
            field_dict["app_android"] = app_android
        if currency_short_title is not UNSET:
            field_dict["currency_short_title"] = currency_short_title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        short_descr = d.pop("short_descr", UNSET)

        logo = d.pop("logo", UNSET)

        active = d.pop("active", UNSET)

        phone = d.pop("phone", UNSET)

        country_id = d.pop("country_id", UNSET)

        schedule = d.pop("schedule", UNSET)

        country = d.pop("country", UNSET)

        city_id = d.pop("city_id", UNSET)

        city = d.pop("city", UNSET)

        timezone_name = d.pop("timezone_name", UNSET)

        address = d.pop("address", UNSET)

        coordinate_lat = d.pop("coordinate_lat", UNSET)

        coordinate_lon = d.pop("coordinate_lon", UNSET)

        phone_confirmation = d.pop("phone_confirmation", UNSET)

        active_staff_count = d.pop("active_staff_count", UNSET)

        app_ios = d.pop("app_ios", UNSET)

        app_android = d.pop("app_android", UNSET)

        currency_short_title = d.pop("currency_short_title", UNSET)

        _model = cls(
            id=id,
            title=title,
            short_descr=short_descr,
            logo=logo,
            active=active,
            phone=phone,
            country_id=country_id,
            schedule=schedule,
            country=country,
            city_id=city_id,
            city=city,
            timezone_name=timezone_name,
            address=address,
            coordinate_lat=coordinate_lat,
            coordinate_lon=coordinate_lon,
            phone_confirmation=phone_confirmation,
            active_staff_count=active_staff_count,
            app_ios=app_ios,
            app_android=app_android,
            currency_short_title=currency_short_title,
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
