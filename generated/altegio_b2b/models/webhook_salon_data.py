from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._runtime import fields as _fields
from .._runtime.errors import FieldError as _FieldError
from ..models.webhook_salon_data_active import WebhookSalonDataActive
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_salon_data_main_group_type_0 import WebhookSalonDataMainGroupType0
    from ..models.webhook_salon_data_schedule import WebhookSalonDataSchedule
    from ..models.webhook_salon_data_social import WebhookSalonDataSocial


T = TypeVar("T", bound="WebhookSalonData")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "title",
        "public_title",
        "phone",
        "phones",
        "country_id",
        "country",
        "city_id",
        "city",
        "active",
        "timezone",
        "timezone_name",
        "address",
        "coordinate_lat",
        "coordinate_lon",
        "currency_short_title",
        "business_group_id",
        "business_type_id",
        "site",
        "zip",
        "logo",
        "short_descr",
        "description",
        "schedule",
        "email",
        "social",
        "main_group_id",
        "main_group",
        "record_type_id",
        "booking_comment_required",
        "booking_email_required",
    }
)
_EXTRA = _fields.ANY
_KIND_phones = _fields.ListOf(_fields.STRING)
_KIND_active = _fields.EnumOf("WebhookSalonDataActive", _fields.INTEGER)
_KIND_main_group = _fields.OneOf(
    _fields.Model("WebhookSalonDataMainGroupType0"),
    _fields.NULL,
)


@_attrs_define
class WebhookSalonData:
    """Location data sent in webhook notifications. Corresponds to the output of the location detail API. Contains
    comprehensive location information.

        Attributes:
            id (int | Unset): Location ID.
            title (str | Unset): Location name.
            public_title (str | Unset): Public display name.
            phone (str | Unset): Primary phone number.
            phones (list[str] | Unset): All phone numbers.
            country_id (int | Unset):
            country (str | Unset):
            city_id (int | Unset):
            city (str | Unset):
            active (WebhookSalonDataActive | Unset): 1 — active, 0 — inactive.
            timezone (str | Unset): Timezone offset (e.g. "+3").
            timezone_name (str | Unset): IANA timezone name.
            address (str | Unset):
            coordinate_lat (float | Unset):
            coordinate_lon (float | Unset):
            currency_short_title (str | Unset): Currency code (e.g. "USD").
            business_group_id (int | Unset):
            business_type_id (int | Unset):
            site (str | Unset): Website URL.
            zip_ (str | Unset):
            logo (str | Unset): Logo URL.
            short_descr (str | Unset): Short description.
            description (str | Unset): Full description (HTML).
            schedule (WebhookSalonDataSchedule | Unset): Working hours schedule.
            email (str | Unset):
            social (WebhookSalonDataSocial | Unset): Social media links.
            main_group_id (int | Unset):
            main_group (None | Unset | WebhookSalonDataMainGroupType0):
            record_type_id (int | Unset):
            booking_comment_required (bool | Unset):
            booking_email_required (bool | Unset):
    """

    id: int | Unset = UNSET
    title: str | Unset = UNSET
    public_title: str | Unset = UNSET
    phone: str | Unset = UNSET
    phones: list[str] | Unset = UNSET
    country_id: int | Unset = UNSET
    country: str | Unset = UNSET
    city_id: int | Unset = UNSET
    city: str | Unset = UNSET
    active: WebhookSalonDataActive | Unset = UNSET
    timezone: str | Unset = UNSET
    timezone_name: str | Unset = UNSET
    address: str | Unset = UNSET
    coordinate_lat: float | Unset = UNSET
    coordinate_lon: float | Unset = UNSET
    currency_short_title: str | Unset = UNSET
    business_group_id: int | Unset = UNSET
    business_type_id: int | Unset = UNSET
    site: str | Unset = UNSET
    zip_: str | Unset = UNSET
    logo: str | Unset = UNSET
    short_descr: str | Unset = UNSET
    description: str | Unset = UNSET
    schedule: WebhookSalonDataSchedule | Unset = UNSET
    email: str | Unset = UNSET
    social: WebhookSalonDataSocial | Unset = UNSET
    main_group_id: int | Unset = UNSET
    main_group: None | Unset | WebhookSalonDataMainGroupType0 = UNSET
    record_type_id: int | Unset = UNSET
    booking_comment_required: bool | Unset = UNSET
    booking_email_required: bool | Unset = UNSET
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

        phone = self.phone
        if type(phone) is not str and phone is not UNSET:
            phone = _fields.write_string(phone, "phone")
        if phone is not UNSET:
            field_dict["phone"] = phone

        phones = self.phones
        if phones is not UNSET:
            field_dict["phones"] = _KIND_phones.write_field(phones, "phones")

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

        active = self.active
        if active is not UNSET:
            field_dict["active"] = _KIND_active.write_field(active, "active")

        timezone = self.timezone
        if type(timezone) is not str and timezone is not UNSET:
            timezone = _fields.write_string(timezone, "timezone")
        if timezone is not UNSET:
            field_dict["timezone"] = timezone

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

        currency_short_title = self.currency_short_title
        if type(currency_short_title) is not str and currency_short_title is not UNSET:
            currency_short_title = _fields.write_string(currency_short_title, "currency_short_title")
        if currency_short_title is not UNSET:
            field_dict["currency_short_title"] = currency_short_title

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

        site = self.site
        if type(site) is not str and site is not UNSET:
            site = _fields.write_string(site, "site")
        if site is not UNSET:
            field_dict["site"] = site

        zip_ = self.zip_
        if type(zip_) is not str and zip_ is not UNSET:
            zip_ = _fields.write_string(zip_, "zip_")
        if zip_ is not UNSET:
            field_dict["zip"] = zip_

        logo = self.logo
        if type(logo) is not str and logo is not UNSET:
            logo = _fields.write_string(logo, "logo")
        if logo is not UNSET:
            field_dict["logo"] = logo

        short_descr = self.short_descr
        if type(short_descr) is not str and short_descr is not UNSET:
            short_descr = _fields.write_string(short_descr, "short_descr")
        if short_descr is not UNSET:
            field_dict["short_descr"] = short_descr

        description = self.description
        if type(description) is not str and description is not UNSET:
            description = _fields.write_string(description, "description")
        if description is not UNSET:
            field_dict["description"] = description

        schedule = self.schedule
        if schedule is not UNSET:
            field_dict["schedule"] = _fields.write_model(schedule, _models.WebhookSalonDataSchedule, "schedule")

        email = self.email
        if type(email) is not str and email is not UNSET:
            email = _fields.write_string(email, "email")
        if email is not UNSET:
            field_dict["email"] = email

        social = self.social
        if social is not UNSET:
            field_dict["social"] = _fields.write_model(social, _models.WebhookSalonDataSocial, "social")

        main_group_id = self.main_group_id
        if type(main_group_id) is not int and main_group_id is not UNSET:
            main_group_id = _fields.write_integer(main_group_id, "main_group_id")
        if main_group_id is not UNSET:
            field_dict["main_group_id"] = main_group_id

        main_group = self.main_group
        if main_group is not UNSET:
            field_dict["main_group"] = _KIND_main_group.write_field(main_group, "main_group")

        record_type_id = self.record_type_id
        if type(record_type_id) is not int and record_type_id is not UNSET:
            record_type_id = _fields.write_integer(record_type_id, "record_type_id")
        if record_type_id is not UNSET:
            field_dict["record_type_id"] = record_type_id

        booking_comment_required = self.booking_comment_required
        if type(booking_comment_required) is not bool and booking_comment_required is not UNSET:
            booking_comment_required = _fields.write_boolean(booking_comment_required, "booking_comment_required")
        if booking_comment_required is not UNSET:
            field_dict["booking_comment_required"] = booking_comment_required

        booking_email_required = self.booking_email_required
        if type(booking_email_required) is not bool and booking_email_required is not UNSET:
            booking_email_required = _fields.write_boolean(booking_email_required, "booking_email_required")
        if booking_email_required is not UNSET:
            field_dict["booking_email_required"] = booking_email_required

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

        phone = _get("phone", UNSET)
        if type(phone) is not str and phone is not UNSET:
            phone = _fields.read_string(phone, "phone")

        phones = _get("phones", UNSET)
        if phones is not UNSET:
            phones = _KIND_phones.read_field(phones, "phones")

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

        active = _get("active", UNSET)
        if active is not UNSET:
            active = _KIND_active.read_field(active, "active")

        timezone = _get("timezone", UNSET)
        if type(timezone) is not str and timezone is not UNSET:
            timezone = _fields.read_string(timezone, "timezone")

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

        currency_short_title = _get("currency_short_title", UNSET)
        if type(currency_short_title) is not str and currency_short_title is not UNSET:
            currency_short_title = _fields.read_string(currency_short_title, "currency_short_title")

        business_group_id = _get("business_group_id", UNSET)
        if type(business_group_id) is not int and business_group_id is not UNSET:
            business_group_id = _fields.read_integer(business_group_id, "business_group_id")

        business_type_id = _get("business_type_id", UNSET)
        if type(business_type_id) is not int and business_type_id is not UNSET:
            business_type_id = _fields.read_integer(business_type_id, "business_type_id")

        site = _get("site", UNSET)
        if type(site) is not str and site is not UNSET:
            site = _fields.read_string(site, "site")

        zip_ = _get("zip", UNSET)
        if type(zip_) is not str and zip_ is not UNSET:
            zip_ = _fields.read_string(zip_, "zip")

        logo = _get("logo", UNSET)
        if type(logo) is not str and logo is not UNSET:
            logo = _fields.read_string(logo, "logo")

        short_descr = _get("short_descr", UNSET)
        if type(short_descr) is not str and short_descr is not UNSET:
            short_descr = _fields.read_string(short_descr, "short_descr")

        description = _get("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = _fields.read_string(description, "description")

        schedule = _get("schedule", UNSET)
        if schedule is not UNSET:
            try:
                schedule = _models.WebhookSalonDataSchedule.from_dict(schedule)
            except _FieldError as _error:
                raise _error.within("schedule")

        email = _get("email", UNSET)
        if type(email) is not str and email is not UNSET:
            email = _fields.read_string(email, "email")

        social = _get("social", UNSET)
        if social is not UNSET:
            try:
                social = _models.WebhookSalonDataSocial.from_dict(social)
            except _FieldError as _error:
                raise _error.within("social")

        main_group_id = _get("main_group_id", UNSET)
        if type(main_group_id) is not int and main_group_id is not UNSET:
            main_group_id = _fields.read_integer(main_group_id, "main_group_id")

        main_group = _get("main_group", UNSET)
        if main_group is not UNSET and main_group is not None:
            try:
                main_group = _models.WebhookSalonDataMainGroupType0.from_dict(main_group)
            except _FieldError as _error:
                raise _error.within("main_group")

        record_type_id = _get("record_type_id", UNSET)
        if type(record_type_id) is not int and record_type_id is not UNSET:
            record_type_id = _fields.read_integer(record_type_id, "record_type_id")

        booking_comment_required = _get("booking_comment_required", UNSET)
        if type(booking_comment_required) is not bool and booking_comment_required is not UNSET:
            booking_comment_required = _fields.read_boolean(booking_comment_required, "booking_comment_required")

        booking_email_required = _get("booking_email_required", UNSET)
        if type(booking_email_required) is not bool and booking_email_required is not UNSET:
            booking_email_required = _fields.read_boolean(booking_email_required, "booking_email_required")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.title = title
        _model.public_title = public_title
        _model.phone = phone
        _model.phones = phones
        _model.country_id = country_id
        _model.country = country
        _model.city_id = city_id
        _model.city = city
        _model.active = active
        _model.timezone = timezone
        _model.timezone_name = timezone_name
        _model.address = address
        _model.coordinate_lat = coordinate_lat
        _model.coordinate_lon = coordinate_lon
        _model.currency_short_title = currency_short_title
        _model.business_group_id = business_group_id
        _model.business_type_id = business_type_id
        _model.site = site
        _model.zip_ = zip_
        _model.logo = logo
        _model.short_descr = short_descr
        _model.description = description
        _model.schedule = schedule
        _model.email = email
        _model.social = social
        _model.main_group_id = main_group_id
        _model.main_group = main_group
        _model.record_type_id = record_type_id
        _model.booking_comment_required = booking_comment_required
        _model.booking_email_required = booking_email_required
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not WebhookSalonData:
            _fields.init_added_fields(_model, WebhookSalonData)
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
