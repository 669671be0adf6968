from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateServiceTeamMemberAssignmentResponse200")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "service_id",
        "master_id",
        "length",
        "technological_card_id",
        "api_id",
        "is_online",
        "is_offline_records_allowed",
        "price",
    }
)
_EXTRA = _fields.ANY
_KIND_price = _fields.OneOf(
    _fields.NUMBER,
    _fields.NULL,
)


@_attrs_define
class UpdateServiceTeamMemberAssignmentResponse200:
    """
    Example:
        {'service_id': 123, 'master_id': 123, 'length': 3600, 'technological_card_id': 123, 'api_id': '', 'is_online':
            True, 'is_offline_records_allowed': True, 'price': None}

    Attributes:
        service_id (int | Unset): ID of service.
        master_id (int | Unset): ID of team member.
        length (float | Unset): Duration of service provision by the specified team member in seconds.
        technological_card_id (int | Unset): ID of technological card.
        api_id (str | Unset): External API identifier.
        is_online (bool | Unset): Whether the service is available for online booking.
        is_offline_records_allowed (bool | Unset): Whether offline appointments are allowed for this service-team member
            link.
        price (float | None | Unset): Custom price for this team member providing the service.
    """

    service_id: int | Unset = UNSET
    master_id: int | Unset = UNSET
    length: float | Unset = UNSET
    technological_card_id: int | Unset = UNSET
    api_id: str | Unset = UNSET
    is_online: bool | Unset = UNSET
    is_offline_records_allowed: bool | Unset = UNSET
    price: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        service_id = self.service_id
        if type(service_id) is not int and service_id is not UNSET:
            service_id = _fields.write_integer(service_id, "service_id")
        if service_id is not UNSET:
            field_dict["service_id"] = service_id

        master_id = self.master_id
        if type(master_id) is not int and master_id is not UNSET:
            master_id = _fields.write_integer(master_id, "master_id")
        if master_id is not UNSET:
            field_dict["master_id"] = master_id

        length = self.length
        if length is not UNSET:
            field_dict["length"] = _fields.write_number(length, "length")

        technological_card_id = self.technological_card_id
        if type(technological_card_id) is not int and technological_card_id is not UNSET:
            technological_card_id = _fields.write_integer(technological_card_id, "technological_card_id")
        if technological_card_id is not UNSET:
            field_dict["technological_card_id"] = technological_card_id

        api_id = self.api_id
        if type(api_id) is not str and api_id is not UNSET:
            api_id = _fields.write_string(api_id, "api_id")
        if api_id is not UNSET:
            field_dict["api_id"] = api_id

        is_online = self.is_online
        if type(is_online) is not bool and is_online is not UNSET:
            is_online = _fields.write_boolean(is_online, "is_online")
        if is_online is not UNSET:
            field_dict["is_online"] = is_online

        is_offline_records_allowed = self.is_offline_records_allowed
        if type(is_offline_records_allowed) is not bool and is_offline_records_allowed is not UNSET:
            is_offline_records_allowed = _fields.write_boolean(is_offline_records_allowed, "is_offline_records_allowed")
        if is_offline_records_allowed is not UNSET:
            field_dict["is_offline_records_allowed"] = is_offline_records_allowed

        price = self.price
        if price is not UNSET:
            field_dict["price"] = _KIND_price.write_field(price, "price")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        service_id = _get("service_id", UNSET)
        if type(service_id) is not int and service_id is not UNSET:
            service_id = _fields.read_integer(service_id, "service_id")

        master_id = _get("master_id", UNSET)
        if type(master_id) is not int and master_id is not UNSET:
            master_id = _fields.read_integer(master_id, "master_id")

        length = _get("length", UNSET)
        if type(length) is not float and type(length) is not int and length is not UNSET:
            length = _fields.read_number(length, "length")

        technological_card_id = _get("technological_card_id", UNSET)
        if type(technological_card_id) is not int and technological_card_id is not UNSET:
            technological_card_id = _fields.read_integer(technological_card_id, "technological_card_id")

        api_id = _get("api_id", UNSET)
        if type(api_id) is not str and api_id is not UNSET:
            api_id = _fields.read_string(api_id, "api_id")

        is_online = _get("is_online", UNSET)
        if type(is_online) is not bool and is_online is not UNSET:
            is_online = _fields.read_boolean(is_online, "is_online")

        is_offline_records_allowed = _get("is_offline_records_allowed", UNSET)
        if type(is_offline_records_allowed) is not bool and is_offline_records_allowed is not UNSET:
            is_offline_records_allowed = _fields.read_boolean(is_offline_records_allowed, "is_offline_records_allowed")

        price = _get("price", UNSET)
        if type(price) is not float and type(price) is not int and price is not UNSET and price is not None:
            price = _fields.read_number(price, "price")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.service_id = service_id
        _model.master_id = master_id
        _model.length = length
        _model.technological_card_id = technological_card_id
        _model.api_id = api_id
        _model.is_online = is_online
        _model.is_offline_records_allowed = is_offline_records_allowed
        _model.price = price
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not UpdateServiceTeamMemberAssignmentResponse200:
            _fields.init_added_fields(_model, UpdateServiceTeamMemberAssignmentResponse200)
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
