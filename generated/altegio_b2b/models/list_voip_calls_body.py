from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..models.list_voip_calls_body_statuses_item import ListVoipCallsBodyStatusesItem
from ..models.list_voip_calls_body_types_item import ListVoipCallsBodyTypesItem
from ..types import UNSET, Unset

T = TypeVar("T", bound="ListVoipCallsBody")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "salon_id",
        "date_from",
        "date_to",
        "phone",
        "types",
        "statuses",
        "page",
        "limit",
    }
)
_EXTRA = _fields.ANY
_KIND_types = _fields.ListOf(_fields.EnumOf("ListVoipCallsBodyTypesItem", _fields.STRING))
_KIND_statuses = _fields.ListOf(_fields.EnumOf("ListVoipCallsBodyStatusesItem", _fields.STRING))


@_attrs_define
class ListVoipCallsBody:
    """
    Attributes:
        salon_id (int): Location ID. Example: 615243.
        date_from (str): Start date. Example: 2026-01-01.
        date_to (str): End date. Example: 2026-02-01.
        phone (str | Unset): Phone number. Example: +13155550175.
        types (list[ListVoipCallsBodyTypesItem] | Unset): Call types list Example: ['incoming', 'internal'].
        statuses (list[ListVoipCallsBodyStatusesItem] | Unset): Call statuses list Example: ['success', 'cancel'].
        page (float | Unset): Page number Example: 1.
        limit (float | Unset): Amount of elements on page Example: 25.
    """

    salon_id: int
    date_from: str
    date_to: str
    phone: str | Unset = UNSET
    types: list[ListVoipCallsBodyTypesItem] | Unset = UNSET
    statuses: list[ListVoipCallsBodyStatusesItem] | Unset = UNSET
    page: float | Unset = UNSET
    limit: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        salon_id = self.salon_id
        if type(salon_id) is not int:
            salon_id = _fields.write_integer(salon_id, "salon_id")
        field_dict["salon_id"] = salon_id

        date_from = self.date_from
        if type(date_from) is not str:
            date_from = _fields.write_string(date_from, "date_from")
        field_dict["date_from"] = date_from

        date_to = self.date_to
        if type(date_to) is not str:
            date_to = _fields.write_string(date_to, "date_to")
        field_dict["date_to"] = date_to

        phone = self.phone
        if type(phone) is not str and phone is not UNSET:
            phone = _fields.write_string(phone, "phone")
        if phone is not UNSET:
            field_dict["phone"] = phone

        types = self.types
        if types is not UNSET:
            field_dict["types"] = _KIND_types.write_field(types, "types")

        statuses = self.statuses
        if statuses is not UNSET:
            field_dict["statuses"] = _KIND_statuses.write_field(statuses, "statuses")

        page = self.page
        if page is not UNSET:
            field_dict["page"] = _fields.write_number(page, "page")

        limit = self.limit
        if limit is not UNSET:
            field_dict["limit"] = _fields.write_number(limit, "limit")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        salon_id = _get("salon_id", UNSET)
        if type(salon_id) is not int:
            salon_id = _fields.read_integer(salon_id, "salon_id")

        date_from = _get("date_from", UNSET)
        if type(date_from) is not str:
            date_from = _fields.read_string(date_from, "date_from")

        date_to = _get("date_to", UNSET)
        if type(date_to) is not str:
            date_to = _fields.read_string(date_to, "date_to")

        phone = _get("phone", UNSET)
        if type(phone) is not str and phone is not UNSET:
            phone = _fields.read_string(phone, "phone")

        types = _get("types", UNSET)
        if types is not UNSET:
            types = _KIND_types.read_field(types, "types")

        statuses = _get("statuses", UNSET)
        if statuses is not UNSET:
            statuses = _KIND_statuses.read_field(statuses, "statuses")

        page = _get("page", UNSET)
        if type(page) is not float and type(page) is not int and page is not UNSET:
            page = _fields.read_number(page, "page")

        limit = _get("limit", UNSET)
        if type(limit) is not float and type(limit) is not int and limit is not UNSET:
            limit = _fields.read_number(limit, "limit")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.salon_id = salon_id
        _model.date_from = date_from
        _model.date_to = date_to
        _model.phone = phone
        _model.types = types
        _model.statuses = statuses
        _model.page = page
        _model.limit = limit
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not ListVoipCallsBody:
            _fields.init_added_fields(_model, ListVoipCallsBody)
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
