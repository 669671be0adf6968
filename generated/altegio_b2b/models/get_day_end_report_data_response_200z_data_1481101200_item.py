from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_day_end_report_data_response_200z_data_1481101200_item_masters_item import (
        GetDayEndReportDataResponse200ZData1481101200ItemMastersItem,
    )


T = TypeVar("T", bound="GetDayEndReportDataResponse200ZData1481101200Item")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "client_id",
        "client_name",
        "client_phone",
        "client_email",
        "masters",
    }
)
_EXTRA = _fields.ANY
_KIND_masters = _fields.ListOf(_fields.Model("GetDayEndReportDataResponse200ZData1481101200ItemMastersItem"))


@_attrs_define
class GetDayEndReportDataResponse200ZData1481101200Item:
    """
    Attributes:
        client_id (int | Unset): Client ID
        client_name (str | Unset): Client name
        client_phone (str | Unset): Customer phone
        client_email (str | Unset): Client's email address
        masters (list[GetDayEndReportDataResponse200ZData1481101200ItemMastersItem] | Unset): team members
    """

    client_id: int | Unset = UNSET
    client_name: str | Unset = UNSET
    client_phone: str | Unset = UNSET
    client_email: str | Unset = UNSET
    masters: list[GetDayEndReportDataResponse200ZData1481101200ItemMastersItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        client_id = self.client_id
        if type(client_id) is not int and client_id is not UNSET:
            client_id = _fields.write_integer(client_id, "client_id")
        if client_id is not UNSET:
            field_dict["client_id"] = client_id

        client_name = self.client_name
        if type(client_name) is not str and client_name is not UNSET:
            client_name = _fields.write_string(client_name, "client_name")
        if client_name is not UNSET:
            field_dict["client_name"] = client_name

        client_phone = self.client_phone
        if type(client_phone) is not str and client_phone is not UNSET:
            client_phone = _fields.write_string(client_phone, "client_phone")
        if client_phone is not UNSET:
            field_dict["client_phone"] = client_phone

        client_email = self.client_email
        if type(client_email) is not str and client_email is not UNSET:
            client_email = _fields.write_string(client_email, "client_email")
        if client_email is not UNSET:
            field_dict["client_email"] = client_email

        masters = self.masters
        if masters is not UNSET:
            field_dict["masters"] = _KIND_masters.write_field(masters, "masters")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        client_id = _get("client_id", UNSET)
        if type(client_id) is not int and client_id is not UNSET:
            client_id = _fields.read_integer(client_id, "client_id")

        client_name = _get("client_name", UNSET)
        if type(client_name) is not str and client_name is not UNSET:
            client_name = _fields.read_string(client_name, "client_name")

        client_phone = _get("client_phone", UNSET)
        if type(client_phone) is not str and client_phone is not UNSET:
            client_phone = _fields.read_string(client_phone, "client_phone")

        client_email = _get("client_email", UNSET)
        if type(client_email) is not str and client_email is not UNSET:
            client_email = _fields.read_string(client_email, "client_email")

        masters = _get("masters", UNSET)
        if masters is not UNSET:
            masters = _KIND_masters.read_field(masters, "masters")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.client_id = client_id
        _model.client_name = client_name
        _model.client_phone = client_phone
        _model.client_email = client_email
        _model.masters = masters
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetDayEndReportDataResponse200ZData1481101200Item:
            _fields.init_added_fields(_model, GetDayEndReportDataResponse200ZData1481101200Item)
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
