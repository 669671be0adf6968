from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._runtime import fields as _fields
from .._runtime.errors import FieldError as _FieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_location_list_response_200_item_booking_widget_promo_type_0 import (
        GetLocationListResponse200ItemBookingWidgetPromoType0,
    )


T = TypeVar("T", bound="GetLocationListResponse200Item")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "title",
        "public_title",
        "short_descr",
        "logo",
        "active",
        "phone",
        "phones",
        "email",
        "country_id",
        "schedule",
        "country",
        "city_id",
        "city",
        "timezone",
        "timezone_name",
        "address",
        "coordinate_lat",
        "coordinate_lon",
        "phone_confirmation",
        "active_staff_count",
        "next_slot",
        "app_ios",
        "app_android",
        "currency_short_title",
        "reminds_sms_disabled",
        "reminds_sms_default",
        "group_priority",
        "bookform_group_priority",
        "description",
        "photos",
        "company_photos",
        "booking_widget_promo",
    }
)
_EXTRA = _fields.ANY
_KIND_phones = _fields.ListOf(_fields.STRING)
_KIND_photos = _fields.ListOf(_fields.STRING)
_KIND_company_photos = _fields.ListOf(_fields.STRING)
_KIND_booking_widget_promo = _fields.OneOf(
    _fields.Model("GetLocationListResponse200ItemBookingWidgetPromoType0"),
    _fields.NULL,
)


@_attrs_define
class GetLocationListResponse200Item:
    """
    Attributes:
        id (int | Unset): location ID
        title (str | Unset): location name
        public_title (str | Unset): Public display name of the location
        short_descr (str | Unset): location category
        logo (str | Unset): location logo image address
        active (int | Unset): Is the location active (1 = active, 0 = inactive)
        phone (str | Unset): location phone number
        phones (list[str] | Unset): Array of location phone numbers
        email (str | Unset): Location email address
        country_id (int | Unset): Identifier of the country in which the location is located
        schedule (str | Unset): location schedule
        country (str | Unset): location country name
        city_id (int | Unset): City ID where the location is located
        city (str | Unset): location city name
        timezone (float | Unset): Timezone offset in hours
        timezone_name (str | Unset): timezone locations
        address (str | Unset): Address where the location is located
        coordinate_lat (float | Unset): Latitude
        coordinate_lon (float | Unset): Longitude
        phone_confirmation (bool | Unset): Do I need to confirm my phone number via SMS when appointment?
        active_staff_count (float | Unset): Number of team members available for appointment
        next_slot (datetime.datetime | Unset): Date and time of the next free session in the location (ISO8601). The
            field will be present only if the GET parameter forBooking=1 is passed
        app_ios (str | Unset): Link to iOS App
        app_android (str | Unset): Link to app for Android
        currency_short_title (str | Unset): Abbreviated currency name
        reminds_sms_disabled (bool | Unset): SMS reminders disabled
        reminds_sms_default (int | Unset): Default SMS reminder setting
        group_priority (float | Unset): The higher the priority, the higher the location when displayed in the list of
            chain locations
        bookform_group_priority (float | Unset): Priority for booking form display
        description (str | Unset): Full HTML description of the location
        photos (list[str] | Unset): Array of location photo paths
        company_photos (list[str] | Unset): Array of full location photo URLs
        booking_widget_promo (GetLocationListResponse200ItemBookingWidgetPromoType0 | None | Unset): Booking widget
            promo configuration
    """

    id: int | Unset = UNSET
    title: str | Unset = UNSET
    public_title: str | Unset = UNSET
    short_descr: str | Unset = UNSET
    logo: str | Unset = UNSET
    active: int | Unset = UNSET
    phone: str | Unset = UNSET
    phones: list[str] | Unset = UNSET
    email: str | Unset = UNSET
    country_id: int | Unset = UNSET
    schedule: str | Unset = UNSET
    country: str | Unset = UNSET
    city_id: int | Unset = UNSET
    city: str | Unset = UNSET
    timezone: float | Unset = UNSET
    timezone_name: str | Unset = UNSET
    address: str | Unset = UNSET
    coordinate_lat: float | Unset = UNSET
    coordinate_lon: float | Unset = UNSET
    phone_confirmation: bool | Unset = UNSET
    active_staff_count: float | Unset = UNSET
    next_slot: datetime.datetime | Unset = UNSET
    app_ios: str | Unset = UNSET
    app_android: str | Unset = UNSET
    currency_short_title: str | Unset = UNSET
    reminds_sms_disabled: bool | Unset = UNSET
    reminds_sms_default: int | Unset = UNSET
    group_priority: float | Unset = UNSET
    bookform_group_priority: float | Unset = UNSET
    description: str | Unset = UNSET
    photos: list[str] | Unset = UNSET
    company_photos: list[str] | Unset = UNSET
    booking_widget_promo: GetLocationListResponse200ItemBookingWidgetPromoType0 | None | Unset = UNSET
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

        short_descr = self.short_descr
        if type(short_descr) is not str and short_descr is not UNSET:
            short_descr = _fields.write_string(short_descr, "short_descr")
        if short_descr is not UNSET:
            field_dict["short_descr"] = short_descr

        logo = self.logo
        if type(logo) is not str and logo is not UNSET:
            logo = _fields.write_string(logo, "logo")
        if logo is not UNSET:
            field_dict["logo"] = logo

        active = self.active
        if type(active) is not int and active is not UNSET:
            active = _fields.write_integer(active, "active")
        if active is not UNSET:
            field_dict["active"] = active

        phone = self.phone
        if type(phone) is not str and phone is not UNSET:
            phone = _fields.write_string(phone, "phone")
        if phone is not UNSET:
            field_dict["phone"] = phone

        phones = self.phones
        if phones is not UNSET:
            field_dict["phones"] = _KIND_phones.write_field(phones, "phones")

        email = self.email
        if type(email) is not str and email is not UNSET:
            email = _fields.write_string(email, "email")
        if email is not UNSET:
            field_dict["email"] = email

        country_id = self.country_id
        if type(country_id) is not int and country_id is not UNSET:
            country_id = _fields.write_integer(country_id, "country_id")
        if country_id is not UNSET:
            field_dict["country_id"] = country_id

        schedule = self.schedule
        if type(schedule) is not str and schedule is not UNSET:
            schedule = _fields.write_string(schedule, "schedule")
        if schedule is not UNSET:
            field_dict["schedule"] = schedule

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

        phone_confirmation = self.phone_confirmation
        if type(phone_confirmation) is not bool and phone_confirmation is not UNSET:
            phone_confirmation = _fields.write_boolean(phone_confirmation, "phone_confirmation")
        if phone_confirmation is not UNSET:
            field_dict["phone_confirmation"] = phone_confirmation

        active_staff_count = self.active_staff_count
        if active_staff_count is not UNSET:
            field_dict["active_staff_count"] = _fields.write_number(active_staff_count, "active_staff_count")

        next_slot = self.next_slot
        if next_slot is not UNSET:
            field_dict["next_slot"] = _fields.write_datetime(next_slot, "next_slot")

        app_ios = self.app_ios
        if type(app_ios) is not str and app_ios is not UNSET:
            app_ios = _fields.write_string(app_ios, "app_ios")
        if app_ios is not UNSET:
            field_dict["app_ios"] = app_ios

        app_android = self.app_android
        if type(app_android) is not str and app_android is not UNSET:
            app_android = _fields.write_string(app_android, "app_android")
        if app_android is not UNSET:
            field_dict["app_android"] = app_android

        currency_short_title = self.currency_short_title
        if type(currency_short_title) is not str and currency_short_title is not UNSET:
            currency_short_title = _fields.write_string(currency_short_title, "currency_short_title")
        if currency_short_title is not UNSET:
            field_dict["currency_short_title"] = currency_short_title

        reminds_sms_disabled = self.reminds_sms_disabled
        if type(reminds_sms_disabled) is not bool and reminds_sms_disabled is not UNSET:
            reminds_sms_disabled = _fields.write_boolean(reminds_sms_disabled, "reminds_sms_disabled")
        if reminds_sms_disabled is not UNSET:
            field_dict["reminds_sms_disabled"] = reminds_sms_disabled

        reminds_sms_default = self.reminds_sms_default
        if type(reminds_sms_default) is not int and reminds_sms_default is not UNSET:
            reminds_sms_default = _fields.write_integer(reminds_sms_default, "reminds_sms_default")
        if reminds_sms_default is not UNSET:
            field_dict["reminds_sms_default"] = reminds_sms_default

        group_priority = self.group_priority
        if group_priority is not UNSET:
            field_dict["group_priority"] = _fields.write_number(group_priority, "group_priority")

        bookform_group_priority = self.bookform_group_priority
        if bookform_group_priority is not UNSET:
            field_dict["bookform_group_priority"] = _fields.write_number(
                bookform_group_priority, "bookform_group_priority"
            )

        description = self.description
        if type(description) is not str and description is not UNSET:
            description = _fields.write_string(description, "description")
        if description is not UNSET:
            field_dict["description"] = description

        photos = self.photos
        if photos is not UNSET:
            field_dict["photos"] = _KIND_photos.write_field(photos, "photos")

        company_photos = self.company_photos
        if company_photos is not UNSET:
            field_dict["company_photos"] = _KIND_company_photos.write_field(company_photos, "company_photos")

        booking_widget_promo = self.booking_widget_promo
        if booking_widget_promo is not UNSET:
            field_dict["booking_widget_promo"] = _KIND_booking_widget_promo.write_field(
                booking_widget_promo, "booking_widget_promo"
            )

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

        short_descr = _get("short_descr", UNSET)
        if type(short_descr) is not str and short_descr is not UNSET:
            short_descr = _fields.read_string(short_descr, "short_descr")

        logo = _get("logo", UNSET)
        if type(logo) is not str and logo is not UNSET:
            logo = _fields.read_string(logo, "logo")

        active = _get("active", UNSET)
        if type(active) is not int and active is not UNSET:
            active = _fields.read_integer(active, "active")

        phone = _get("phone", UNSET)
        if type(phone) is not str and phone is not UNSET:
            phone = _fields.read_string(phone, "phone")

        phones = _get("phones", UNSET)
        if phones is not UNSET:
            phones = _KIND_phones.read_field(phones, "phones")

        email = _get("email", UNSET)
        if type(email) is not str and email is not UNSET:
            email = _fields.read_string(email, "email")

        country_id = _get("country_id", UNSET)
        if type(country_id) is not int and country_id is not UNSET:
            country_id = _fields.read_integer(country_id, "country_id")

        schedule = _get("schedule", UNSET)
        if type(schedule) is not str and schedule is not UNSET:
            schedule = _fields.read_string(schedule, "schedule")

        country = _get("country", UNSET)
        if type(country) is not str and country is not UNSET:
            country = _fields.read_string(country, "country")

        city_id = _get("city_id", UNSET)
        if type(city_id) is not int and city_id is not UNSET:
            city_id = _fields.read_integer(city_id, "city_id")

        city = _get("city", UNSET)
        if type(city) is not str and city is not UNSET:
            city = _fields.read_string(city, "city")

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

        phone_confirmation = _get("phone_confirmation", UNSET)
        if type(phone_confirmation) is not bool and phone_confirmation is not UNSET:
            phone_confirmation = _fields.read_boolean(phone_confirmation, "phone_confirmation")

        active_staff_count = _get("active_staff_count", UNSET)
        if (
            type(active_staff_count) is not float
            and type(active_staff_count) is not int
            and active_staff_count is not UNSET
        ):
            active_staff_count = _fields.read_number(active_staff_count, "active_staff_count")

        next_slot = _get("next_slot", UNSET)
        if next_slot is not UNSET:
            try:
                next_slot = _fields.datetime_fromisoformat(next_slot)
            except (TypeError, ValueError):
                next_slot = _fields.read_datetime(next_slot, "next_slot")

        app_ios = _get("app_ios", UNSET)
        if type(app_ios) is not str and app_ios is not UNSET:
            app_ios = _fields.read_string(app_ios, "app_ios")

        app_android = _get("app_android", UNSET)
        if type(app_android) is not str and app_android is not UNSET:
            app_android = _fields.read_string(app_android, "app_android")

        currency_short_title = _get("currency_short_title", UNSET)
        if type(currency_short_title) is not str and currency_short_title is not UNSET:
            currency_short_title = _fields.read_string(currency_short_title, "currency_short_title")

        reminds_sms_disabled = _get("reminds_sms_disabled", UNSET)
        if type(reminds_sms_disabled) is not bool and reminds_sms_disabled is not UNSET:
            reminds_sms_disabled = _fields.read_boolean(reminds_sms_disabled, "reminds_sms_disabled")

        reminds_sms_default = _get("reminds_sms_default", UNSET)
        if type(reminds_sms_default) is not int and reminds_sms_default is not UNSET:
            reminds_sms_default = _fields.read_integer(reminds_sms_default, "reminds_sms_default")

        group_priority = _get("group_priority", UNSET)
        if type(group_priority) is not float and type(group_priority) is not int and group_priority is not UNSET:
            group_priority = _fields.read_number(group_priority, "group_priority")

        bookform_group_priority = _get("bookform_group_priority", UNSET)
        if (
            type(bookform_group_priority) is not float
            and type(bookform_group_priority) is not int
            and bookform_group_priority is not UNSET
        ):
            bookform_group_priority = _fields.read_number(bookform_group_priority, "bookform_group_priority")

        description = _get("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = _fields.read_string(description, "description")

        photos = _get("photos", UNSET)
        if photos is not UNSET:
            photos = _KIND_photos.read_field(photos, "photos")

        company_photos = _get("company_photos", UNSET)
        if company_photos is not UNSET:
            company_photos = _KIND_company_photos.read_field(company_photos, "company_photos")

        booking_widget_promo = _get("booking_widget_promo", UNSET)
        if booking_widget_promo is not UNSET and booking_widget_promo is not None:
            try:
                booking_widget_promo = _models.GetLocationListResponse200ItemBookingWidgetPromoType0.from_dict(
                    booking_widget_promo
                )
            except _FieldError as _error:
                raise _error.within("booking_widget_promo")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.title = title
        _model.public_title = public_title
        _model.short_descr = short_descr
        _model.logo = logo
        _model.active = active
        _model.phone = phone
        _model.phones = phones
        _model.email = email
        _model.country_id = country_id
        _model.schedule = schedule
        _model.country = country
        _model.city_id = city_id
        _model.city = city
        _model.timezone = timezone
        _model.timezone_name = timezone_name
        _model.address = address
        _model.coordinate_lat = coordinate_lat
        _model.coordinate_lon = coordinate_lon
        _model.phone_confirmation = phone_confirmation
        _model.active_staff_count = active_staff_count
        _model.next_slot = next_slot
        _model.app_ios = app_ios
        _model.app_android = app_android
        _model.currency_short_title = currency_short_title
        _model.reminds_sms_disabled = reminds_sms_disabled
        _model.reminds_sms_default = reminds_sms_default
        _model.group_priority = group_priority
        _model.bookform_group_priority = bookform_group_priority
        _model.description = description
        _model.photos = photos
        _model.company_photos = company_photos
        _model.booking_widget_promo = booking_widget_promo
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetLocationListResponse200Item:
            _fields.init_added_fields(_model, GetLocationListResponse200Item)
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
