from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateOnlineBookingResponse201Item")


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
        id = self.id

        record_id = self.record_id

        record_hash = self.record_hash

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if record_id is not UNSET:
            field_dict["record_id"] = record_id
        if record_hash is not UNSET:
            field_dict["record_hash"] = record_hash

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        record_id = d.pop("record_id", UNSET)

        record_hash = d.pop("record_hash", UNSET)

        _model = cls(
            id=id,
            record_id=record_id,
            record_hash=record_hash,
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
