from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import timestamps as _timestamps
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_inventory_operation_response_200_document_company_phones_item import (
        CreateInventoryOperationResponse200DocumentCompanyPhonesItem,
    )


T = TypeVar("T", bound="CreateInventoryOperationResponse200DocumentCompany")


@_attrs_define
class CreateInventoryOperationResponse200DocumentCompany:
    """location

    Attributes:
        id (int | Unset): location ID
        title (str | Unset): location name
        country_id (int | Unset): Country ID
        city_id (int | Unset): City ID
        timezone (datetime.datetime | Unset): time zone
        address (str | Unset): location address
        coordinate_lat (str | Unset): Latitude
        coordinate_lon (str | Unset): Longitude
        logo (str | Unset): Let, on which the location logo is located
        zip_ (str | Unset): Postcode
        phones (list[CreateInventoryOperationResponse200DocumentCompanyPhonesItem] | Unset): location phone
        site (str | Unset): The site of the location
    """

    id: int | Unset = UNSET
    title: str | Unset = UNSET
    country_id: int | Unset = UNSET
    city_id: int | Unset = UNSET
    timezone: datetime.datetime | Unset = UNSET
    address: str | Unset = UNSET
    coordinate_lat: str | Unset = UNSET
    coordinate_lon: str | Unset = UNSET
    logo: str | Unset = UNSET
    zip_: str | Unset = UNSET
    phones: list[CreateInventoryOperationResponse200DocumentCompanyPhonesItem] | Unset = UNSET
    site: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        country_id = self.country_id

        city_id = self.city_id

        timezone: str | Unset = UNSET
        if not isinstance(self.timezone, Unset):
            timezone = self.timezone.isoformat()

        address = self.address

        coordinate_lat = self.coordinate_lat

        coordinate_lon = self.coordinate_lon

        logo = self.logo

        zip_ = self.zip_

        phones: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.phones, Unset):
            phones = []
            for phones_item_data in self.phones:
                phones_item = phones_item_data.to_dict()
                phones.append(phones_item)

        site = self.site

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if country_id is not UNSET:
            field_dict["country_id"] = country_id
        if city_id is not UNSET:
            field_dict["city_id"] = city_id
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if address is not UNSET:
            field_dict["address"] = address
        if coordinate_lat is not UNSET:
            field_dict["coordinate_lat"] = coordinate_lat
        if coordinate_lon is not UNSET:
            field_dict["coordinate_lon"] = coordinate_lon
        if logo is not UNSET:
            field_dict["logo"] = logo
        if zip_ is not UNSET:
            field_dict["zip"] = zip_
        if phones is not UNSET:
            field_dict["phones"] = phones
        if site is not UNSET:
            field_dict["site"] = site

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_inventory_operation_response_200_document_company_phones_item import (
            CreateInventoryOperationResponse200DocumentCompanyPhonesItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        country_id = d.pop("country_id", UNSET)

        city_id = d.pop("city_id", UNSET)

        _timezone = d.pop("timezone", UNSET)
        timezone: datetime.datetime | Unset
        if isinstance(_timezone, Unset):
            timezone = UNSET
        else:
            timezone = _timestamps.parse_datetime(_timezone)

        address = d.pop("address", UNSET)

        coordinate_lat = d.pop("coordinate_lat", UNSET)

        coordinate_lon = d.pop("coordinate_lon", UNSET)

        logo = d.pop("logo", UNSET)

        zip_ = d.pop("zip", UNSET)

        _phones = d.pop("phones", UNSET)
        phones: list[CreateInventoryOperationResponse200DocumentCompanyPhonesItem] | Unset = UNSET
        if _phones is not UNSET:
            phones = []
            for phones_item_data in _phones:
                phones_item = CreateInventoryOperationResponse200DocumentCompanyPhonesItem.from_dict(phones_item_data)

                phones.append(phones_item)

        site = d.pop("site", UNSET)

        _model = cls(
            id=id,
            title=title,
            country_id=country_id,
            city_id=city_id,
            timezone=timezone,
            address=address,
            coordinate_lat=coordinate_lat,
            coordinate_lon=coordinate_lon,
            logo=logo,
            zip_=zip_,
            phones=phones,
            site=site,
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
