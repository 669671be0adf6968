from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.list_voip_calls_response_200_item_status import ListVoipCallsResponse200ItemStatus
from ..models.list_voip_calls_response_200_item_type import ListVoipCallsResponse200ItemType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ListVoipCallsResponse200Item")


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
        id = self.id

        client_id = self.client_id

        caller_phone = self.caller_phone

        record_link = self.record_link

        duration = self.duration

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        call_date = self.call_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if caller_phone is not UNSET:
            field_dict["caller_phone"] = caller_phone
        if record_link is not UNSET:
            field_dict["record_link"] = record_link
        if duration is not UNSET:
            field_dict["duration"] = duration
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if call_date is not UNSET:
            field_dict["call_date"] = call_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        client_id = d.pop("client_id", UNSET)

        caller_phone = d.pop("caller_phone", UNSET)

        record_link = d.pop("record_link", UNSET)

        duration = d.pop("duration", UNSET)

        _status = d.pop("status", UNSET)
        status: ListVoipCallsResponse200ItemStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ListVoipCallsResponse200ItemStatus(_status)

        _type_ = d.pop("type", UNSET)
        type_: ListVoipCallsResponse200ItemType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ListVoipCallsResponse200ItemType(_type_)

        call_date = d.pop("call_date", UNSET)

        _model = cls(
            id=id,
            client_id=client_id,
            caller_phone=caller_phone,
            record_link=record_link,
            duration=duration,
            status=status,
            type_=type_,
            call_date=call_date,
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
