from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_location_response_200_access import UpdateLocationResponse200Access
    from ..models.update_location_response_200_main_group_type_0 import UpdateLocationResponse200MainGroupType0
    from ..models.update_location_response_200_social import UpdateLocationResponse200Social


T = TypeVar("T", bound="UpdateLocationResponse200")


@_attrs_define
class UpdateLocationResponse200:
    """
    Attributes:
        id (int | Unset): location ID
        title (str | Unset): location name
        country_id (int | Unset): Country ID
        country (str | Unset): Country name
        city_id (int | Unset): City ID
        city (str | Unset): City name
        timezone_name (str | Unset): Timezone name
        address (str | Unset): location address
        zip_ (str | Unset): Zip code
        social (UpdateLocationResponse200Social | Unset): location social media
        site (str | Unset): location website
        coordinate_lat (float | Unset): Latitude
        coordinate_lon (float | Unset): Longitude
        description (str | Unset): Description
        business_type_id (int | Unset): Business type
        short_descr (str | Unset): Business category
        phone_confirmation (bool | Unset): Do I need to confirm my phone number via SMS when appointment?
        group_priority (int | Unset): The higher the priority, the higher the location when displayed in the list of
            chain locations
        push_notification_phone_confirm (bool | int | Unset): Confirm client number to send push notifications (0/1 or
            boolean)
        main_group_id (int | Unset): Main location chain ID
        main_group (list[Any] | Unset | UpdateLocationResponse200MainGroupType0): Main location chain (object or empty
            array)
        access (UpdateLocationResponse200Access | Unset): Access rights list
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
    social: UpdateLocationResponse200Social | Unset = UNSET
    site: str | Unset = UNSET
    coordinate_lat: float | Unset = UNSET
    coordinate_lon: float | Unset = UNSET
    description: str | Unset = UNSET
    business_type_id: int | Unset = UNSET
    short_descr: str | Unset = UNSET
    phone_confirmation: bool | Unset = UNSET
    group_priority: int | Unset = UNSET
    push_notification_phone_confirm: bool | int | Unset = UNSET
    main_group_id: int | Unset = UNSET
    main_group: list[Any] | Unset | UpdateLocationResponse200MainGroupType0 = UNSET
    access: UpdateLocationResponse200Access | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.update_location_response_200_main_group_type_0 import UpdateLocationResponse200MainGroupType0  # noqa: PLC0415

        id = self.id

        title = self.title

        country_id = self.country_id

        country = self.country

        city_id = self.city_id

        city = self.city

        timezone_name = self.timezone_name

        address = self.address

        zip_ = self.zip_

        social: dict[str, Any] | Unset = UNSET
        if not isinstance(self.social, Unset):
            social = self.social.to_dict()

        site = self.site

        coordinate_lat = self.coordinate_lat

        coordinate_lon = self.coordinate_lon

        description = self.description

        business_type_id = self.business_type_id

        short_descr = self.short_descr

        phone_confirmation = self.phone_confirmation

        group_priority = self.group_priority

        push_notification_phone_confirm: bool | int | Unset
        if isinstance(self.push_notification_phone_confirm, Unset):
            push_notification_phone_confirm = UNSET
        else:
            push_notification_phone_confirm = self.push_notification_phone_confirm

        main_group_id = self.main_group_id

        main_group: dict[str, Any] | list[Any] | Unset
        if isinstance(self.main_group, Unset):
            main_group = UNSET
        elif isinstance(self.main_group, UpdateLocationResponse200MainGroupType0):
            main_group = self.main_group.to_dict()
        else:
            main_group = self.main_group

        access: dict[str, Any] | Unset = UNSET
        if not isinstance(self.access, Unset):
            access = self.access.to_dict()

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
        if timezone_name is not UNSET:
            field_dict["timezone_name"] = timezone_name
        if address is not UNSET:
            field_dict["address"] = address
        if zip_ is not UNSET:
            field_dict["zip"] = zip_
        if social is not UNSET:
            field_dict["social"] = social
        if site is not UNSET:
            field_dict["site"] = site
        if coordinate_lat is not UNSET:
            field_dict["coordinate_lat"] = coordinate_lat
        if coordinate_lon is not UNSET:
            field_dict["coordinate_lon"] = coordinate_lon
        if description is not UNSET:
            field_dict["description"] = description
        if business_type_id is not UNSET:
            field_dict["business_type_id"] = business_type_id
        if short_descr is not UNSET:
            field_dict["short_descr"] = short_descr
        if phone_confirmation is not UNSET:
            field_dict["phone_confirmation"] = phone_confirmation
        if group_priority is not UNSET:
            field_dict["group_priority"] = group_priority
        if push_notification_phone_confirm is not UNSET:
            field_dict["push_notification_phone_confirm"] = push_notification_phone_confirm
        if main_group_id is not UNSET:
            field_dict["main_group_id"] = main_group_id
        if main_group is not UNSET:
            field_dict["main_group"] = main_group
        if access is not UNSET:
            field_dict["access"] = access

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_location_response_200_access import UpdateLocationResponse200Access  # noqa: PLC0415
        from ..models.update_location_response_200_main_group_type_0 import UpdateLocationResponse200MainGroupType0  # noqa: PLC0415
        from ..models.update_location_response_200_social import UpdateLocationResponse200Social  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        country_id = d.pop("country_id", UNSET)

        country = d.pop("country", UNSET)

        city_id = d.pop("city_id", UNSET)

        city = d.pop("city", UNSET)

        timezone_name = d.pop("timezone_name", UNSET)

        address = d.pop("address", UNSET)

        zip_ = d.pop("zip", UNSET)

        _social = d.pop("social", UNSET)
        social: UpdateLocationResponse200Social | Unset
        if isinstance(_social, Unset):
            social = UNSET
        else:
            social = UpdateLocationResponse200Social.from_dict(_social)

        site = d.pop("site", UNSET)

        coordinate_lat = d.pop("coordinate_lat", UNSET)

        coordinate_lon = d.pop("coordinate_lon", UNSET)

        description = d.pop("description", UNSET)

        business_type_id = d.pop("business_type_id", UNSET)

        short_descr = d.pop("short_descr", UNSET)

        phone_confirmation = d.pop("phone_confirmation", UNSET)

        group_priority = d.pop("group_priority", UNSET)

        def _parse_push_notification_phone_confirm(data: object) -> bool | int | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | int | Unset, data)

        push_notification_phone_confirm = _parse_push_notification_phone_confirm(
            d.pop("push_notification_phone_confirm", UNSET)
        )

        main_group_id = d.pop("main_group_id", UNSET)

        def _parse_main_group(data: object) -> list[Any] | Unset | UpdateLocationResponse200MainGroupType0:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                main_group_type_0 = UpdateLocationResponse200MainGroupType0.from_dict(data)

                return main_group_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            main_group_type_1 = cast(list[Any], data)

            return main_group_type_1

        main_group = _parse_main_group(d.pop("main_group", UNSET))

        _access = d.pop("access", UNSET)
        access: UpdateLocationResponse200Access | Unset
        if isinstance(_access, Unset):
            access = UNSET
        else:
            access = UpdateLocationResponse200Access.from_dict(_access)

        _model = cls(
            id=id,
            title=title,
            country_id=country_id,
            country=country,
            city_id=city_id,
            city=city,
            timezone_name=timezone_name,
            address=address,
            zip_=zip_,
            social=social,
            site=site,
            coordinate_lat=coordinate_lat,
            coordinate_lon=coordinate_lon,
            description=description,
            business_type_id=business_type_id,
            short_descr=short_descr,
            phone_confirmation=phone_confirmation,
            group_priority=group_priority,
            push_notification_phone_confirm=push_notification_phone_confirm,
            main_group_id=main_group_id,
            main_group=main_group,
            access=access,
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
