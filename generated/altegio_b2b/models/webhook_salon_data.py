from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_salon_data_active import WebhookSalonDataActive
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_salon_data_main_group_type_0 import WebhookSalonDataMainGroupType0
    from ..models.webhook_salon_data_schedule import WebhookSalonDataSchedule
    from ..models.webhook_salon_data_social import WebhookSalonDataSocial


T = TypeVar("T", bound="WebhookSalonData")


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
        from ..models.webhook_salon_data_main_group_type_0 import WebhookSalonDataMainGroupType0  # noqa: PLC0415

        id = self.id

        title = self.title

        public_title = self.public_title

        phone = self.phone

        phones: list[str] | Unset = UNSET
        if not isinstance(self.phones, Unset):
            phones = self.phones

        country_id = self.country_id

        country = self.country

        city_id = self.city_id

        city = self.city

        active: int | Unset = UNSET
        if not isinstance(self.active, Unset):
            active = self.active.value

        timezone = self.timezone

        timezone_name = self.timezone_name

        address = self.address

        coordinate_lat = self.coordinate_lat

        coordinate_lon = self.coordinate_lon

        currency_short_title = self.currency_short_title

        business_group_id = self.business_group_id

        business_type_id = self.business_type_id

        site = self.site

        zip_ = self.zip_

        logo = self.logo

        short_descr = self.short_descr

        description = self.description

        schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schedule, Unset):
            schedule = self.schedule.to_dict()

        email = self.email

        social: dict[str, Any] | Unset = UNSET
        if not isinstance(self.social, Unset):
            social = self.social.to_dict()

        main_group_id = self.main_group_id

        main_group: dict[str, Any] | None | Unset
        if isinstance(self.main_group, Unset):
            main_group = UNSET
        elif isinstance(self.main_group, WebhookSalonDataMainGroupType0):
            main_group = self.main_group.to_dict()
        else:
            main_group = self.main_group

        record_type_id = self.record_type_id

        booking_comment_required = self.booking_comment_required

        booking_email_required = self.booking_email_required

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if public_title is not UNSET:
            field_dict["public_title"] = public_title
        if phone is not UNSET:
            field_dict["phone"] = phone
        if phones is not UNSET:
            field_dict["phones"] = phones
        if country_id is not UNSET:
            field_dict["country_id"] = country_id
        if country is not UNSET:
            field_dict["country"] = country
        if city_id is not UNSET:
            field_dict["city_id"] = city_id
        if city is not UNSET:
            field_dict["city"] = city
        if active is not UNSET:
            field_dict["active"] = active
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if timezone_name is not UNSET:
            field_dict["timezone_name"] = timezone_name
        if address is not UNSET:
            field_dict["address"] = address
        if coordinate_lat is not UNSET:
            field_dict["coordinate_lat"] = coordinate_lat
        if coordinate_lon is not UNSET:
            field_dict["coordinate_lon"] = coordinate_lon
        if currency_short_title is not UNSET:
            field_dict["currency_short_title"] = currency_short_title
        if business_group_id is not UNSET:
            field_dict["business_group_id"] = business_group_id
        if business_type_id is not UNSET:
            field_dict["business_type_id"] = business_type_id
        if site is not UNSET:
            field_dict["site"] = site
        if zip_ is not UNSET:
            field_dict["zip"] = zip_
        if logo is not UNSET:
            field_dict["logo"] = logo
        if short_descr is not UNSET:
            field_dict["short_descr"] = short_descr
        if description is not UNSET:
            field_dict["description"] = description
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if email is not UNSET:
            field_dict["email"] = email
        if social is not UNSET:
            field_dict["social"] = social
        if main_group_id is not UNSET:
            field_dict["main_group_id"] = main_group_id
        if main_group is not UNSET:
            field_dict["main_group"] = main_group
        if record_type_id is not UNSET:
            field_dict["record_type_id"] = record_type_id
        if booking_comment_required is not UNSET:
            field_dict["booking_comment_required"] = booking_comment_required
        if booking_email_required is not UNSET:
            field_dict["booking_email_required"] = booking_email_required

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_salon_data_main_group_type_0 import WebhookSalonDataMainGroupType0  # noqa: PLC0415
        from ..models.webhook_salon_data_schedule import WebhookSalonDataSchedule  # noqa: PLC0415
        from ..models.webhook_salon_data_social import WebhookSalonDataSocial  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        public_title = d.pop("public_title", UNSET)

        phone = d.pop("phone", UNSET)

        phones = cast(list[str], d.pop("phones", UNSET))

        country_id = d.pop("country_id", UNSET)

        country = d.pop("country", UNSET)

        city_id = d.pop("city_id", UNSET)

        city = d.pop("city", UNSET)

        _active = d.pop("active", UNSET)
        active: WebhookSalonDataActive | Unset
        if isinstance(_active, Unset):
            active = UNSET
        else:
            active = WebhookSalonDataActive(_active)

        timezone = d.pop("timezone", UNSET)

        timezone_name = d.pop("timezone_name", UNSET)

        address = d.pop("address", UNSET)

        coordinate_lat = d.pop("coordinate_lat", UNSET)

        coordinate_lon = d.pop("coordinate_lon", UNSET)

        currency_short_title = d.pop("currency_short_title", UNSET)

        business_group_id = d.pop("business_group_id", UNSET)

        business_type_id = d.pop("business_type_id", UNSET)

        site = d.pop("site", UNSET)

        zip_ = d.pop("zip", UNSET)

        logo = d.pop("logo", UNSET)

        short_descr = d.pop("short_descr", UNSET)

        description = d.pop("description", UNSET)

        _schedule = d.pop("schedule", UNSET)
        schedule: WebhookSalonDataSchedule | Unset
        if isinstance(_schedule, Unset):
            schedule = UNSET
        else:
            schedule = WebhookSalonDataSchedule.from_dict(_schedule)

        email = d.pop("email", UNSET)

        _social = d.pop("social", UNSET)
        social: WebhookSalonDataSocial | Unset
        if isinstance(_social, Unset):
            social = UNSET
        else:
            social = WebhookSalonDataSocial.from_dict(_social)

        main_group_id = d.pop("main_group_id", UNSET)

        def _parse_main_group(data: object) -> None | Unset | WebhookSalonDataMainGroupType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                main_group_type_0 = WebhookSalonDataMainGroupType0.from_dict(data)

                return main_group_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WebhookSalonDataMainGroupType0, data)

        main_group = _parse_main_group(d.pop("main_group", UNSET))

        record_type_id = d.pop("record_type_id", UNSET)

        booking_comment_required = d.pop("booking_comment_required", UNSET)

        booking_email_required = d.pop("booking_email_required", UNSET)

        _model = cls(
            id=id,
            title=title,
            public_title=public_title,
            phone=phone,
            phones=phones,
            country_id=country_id,
            country=country,
            city_id=city_id,
            city=city,
            active=active,
            timezone=timezone,
            timezone_name=timezone_name,
            address=address,
            coordinate_lat=coordinate_lat,
            coordinate_lon=coordinate_lon,
            currency_short_title=currency_short_title,
            business_group_id=business_group_id,
            business_type_id=business_type_id,
            site=site,
            zip_=zip_,
            logo=logo,
            short_descr=short_descr,
            description=description,
            schedule=schedule,
            email=email,
            social=social,
            main_group_id=main_group_id,
            main_group=main_group,
            record_type_id=record_type_id,
            booking_comment_required=booking_comment_required,
            booking_email_required=booking_email_required,
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
