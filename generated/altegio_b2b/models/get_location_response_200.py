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
    from ..models.get_location_response_200_access import GetLocationResponse200Access
    from ..models.get_location_response_200_bookforms_item import GetLocationResponse200BookformsItem
    from ..models.get_location_response_200_groups import GetLocationResponse200Groups
    from ..models.get_location_response_200_main_group_type_0 import GetLocationResponse200MainGroupType0
    from ..models.get_location_response_200_payment_policy import GetLocationResponse200PaymentPolicy
    from ..models.get_location_response_200_social import GetLocationResponse200Social


T = TypeVar("T", bound="GetLocationResponse200")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "title",
        "country_id",
        "country",
        "city_id",
        "city",
        "timezone_name",
        "address",
        "zip",
        "social",
        "site",
        "coordinate_lat",
        "coordinate_lon",
        "phone_confirmation",
        "active_staff_count",
        "next_slot",
        "group_priority",
        "push_notification_phone_confirm",
        "main_group_id",
        "main_group",
        "groups",
        "bookforms",
        "online_sales_form_url",
        "payment_policy",
        "access",
    }
)
_EXTRA = _fields.ANY
_KIND_push_notification_phone_confirm = _fields.OneOf(
    _fields.BOOLEAN,
    _fields.INTEGER,
)
_KIND_main_group = _fields.OneOf(
    _fields.Model("GetLocationResponse200MainGroupType0"),
    _fields.ListOf(_fields.ANY),
)
_KIND_bookforms = _fields.ListOf(_fields.Model("GetLocationResponse200BookformsItem"))


@_attrs_define
class GetLocationResponse200:
    """Object with data

    Attributes:
        id (int | Unset): location ID
        title (str | Unset): location name
        country_id (int | Unset): Identifier of the country in which the location is located
        country (str | Unset): Name of the country in which the location is located
        city_id (int | Unset): City ID where the location is located
        city (str | Unset): Name of the city where the location is located
        timezone_name (str | Unset): timezone locations
        address (str | Unset): Address where the location is located
        zip_ (str | Unset): Zip code
        social (GetLocationResponse200Social | Unset): location social media
        site (str | Unset): location website
        coordinate_lat (float | Unset): Latitude
        coordinate_lon (float | Unset): Longitude
        phone_confirmation (bool | Unset): Do I need to confirm the phone by SMS when appointment
        active_staff_count (float | Unset): Number of team members available for appointment
        next_slot (datetime.datetime | Unset): Date and time of the next free session in the location (ISO8601). The
            field will be present only if the GET parameter forBooking=1 is passed
        group_priority (int | Unset): The higher the priority, the higher the location when displayed in the list of
            chain locations
        push_notification_phone_confirm (bool | int | Unset): Confirm client number to send push notifications (0/1 or
            boolean)
        main_group_id (int | Unset): Main location chain ID
        main_group (GetLocationResponse200MainGroupType0 | list[Any] | Unset): Main location chain (object or empty
            array)
        groups (GetLocationResponse200Groups | Unset): All location chains. Only when show_groups=1 is set
        bookforms (list[GetLocationResponse200BookformsItem] | Unset): location online booking forms (widgets)
        online_sales_form_url (str | Unset): appointment form url. Only if bookform_id is set
        payment_policy (GetLocationResponse200PaymentPolicy | Unset): Currently enabled payment policy for the location
        access (GetLocationResponse200Access | Unset): Access rights list. Only if my=1 is set
    """

    id: int | Unset = UNSET
    title: str | Unset = UNSET
    country_id: int | Unset = UNSET
    country: str | Unset = UNSET
    city_id: int | Unset = UNSET
    city: str | Unset = UNSET
    timezone_name: str | Unset = UNSET
    address: str | Unset = UNSET
    zip_: str | Unset = UNSET
    social: GetLocationResponse200Social | Unset = UNSET
    site: str | Unset = UNSET
    coordinate_lat: float | Unset = UNSET
    coordinate_lon: float | Unset = UNSET
    phone_confirmation: bool | Unset = UNSET
    active_staff_count: float | Unset = UNSET
    next_slot: datetime.datetime | Unset = UNSET
    group_priority: int | Unset = UNSET
    push_notification_phone_confirm: bool | int | Unset = UNSET
    main_group_id: int | Unset = UNSET
    main_group: GetLocationResponse200MainGroupType0 | list[Any] | Unset = UNSET
    groups: GetLocationResponse200Groups | Unset = UNSET
    bookforms: list[GetLocationResponse200BookformsItem] | Unset = UNSET
    online_sales_form_url: str | Unset = UNSET
    payment_policy: GetLocationResponse200PaymentPolicy | Unset = UNSET
    access: GetLocationResponse200Access | Unset = UNSET
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

        zip_ = self.zip_
        if type(zip_) is not str and zip_ is not UNSET:
            zip_ = _fields.write_string(zip_, "zip_")
        if zip_ is not UNSET:
            field_dict["zip"] = zip_

        social = self.social
        if social is not UNSET:
            field_dict["social"] = _fields.write_model(social, _models.GetLocationResponse200Social, "social")

        site = self.site
        if type(site) is not str and site is not UNSET:
            site = _fields.write_string(site, "site")
        if site is not UNSET:
            field_dict["site"] = site

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

        group_priority = self.group_priority
        if type(group_priority) is not int and group_priority is not UNSET:
            group_priority = _fields.write_integer(group_priority, "group_priority")
        if group_priority is not UNSET:
            field_dict["group_priority"] = group_priority

        push_notification_phone_confirm = self.push_notification_phone_confirm
        if push_notification_phone_confirm is not UNSET:
            field_dict["push_notification_phone_confirm"] = _KIND_push_notification_phone_confirm.write_field(
                push_notification_phone_confirm, "push_notification_phone_confirm"
            )

        main_group_id = self.main_group_id
        if type(main_group_id) is not int and main_group_id is not UNSET:
            main_group_id = _fields.write_integer(main_group_id, "main_group_id")
        if main_group_id is not UNSET:
            field_dict["main_group_id"] = main_group_id

        main_group = self.main_group
        if main_group is not UNSET:
            field_dict["main_group"] = _KIND_main_group.write_field(main_group, "main_group")

        groups = self.groups
        if groups is not UNSET:
            field_dict["groups"] = _fields.write_model(groups, _models.GetLocationResponse200Groups, "groups")

        bookforms = self.bookforms
        if bookforms is not UNSET:
            field_dict["bookforms"] = _KIND_bookforms.write_field(bookforms, "bookforms")

        online_sales_form_url = self.online_sales_form_url
        if type(online_sales_form_url) is not str and online_sales_form_url is not UNSET:
            online_sales_form_url = _fields.write_string(online_sales_form_url, "online_sales_form_url")
        if online_sales_form_url is not UNSET:
            field_dict["online_sales_form_url"] = online_sales_form_url

        payment_policy = self.payment_policy
        if payment_policy is not UNSET:
            field_dict["payment_policy"] = _fields.write_model(
                payment_policy, _models.GetLocationResponse200PaymentPolicy, "payment_policy"
            )

        access = self.access
        if access is not UNSET:
            field_dict["access"] = _fields.write_model(access, _models.GetLocationResponse200Access, "access")

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

        timezone_name = _get("timezone_name", UNSET)
        if type(timezone_name) is not str and timezone_name is not UNSET:
            timezone_name = _fields.read_string(timezone_name, "timezone_name")

        address = _get("address", UNSET)
        if type(address) is not str and address is not UNSET:
            address = _fields.read_string(address, "address")

        zip_ = _get("zip", UNSET)
        if type(zip_) is not str and zip_ is not UNSET:
            zip_ = _fields.read_string(zip_, "zip")

        social = _get("social", UNSET)
        if social is not UNSET:
            try:
                social = _models.GetLocationResponse200Social.from_dict(social)
            except _FieldError as _error:
                raise _error.within("social")

        site = _get("site", UNSET)
        if type(site) is not str and site is not UNSET:
            site = _fields.read_string(site, "site")

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

        group_priority = _get("group_priority", UNSET)
        if type(group_priority) is not int and group_priority is not UNSET:
            group_priority = _fields.read_integer(group_priority, "group_priority")

        push_notification_phone_confirm = _get("push_notification_phone_confirm", UNSET)
        if push_notification_phone_confirm is not UNSET:
            push_notification_phone_confirm = _KIND_push_notification_phone_confirm.read_field(
                push_notification_phone_confirm, "push_notification_phone_confirm"
            )

        main_group_id = _get("main_group_id", UNSET)
        if type(main_group_id) is not int and main_group_id is not UNSET:
            main_group_id = _fields.read_integer(main_group_id, "main_group_id")

        main_group = _get("main_group", UNSET)
        if main_group is not UNSET:
            main_group = _KIND_main_group.read_field(main_group, "main_group")

        groups = _get("groups", UNSET)
        if groups is not UNSET:
            try:
                groups = _models.GetLocationResponse200Groups.from_dict(groups)
            except _FieldError as _error:
                raise _error.within("groups")

        bookforms = _get("bookforms", UNSET)
        if bookforms is not UNSET:
            bookforms = _KIND_bookforms.read_field(bookforms, "bookforms")

        online_sales_form_url = _get("online_sales_form_url", UNSET)
        if type(online_sales_form_url) is not str and online_sales_form_url is not UNSET:
            online_sales_form_url = _fields.read_string(online_sales_form_url, "online_sales_form_url")

        payment_policy = _get("payment_policy", UNSET)
        if payment_policy is not UNSET:
            try:
                payment_policy = _models.GetLocationResponse200PaymentPolicy.from_dict(payment_policy)
            except _FieldError as _error:
                raise _error.within("payment_policy")

        access = _get("access", UNSET)
        if access is not UNSET:
            try:
                access = _models.GetLocationResponse200Access.from_dict(access)
            except _FieldError as _error:
                raise _error.within("access")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.title = title
        _model.country_id = country_id
        _model.country = country
        _model.city_id = city_id
        _model.city = city
        _model.timezone_name = timezone_name
        _model.address = address
        _model.zip_ = zip_
        _model.social = social
        _model.site = site
        _model.coordinate_lat = coordinate_lat
        _model.coordinate_lon = coordinate_lon
        _model.phone_confirmation = phone_confirmation
        _model.active_staff_count = active_staff_count
        _model.next_slot = next_slot
        _model.group_priority = group_priority
        _model.push_notification_phone_confirm = push_notification_phone_confirm
        _model.main_group_id = main_group_id
        _model.main_group = main_group
        _model.groups = groups
        _model.bookforms = bookforms
        _model.online_sales_form_url = online_sales_form_url
        _model.payment_policy = payment_policy
        _model.access = access
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetLocationResponse200:
            _fields.init_added_fields(_model, GetLocationResponse200)
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
