from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetCountryListResponse200Item")


@_attrs_define
class GetCountryListResponse200Item:
    """
    Attributes:
        id (int | Unset): Country ID
        title (str | Unset): Short country name
        full_title (str | Unset): Full country name
        iso_code (str | Unset): ISO 3166-1 alpha-2 country code
        phone_code (str | Unset): Country phone code
        phone_template (str | Unset): Country phone number mask
        phone_example (str | Unset): Country phone number example
        currency (str | Unset): Country currency symbol
        exchange (float | Unset): Currency exchange rate
        lang_id (int | Unset): Language ID
        group_type (float | Unset): Country group type
        is_eu (bool | Unset): Whether the country is in the European Union
    """

    id: int | Unset = UNSET
    title: str | Unset = UNSET
    full_title: str | Unset = UNSET
    iso_code: str | Unset = UNSET
    phone_code: str | Unset = UNSET
    phone_template: str | Unset = UNSET
    phone_example: str | Unset = UNSET
    currency: str | Unset = UNSET
    exchange: float | Unset = UNSET
    lang_id: int | Unset = UNSET
    group_type: float | Unset = UNSET
    is_eu: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        full_title = self.full_title

        iso_code = self.iso_code

        phone_code = self.phone_code

        phone_template = self.phone_template

        phone_example = self.phone_example

        currency = self.currency

        exchange = self.exchange

        lang_id = self.lang_id

        group_type = self.group_type

        is_eu = self.is_eu

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if full_title is not UNSET:
            field_dict["full_title"] = full_title
        if iso_code is not UNSET:
            field_dict["iso_code"] = iso_code
        if phone_code is not UNSET:
            field_dict["phone_code"] = phone_code
        if phone_template is not UNSET:
            field_dict["phone_template"] = phone_template
        if phone_example is not UNSET:
            field_dict["phone_example"] = phone_example
        if currency is not UNSET:
            field_dict["currency"] = currency
        if exchange is not UNSET:
            field_dict["exchange"] = exchange
        if lang_id is not UNSET:
            field_dict["lang_id"] = lang_id
        if group_type is not UNSET:
            field_dict["group_type"] = group_type
        if is_eu is not UNSET:
            field_dict["is_eu"] = is_eu

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        full_title = d.pop("full_title", UNSET)

        iso_code = d.pop("iso_code", UNSET)

        phone_code = d.pop("phone_code", UNSET)

        phone_template = d.pop("phone_template", UNSET)

        phone_example = d.pop("phone_example", UNSET)

        currency = d.pop("currency", UNSET)

        exchange = d.pop("exchange", UNSET)

        lang_id = d.pop("lang_id", UNSET)

        group_type = d.pop("group_type", UNSET)

        is_eu = d.pop("is_eu", UNSET)

        _model = cls(
            id=id,
            title=title,
            full_title=full_title,
            iso_code=iso_code,
            phone_code=phone_code,
            phone_template=phone_template,
            phone_example=phone_example,
            currency=currency,
            exchange=exchange,
            lang_id=lang_id,
            group_type=group_type,
            is_eu=is_eu,
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
