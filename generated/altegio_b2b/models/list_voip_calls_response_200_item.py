from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..models.list_voip_calls_response_200_item_status import ListVoipCallsResponse200ItemStatus
from ..models.list_voip_calls_response_200_item_type import ListVoipCallsResponse200ItemType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ListVoipCallsResponse200Item")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "client_id",
        "caller_phone",
        "record_link",
        "duration",
        "status",
        "type",
        "call_date",
    }
)
_EXTRA = _fields.ANY
_KIND_status = _fields.EnumOf("ListVoipCallsResponse200ItemStatus", _fields.STRING)
_KIND_type_ = _fields.EnumOf("ListVoipCallsResponse200ItemType", _fields.STRING)


@_attrs_define
class ListVoipCallsResponse200Item:
    """
    Attributes:
        id (int | Unset): Call ID
        client_id (int | Unset): Client ID (if there is a client in Clients Base)
        caller_phone (str | Unset): Phone number
        record_link (str | Unset): Link to call recording (if available)
        duration (int | Unset): Call duration in seconds
        status (ListVoipCallsResponse200ItemStatus | Unset): Call status
        type_ (ListVoipCallsResponse200ItemType | Unset): Call type
        call_date (str | Unset): Date and time of call
    """

    id: int | Unset = UNSET
    client_id: int | Unset = UNSET
    caller_phone: str | Unset = UNSET
    record_link: str | Unset = UNSET
    duration: int | Unset = UNSET
    status: ListVoipCallsResponse200ItemStatus | Unset = UNSET
    type_: ListVoipCallsResponse200ItemType | Unset = UNSET
    call_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        id = self.id
        if type(id) is not int and id is not UNSET:
            id = _fields.write_integer(id, "id")
        if id is not UNSET:
            field_dict["id"] = id

        client_id = self.client_id
        if type(client_id) is not int and client_id is not UNSET:
            client_id = _fields.write_integer(client_id, "client_id")
        if client_id is not UNSET:
            field_dict["client_id"] = client_id

        caller_phone = self.caller_phone
        if type(caller_phone) is not str and caller_phone is not UNSET:
            caller_phone = _fields.write_string(caller_phone, "caller_phone")
        if caller_phone is not UNSET:
            field_dict["caller_phone"] = caller_phone

        record_link = self.record_link
        if type(record_link) is not str and record_link is not UNSET:
            record_link = _fields.write_string(record_link, "record_link")
        if record_link is not UNSET:
            field_dict["record_link"] = record_link

        duration = self.duration
        if type(duration) is not int and duration is not UNSET:
            duration = _fields.write_integer(duration, "duration")
        if duration is not UNSET:
            field_dict["duration"] = duration

        status = self.status
        if status is not UNSET:
            field_dict["status"] = _KIND_status.write_field(status, "status")

        type_ = self.type_
        if type_ is not UNSET:
            field_dict["type"] = _KIND_type_.write_field(type_, "type_")

        call_date = self.call_date
        if type(call_date) is not str and call_date is not UNSET:
            call_date = _fields.write_string(call_date, "call_date")
        if call_date is not UNSET:
            field_dict["call_date"] = call_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _fields.read_integer(id, "id")

        client_id = _get("client_id", UNSET)
        if type(client_id) is not int and client_id is not UNSET:
            client_id = _fields.read_integer(client_id, "client_id")

        caller_phone = _get("caller_phone", UNSET)
        if type(caller_phone) is not str and caller_phone is not UNSET:
            caller_phone = _fields.read_string(caller_phone, "caller_phone")

        record_link = _get("record_link", UNSET)
        if type(record_link) is not str and record_link is not UNSET:
            record_link = _fields.read_string(record_link, "record_link")

        duration = _get("duration", UNSET)
        if type(duration) is not int and duration is not UNSET:
            duration = _fields.read_integer(duration, "duration")

        status = _get("status", UNSET)
        if status is not UNSET:
            status = _KIND_status.read_field(status, "status")

        type_ = _get("type", UNSET)
        if type_ is not UNSET:
            type_ = _KIND_type_.read_field(type_, "type")

        call_date = _get("call_date", UNSET)
        if type(call_date) is not str and call_date is not UNSET:
            call_date = _fields.read_string(call_date, "call_date")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.client_id = client_id
        _model.caller_phone = caller_phone
        _model.record_link = record_link
        _model.duration = duration
        _model.status = status
        _model.type_ = type_
        _model.call_date = call_date
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not ListVoipCallsResponse200Item:
            _fields.init_added_fields(_model, ListVoipCallsResponse200Item)
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
