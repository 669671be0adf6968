from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateOnlineBookingResponse201Item")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "record_id",
        "record_hash",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class CreateOnlineBookingResponse201Item:
    """
    Attributes:
        id (int | Unset): The post ID passed in the request to appontments
        record_id (int | Unset): ID of the appointment in the Altegio system. Used to delete an appointment
        record_hash (str | Unset): HASH appointments in the Altegio system. Used to delete an appointment by an
            unauthorized user immediately after appointment
    """

    id: int | Unset = UNSET
    record_id: int | Unset = UNSET
    record_hash: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        id = self.id
        if type(id) is not int and id is not UNSET:
            id = _fields.write_integer(id, "id")
        if id is not UNSET:
            field_dict["id"] = id

        record_id = self.record_id
        if type(record_id) is not int and record_id is not UNSET:
            record_id = _fields.write_integer(record_id, "record_id")
        if record_id is not UNSET:
            field_dict["record_id"] = record_id

        record_hash = self.record_hash
        if type(record_hash) is not str and record_hash is not UNSET:
            record_hash = _fields.write_string(record_hash, "record_hash")
        if record_hash is not UNSET:
            field_dict["record_hash"] = record_hash

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _fields.read_integer(id, "id")

        record_id = _get("record_id", UNSET)
        if type(record_id) is not int and record_id is not UNSET:
            record_id = _fields.read_integer(record_id, "record_id")

        record_hash = _get("record_hash", UNSET)
        if type(record_hash) is not str and record_hash is not UNSET:
            record_hash = _fields.read_string(record_hash, "record_hash")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.record_id = record_id
        _model.record_hash = record_hash
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not CreateOnlineBookingResponse201Item:
            _fields.init_added_fields(_model, CreateOnlineBookingResponse201Item)
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
