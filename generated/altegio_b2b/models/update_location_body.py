from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_location_body_social import UpdateLocationBodySocial


T = TypeVar("T", bound="UpdateLocationBody")


@_attrs_define
class UpdateLocationBody:
    """Change location

    Attributes:
        address (str | Unset): location address
        business_type_id (int | Unset): Business type
        city (str | Unset): City
        city_id (int | Unset): City ID (has higher priority then city)
        coordinate_lat (float | Unset): Latitude
        coordinate_lon (float | Unset): Longitude
        country (str | Unset): Country
        country_id (int | Unset): Country ID (has higher priority then country)
        description (str | Unset): Description
        phones (list[str] | Unset): location phone numbers
        short_descr (str | Unset): Business category
        site (str | Unset): location website
        social (UpdateLocationBodySocial | Unset): location social media
        title (str | Unset): location name
        zip_ (str | Unset): Zip code
    """

    address: str | Unset = UNSET
    business_type_id: int | Unset = UNSET
    city: str | Unset = UNSET
    city_id: int | Unset = UNSET
    coordinate_lat: float | Unset = UNSET
    coordinate_lon: float | Unset = UNSET
    country: str | Unset = UNSET
    country_id: int | Unset = UNSET
    description: str | Unset = UNSET
    phones: list[str] | Unset = UNSET
    short_descr: str | Unset = UNSET
    site: str | Unset = UNSET
    social: UpdateLocationBodySocial | Unset = UNSET
    title: str | Unset = UNSET
    zip_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        business_type_id = self.business_type_id

        city = self.city

        city_id = self.city_id

        coordinate_lat = self.coordinate_lat

        coordinate_lon = self.coordinate_lon

        country = self.country

        country_id = self.country_id

        description = self.description

        phones: list[str] | Unset = UNSET
        if not isinstance(self.phones, Unset):
            phones = self.phones

        short_descr = self.short_descr

        site = self.site

        social: dict[str, Any] | Unset = UNSET
        if not isinstance(self.social, Unset):
            social = self.social.to_dict()

        title = self.title

        zip_ = self.zip_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address is not UNSET:
            field_dict["address"] = address
        if business_type_id is not UNSET:
            field_dict["business_type_id"] = business_type_id
        if city is not UNSET:
            field_dict["city"] = city
        if city_id is not UNSET:
            field_dict["city_id"] = city_id
        if coordinate_lat is not UNSET:
            field_dict["coordinate_lat"] = coordinate_lat
        if coordinate_lon is not UNSET:
            field_dict["coordinate_lon"] = coordinate_lon
        if country is not UNSET:
            field_dict["country"] = country
        if country_id is not UNSET:
            field_dict["country_id"] = country_id
        if description is not UNSET:
            field_dict["description"] = description
        if phones is not UNSET:
            field_dict["phones"] = phones
        if short_descr is not UNSET:
            field_dict["short_descr"] = short_descr
        if site is not UNSET:
            field_dict["site"] = site
        if social is not UNSET:
            field_dict["social"] = social
        if title is not UNSET:
            field_dict["title"] = title
        if zip_ is not UNSET:
            field_dict["zip"] = zip_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_location_body_social import UpdateLocationBodySocial  # noqa: PLC0415

        d = dict(src_dict)
        address = d.pop("address", UNSET)

        business_type_id = d.pop("business_type_id", UNSET)

        city = d.pop("city", UNSET)

        city_id = d.pop("city_id", UNSET)

        coordinate_lat = d.pop("coordinate_lat", UNSET)

        coordinate_lon = d.pop("coordinate_lon", UNSET)

        country = d.pop("country", UNSET)

        country_id = d.pop("country_id", UNSET)

        description = d.pop("description", UNSET)

        phones = cast(list[str], d.pop("phones", UNSET))

        short_descr = d.pop("short_descr", UNSET)

        site = d.pop("site", UNSET)

        _social = d.pop("social", UNSET)
        social: UpdateLocationBodySocial | Unset
        if isinstance(_social, Unset):
            social = UNSET
        else:
            social = UpdateLocationBodySocial.from_dict(_social)

        title = d.pop("title", UNSET)

        zip_ = d.pop("zip", UNSET)

        update_location_body = cls(
            address=address,
            business_type_id=business_type_id,
            city=city,
            city_id=city_id,
            coordinate_lat=coordinate_lat,
            coordinate_lon=coordinate_lon,
            country=country,
            country_id=country_id,
            description=description,
            phones=phones,
            short_descr=short_descr,
            site=site,
            social=social,
            title=title,
            zip_=zip_,
        )

        update_location_body.additional_properties = d
        return update_location_body

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
