from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_location_list_response_200_item_booking_widget_promo_type_0 import (
        GetLocationListResponse200ItemBookingWidgetPromoType0,
    )


T = TypeVar("T", bound="GetLocationListResponse200Item")


@_attrs_define
class GetLocationListResponse200Item:
    """
    Attributes:
        active (int | Unset): Is the location active (1 = active, 0 = inactive)
        active_staff_count (float | Unset): Number of team members available for appointment
        address (str | Unset): Address where the location is located
        app_android (str | Unset): Link to app for Android
        app_ios (str | Unset): Link to iOS App
        bookform_group_priority (float | Unset): Priority for booking form display
        booking_widget_promo (GetLocationListResponse200ItemBookingWidgetPromoType0 | None | Unset): Booking widget
            promo configuration
        city (str | Unset): location city name
        city_id (int | Unset): City ID where the location is located
        company_photos (list[str] | Unset): Array of full location photo URLs
        coordinate_lat (float | Unset): Latitude
        coordinate_lon (float | Unset): Longitude
        country (str | Unset): location country name
        country_id (int | Unset): Identifier of the country in which the location is located
        currency_short_title (str | Unset): Abbreviated currency name
        description (str | Unset): Full HTML description of the location
        email (str | Unset): Location email address
        group_priority (float | Unset): The higher the priority, the higher the location when displayed in the list of
            chain locations
        id (int | Unset): location ID
        logo (str | Unset): location logo image address
        next_slot (datetime.datetime | Unset): Date and time of the next free session in the location (ISO8601). The
            field will be present only if the GET parameter forBooking=1 is passed
        phone (str | Unset): location phone number
        phone_confirmation (bool | Unset): Do I need to confirm my phone number via SMS when appointment?
        phones (list[str] | Unset): Array of location phone numbers
        photos (list[str] | Unset): Array of location photo paths
        public_title (str | Unset): Public display name of the location
        reminds_sms_default (int | Unset): Default SMS reminder setting
        reminds_sms_disabled (bool | Unset): SMS reminders disabled
        schedule (str | Unset): location schedule
        short_descr (str | Unset): location category
        timezone (float | Unset): Timezone offset in hours
        timezone_name (str | Unset): timezone locations
        title (str | Unset): location name
    """

    active: int | Unset = UNSET
    active_staff_count: float | Unset = UNSET
    address: str | Unset = UNSET
    app_android: str | Unset = UNSET
    app_ios: str | Unset = UNSET
    bookform_group_priority: float | Unset = UNSET
    booking_widget_promo: GetLocationListResponse200ItemBookingWidgetPromoType0 | None | Unset = UNSET
    city: str | Unset = UNSET
    city_id: int | Unset = UNSET
    company_photos: list[str] | Unset = UNSET
    coordinate_lat: float | Unset = UNSET
    coordinate_lon: float | Unset = UNSET
    country: str | Unset = UNSET
    country_id: int | Unset = UNSET
    currency_short_title: str | Unset = UNSET
    description: str | Unset = UNSET
    email: str | Unset = UNSET
    group_priority: float | Unset = UNSET
    id: int | Unset = UNSET
    logo: str | Unset = UNSET
    next_slot: datetime.datetime | Unset = UNSET
    phone: str | Unset = UNSET
    phone_confirmation: bool | Unset = UNSET
    phones: list[str] | Unset = UNSET
    photos: list[str] | Unset = UNSET
    public_title: str | Unset = UNSET
    reminds_sms_default: int | Unset = UNSET
    reminds_sms_disabled: bool | Unset = UNSET
    schedule: str | Unset = UNSET
    short_descr: str | Unset = UNSET
    timezone: float | Unset = UNSET
    timezone_name: str | Unset = UNSET
    title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.get_location_list_response_200_item_booking_widget_promo_type_0 import (
            GetLocationListResponse200ItemBookingWidgetPromoType0,  # noqa: PLC0415
        )

        active = self.active

        active_staff_count = self.active_staff_count

        address = self.address

        app_android = self.app_android

        app_ios = self.app_ios

        bookform_group_priority = self.bookform_group_priority

        booking_widget_promo: dict[str, Any] | None | Unset
        if isinstance(self.booking_widget_promo, Unset):
            booking_widget_promo = UNSET
        elif isinstance(self.booking_widget_promo, GetLocationListResponse200ItemBookingWidgetPromoType0):
            booking_widget_promo = self.booking_widget_promo.to_dict()
        else:
            booking_widget_promo = self.booking_widget_promo

        city = self.city

        city_id = self.city_id

        company_photos: list[str] | Unset = UNSET
        if not isinstance(self.company_photos, Unset):
            company_photos = self.company_photos

        coordinate_lat = self.coordinate_lat

        coordinate_lon = self.coordinate_lon

        country = self.country

        country_id = self.country_id

        currency_short_title = self.currency_short_title

        description = self.description

        email = self.email

        group_priority = self.group_priority

        id = self.id

        logo = self.logo

        next_slot: str | Unset = UNSET
        if not isinstance(self.next_slot, Unset):
            next_slot = self.next_slot.isoformat()

        phone = self.phone

        phone_confirmation = self.phone_confirmation

        phones: list[str] | Unset = UNSET
        if not isinstance(self.phones, Unset):
            phones = self.phones

        photos: list[str] | Unset = UNSET
        if not isinstance(self.photos, Unset):
            photos = self.photos

        public_title = self.public_title

        reminds_sms_default = self.reminds_sms_default

        reminds_sms_disabled = self.reminds_sms_disabled

        schedule = self.schedule

        short_descr = self.short_descr

        timezone = self.timezone

        timezone_name = self.timezone_name

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active is not UNSET:
            field_dict["active"] = active
        if active_staff_count is not UNSET:
            field_dict["active_staff_count"] = active_staff_count
        if address is not UNSET:
            field_dict["address"] = address
        if app_android is not UNSET:
            field_dict["app_android"] = app_android
        if app_ios is not UNSET:
            field_dict["app_ios"] = app_ios
        if bookform_group_priority is not UNSET:
            field_dict["bookform_group_priority"] = bookform_group_priority
        if booking_widget_promo is not UNSET:
            field_dict["booking_widget_promo"] = booking_widget_promo
        if city is not UNSET:
            field_dict["city"] = city
        if city_id is not UNSET:
            field_dict["city_id"] = city_id
        if company_photos is not UNSET:
            field_dict["company_photos"] = company_photos
        if coordinate_lat is not UNSET:
            field_dict["coordinate_lat"] = coordinate_lat
        if coordinate_lon is not UNSET:
            field_dict["coordinate_lon"] = coordinate_lon
        if country is not UNSET:
            field_dict["country"] = country
        if country_id is not UNSET:
            field_dict["country_id"] = country_id
        if currency_short_title is not UNSET:
            field_dict["currency_short_title"] = currency_short_title
        if description is not UNSET:
            field_dict["description"] = description
        if email is not UNSET:
            field_dict["email"] = email
        if group_priority is not UNSET:
            field_dict["group_priority"] = group_priority
        if id is not UNSET:
            field_dict["id"] = id
        if logo is not UNSET:
            field_dict["logo"] = logo
        if next_slot is not UNSET:
            field_dict["next_slot"] = next_slot
        if phone is not UNSET:
            field_dict["phone"] = phone
        if phone_confirmation is not UNSET:
            field_dict["phone_confirmation"] = phone_confirmation
        if phones is not UNSET:
            field_dict["phones"] = phones
        if photos is not UNSET:
            field_dict["photos"] = photos
        if public_title is not UNSET:
            field_dict["public_title"] = public_title
        if reminds_sms_default is not UNSET:
            field_dict["reminds_sms_default"] = reminds_sms_default
        if reminds_sms_disabled is not UNSET:
            field_dict["reminds_sms_disabled"] = reminds_sms_disabled
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if short_descr is not UNSET:
            field_dict["short_descr"] = short_descr
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if timezone_name is not UNSET:
            field_dict["timezone_name"] = timezone_name
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_location_list_response_200_item_booking_widget_promo_type_0 import (
            GetLocationListResponse200ItemBookingWidgetPromoType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        active = d.pop("active", UNSET)

        active_staff_count = d.pop("active_staff_count", UNSET)

        address = d.pop("address", UNSET)

        app_android = d.pop("app_android", UNSET)

        app_ios = d.pop("app_ios", UNSET)

        bookform_group_priority = d.pop("bookform_group_priority", UNSET)

        def _parse_booking_widget_promo(
            data: object,
        ) -> GetLocationListResponse200ItemBookingWidgetPromoType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                booking_widget_promo_type_0 = GetLocationListResponse200ItemBookingWidgetPromoType0.from_dict(data)

                return booking_widget_promo_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetLocationListResponse200ItemBookingWidgetPromoType0 | None | Unset, data)

        booking_widget_promo = _parse_booking_widget_promo(d.pop("booking_widget_promo", UNSET))

        city = d.pop("city", UNSET)

        city_id = d.pop("city_id", UNSET)

        company_photos = cast(list[str], d.pop("company_photos", UNSET))

        coordinate_lat = d.pop("coordinate_lat", UNSET)

        coordinate_lon = d.pop("coordinate_lon", UNSET)

        country = d.pop("country", UNSET)

        country_id = d.pop("country_id", UNSET)

        currency_short_title = d.pop("currency_short_title", UNSET)

        description = d.pop("description", UNSET)

        email = d.pop("email", UNSET)

        group_priority = d.pop("group_priority", UNSET)

        id = d.pop("id", UNSET)

        logo = d.pop("logo", UNSET)

        _next_slot = d.pop("next_slot", UNSET)
        next_slot: datetime.datetime | Unset
        if isinstance(_next_slot, Unset):
            next_slot = UNSET
        else:
            next_slot = datetime.datetime.fromisoformat(_next_slot)

        phone = d.pop("phone", UNSET)

        phone_confirmation = d.pop("phone_confirmation", UNSET)

        phones = cast(list[str], d.pop("phones", UNSET))

        photos = cast(list[str], d.pop("photos", UNSET))

        public_title = d.pop("public_title", UNSET)

        reminds_sms_default = d.pop("reminds_sms_default", UNSET)

        reminds_sms_disabled = d.pop("reminds_sms_disabled", UNSET)

        schedule = d.pop("schedule", UNSET)

        short_descr = d.pop("short_descr", UNSET)

        timezone = d.pop("timezone", UNSET)

        timezone_name = d.pop("timezone_name", UNSET)

        title = d.pop("title", UNSET)

        get_location_list_response_200_item = cls(
            active=active,
            active_staff_count=active_staff_count,
            address=address,
            app_android=app_android,
            app_ios=app_ios,
            bookform_group_priority=bookform_group_priority,
            booking_widget_promo=booking_widget_promo,
            city=city,
            city_id=city_id,
            company_photos=company_photos,
            coordinate_lat=coordinate_lat,
            coordinate_lon=coordinate_lon,
            country=country,
            country_id=country_id,
            currency_short_title=currency_short_title,
            description=description,
            email=email,
            group_priority=group_priority,
            id=id,
            logo=logo,
            next_slot=next_slot,
            phone=phone,
            phone_confirmation=phone_confirmation,
            phones=phones,
            photos=photos,
            public_title=public_title,
            reminds_sms_default=reminds_sms_default,
            reminds_sms_disabled=reminds_sms_disabled,
            schedule=schedule,
            short_descr=short_descr,
            timezone=timezone,
            timezone_name=timezone_name,
            title=title,
        )

        get_location_list_response_200_item.additional_properties = d
        return get_location_list_response_200_item

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
