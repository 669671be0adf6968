from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_document_response_200_company_phones_item import GetDocumentResponse200CompanyPhonesItem


T = TypeVar("T", bound="GetDocumentResponse200Company")


@_attrs_define
class GetDocumentResponse200Company:
    """location

    Attributes:
        id (int | Unset): location ID
        title (str | Unset): location name
        public_title (str | Unset): Public-facing location name
        business_group_id (int | Unset): Business group ID
        business_type_id (int | Unset): Business type ID
        country_id (int | Unset): Country ID
        city_id (int | Unset): City ID
        timezone (float | Unset): Timezone ID
        timezone_name (str | Unset): Timezone name
        address (str | Unset): location address
        coordinate_lat (float | Unset): Latitude
        coordinate_lon (float | Unset): Longitude
        logo (str | Unset): Let, on which the location logo is located
        zip_ (str | Unset): Postcode
        phones (list[GetDocumentResponse200CompanyPhonesItem] | Unset): location phone
        site (str | Unset): The site of the location
        phone (str | Unset): Location phone number
        allow_delete_record (bool | Unset): Allow deleting records
        allow_change_record (bool | Unset): Allow changing records
    """

    id: int | Unset = UNSET
    title: str | Unset = UNSET
    public_title: str | Unset = UNSET
    business_group_id: int | Unset = UNSET
    business_type_id: int | Unset = UNSET
    country_id: int | Unset = UNSET
    city_id: int | Unset = UNSET
    timezone: float | Unset = UNSET
    timezone_name: str | Unset = UNSET
    address: str | Unset = UNSET
    coordinate_lat: float | Unset = UNSET
    coordinate_lon: float | Unset = UNSET
    logo: str | Unset = UNSET
    zip_: str | Unset = UNSET
    phones: list[GetDocumentResponse200CompanyPhonesItem] | Unset = UNSET
    site: str | Unset = UNSET
    phone: str | Unset = UNSET
    allow_delete_record: bool | Unset = UNSET
    allow_change_record: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        public_title = self.public_title

        business_group_id = self.business_group_id

        business_type_id = self.business_type_id

        country_id = self.country_id

        city_id = self.city_id

        timezone = self.timezone

        timezone_name = self.timezone_name

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

        phone = self.phone

        allow_delete_record = self.allow_delete_record

        allow_change_record = self.allow_change_record

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if public_title is not UNSET:
            field_dict["public_title"] = public_title
        if business_group_id is not UNSET:
            field_dict["business_group_id"] = business_group_id
        if business_type_id is not UNSET:
            field_dict["business_type_id"] = business_type_id
        if country_id is not UNSET:
            field_dict["country_id"] = country_id
        if city_id is not UNSET:
            field_dict["city_id"] = city_id
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
        if logo is not UNSET:
            field_dict["logo"] = logo
        if zip_ is not UNSET:
            field_dict["zip"] = zip_
        if phones is not UNSET:
            field_dict["phones"] = phones
        if site is not UNSET:
            field_dict["site"] = site
        if phone is not UNSET:
            field_dict["phone"] = phone
        if allow_delete_record is not UNSET:
            field_dict["allow_delete_record"] = allow_delete_record
        if allow_change_record is not UNSET:
            field_dict["allow_change_record"] = allow_change_record

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_document_response_200_company_phones_item import GetDocumentResponse200CompanyPhonesItem  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        public_title = d.pop("public_title", UNSET)

        business_group_id = d.pop("business_group_id", UNSET)

        business_type_id = d.pop("business_type_id", UNSET)

        country_id = d.pop("country_id", UNSET)

        city_id = d.pop("city_id", UNSET)

        timezone = d.pop("timezone", UNSET)

        timezone_name = d.pop("timezone_name", UNSET)

        address = d.pop("address", UNSET)

        coordinate_lat = d.pop("coordinate_lat", UNSET)

        coordinate_lon = d.pop("coordinate_lon", UNSET)

        logo = d.pop("logo", UNSET)

        zip_ = d.pop("zip", UNSET)

        _phones = d.pop("phones", UNSET)
        phones: list[GetDocumentResponse200CompanyPhonesItem] | Unset = UNSET
        if _phones is not UNSET:
            phones = []
            for phones_item_data in _phones:
                phones_item = GetDocumentResponse200CompanyPhonesItem.from_dict(phones_item_data)

                phones.append(phones_item)

        site = d.pop("site", UNSET)

        phone = d.pop("phone", UNSET)

        allow_delete_record = d.pop("allow_delete_record", UNSET)

        allow_change_record = d.pop("allow_change_record", UNSET)

        _model = cls(
            id=id,
            title=title,
            public_title=public_title,
            business_group_id=business_group_id,
            business_type_id=business_type_id,
            country_id=country_id,
            city_id=city_id,
            timezone=timezone,
            timezone_name=timezone_name,
            address=address,
            coordinate_lat=coordinate_lat,
            coordinate_lon=coordinate_lon,
            logo=logo,
            zip_=zip_,
            phones=phones,
            site=site,
            phone=phone,
            allow_delete_record=allow_delete_record,
            allow_change_record=allow_change_record,
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
