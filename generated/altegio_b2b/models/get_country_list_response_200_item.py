from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetCountryListResponse200Item")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "title",
        "full_title",
        "iso_code",
        "phone_code",
        "phone_template",
        "phone_example",
        "currency",
        "exchange",
        "lang_id",
        "group_type",
        "is_eu",
    }
)
_EXTRA = _fields.ANY


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

        full_title = self.full_title
        if type(full_title) is not str and full_title is not UNSET:
            full_title = _fields.write_string(full_title, "full_title")
        if full_title is not UNSET:
            field_dict["full_title"] = full_title

        iso_code = self.iso_code
        if type(iso_code) is not str and iso_code is not UNSET:
            iso_code = _fields.write_string(iso_code, "iso_code")
        if iso_code is not UNSET:
            field_dict["iso_code"] = iso_code

        phone_code = self.phone_code
        if type(phone_code) is not str and phone_code is not UNSET:
            phone_code = _fields.write_string(phone_code, "phone_code")
        if phone_code is not UNSET:
            field_dict["phone_code"] = phone_code

        phone_template = self.phone_template
        if type(phone_template) is not str and phone_template is not UNSET:
            phone_template = _fields.write_string(phone_template, "phone_template")
        if phone_template is not UNSET:
            field_dict["phone_template"] = phone_template

        phone_example = self.phone_example
        if type(phone_example) is not str and phone_example is not UNSET:
            phone_example = _fields.write_string(phone_example, "phone_example")
        if phone_example is not UNSET:
            field_dict["phone_example"] = phone_example

        currency = self.currency
        if type(currency) is not str and currency is not UNSET:
            currency = _fields.write_string(currency, "currency")
        if currency is not UNSET:
            field_dict["currency"] = currency

        exchange = self.exchange
        if exchange is not UNSET:
            field_dict["exchange"] = _fields.write_number(exchange, "exchange")

        lang_id = self.lang_id
        if type(lang_id) is not int and lang_id is not UNSET:
            lang_id = _fields.write_integer(lang_id, "lang_id")
        if lang_id is not UNSET:
            field_dict["lang_id"] = lang_id

        group_type = self.group_type
        if group_type is not UNSET:
            field_dict["group_type"] = _fields.write_number(group_type, "group_type")

        is_eu = self.is_eu
        if type(is_eu) is not bool and is_eu is not UNSET:
            is_eu = _fields.write_boolean(is_eu, "is_eu")
        if is_eu is not UNSET:
            field_dict["is_eu"] = is_eu

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

        full_title = _get("full_title", UNSET)
        if type(full_title) is not str and full_title is not UNSET:
            full_title = _fields.read_string(full_title, "full_title")

        iso_code = _get("iso_code", UNSET)
        if type(iso_code) is not str and iso_code is not UNSET:
            iso_code = _fields.read_string(iso_code, "iso_code")

        phone_code = _get("phone_code", UNSET)
        if type(phone_code) is not str and phone_code is not UNSET:
            phone_code = _fields.read_string(phone_code, "phone_code")

        phone_template = _get("phone_template", UNSET)
        if type(phone_template) is not str and phone_template is not UNSET:
            phone_template = _fields.read_string(phone_template, "phone_template")

        phone_example = _get("phone_example", UNSET)
        if type(phone_example) is not str and phone_example is not UNSET:
            phone_example = _fields.read_string(phone_example, "phone_example")

        currency = _get("currency", UNSET)
        if type(currency) is not str and currency is not UNSET:
            currency = _fields.read_string(currency, "currency")

        exchange = _get("exchange", UNSET)
        if type(exchange) is not float and type(exchange) is not int and exchange is not UNSET:
            exchange = _fields.read_number(exchange, "exchange")

        lang_id = _get("lang_id", UNSET)
        if type(lang_id) is not int and lang_id is not UNSET:
            lang_id = _fields.read_integer(lang_id, "lang_id")

        group_type = _get("group_type", UNSET)
        if type(group_type) is not float and type(group_type) is not int and group_type is not UNSET:
            group_type = _fields.read_number(group_type, "group_type")

        is_eu = _get("is_eu", UNSET)
        if type(is_eu) is not bool and is_eu is not UNSET:
            is_eu = _fields.read_boolean(is_eu, "is_eu")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.title = title
        _model.full_title = full_title
        _model.iso_code = iso_code
        _model.phone_code = phone_code
        _model.phone_template = phone_template
        _model.phone_example = phone_example
        _model.currency = currency
        _model.exchange = exchange
        _model.lang_id = lang_id
        _model.group_type = group_type
        _model.is_eu = is_eu
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetCountryListResponse200Item:
            _fields.init_added_fields(_model, GetCountryListResponse200Item)
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
