from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_chain_client_by_phone_number_response_200_clients_item import (
        GetChainClientByPhoneNumberResponse200ClientsItem,
    )


T = TypeVar("T", bound="GetChainClientByPhoneNumberResponse200")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "salon_group_id",
        "phone",
        "clients",
    }
)
_EXTRA = _fields.ANY
_KIND_clients = _fields.ListOf(_fields.Model("GetChainClientByPhoneNumberResponse200ClientsItem"))


@_attrs_define
class GetChainClientByPhoneNumberResponse200:
    """Object with data

    Attributes:
        salon_group_id (int | Unset): Chain ID
        phone (str | Unset): Customer phone
        clients (list[GetChainClientByPhoneNumberResponse200ClientsItem] | Unset): Array of clients in chain locations
    """

    salon_group_id: int | Unset = UNSET
    phone: str | Unset = UNSET
    clients: list[GetChainClientByPhoneNumberResponse200ClientsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        salon_group_id = self.salon_group_id
        if type(salon_group_id) is not int and salon_group_id is not UNSET:
            salon_group_id = _fields.write_integer(salon_group_id, "salon_group_id")
        if salon_group_id is not UNSET:
            field_dict["salon_group_id"] = salon_group_id

        phone = self.phone
        if type(phone) is not str and phone is not UNSET:
            phone = _fields.write_string(phone, "phone")
        if phone is not UNSET:
            field_dict["phone"] = phone

        clients = self.clients
        if clients is not UNSET:
            field_dict["clients"] = _KIND_clients.write_field(clients, "clients")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        salon_group_id = _get("salon_group_id", UNSET)
        if type(salon_group_id) is not int and salon_group_id is not UNSET:
            salon_group_id = _fields.read_integer(salon_group_id, "salon_group_id")

        phone = _get("phone", UNSET)
        if type(phone) is not str and phone is not UNSET:
            phone = _fields.read_string(phone, "phone")

        clients = _get("clients", UNSET)
        if clients is not UNSET:
            clients = _KIND_clients.read_field(clients, "clients")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.salon_group_id = salon_group_id
        _model.phone = phone
        _model.clients = clients
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetChainClientByPhoneNumberResponse200:
            _fields.init_added_fields(_model, GetChainClientByPhoneNumberResponse200)
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
