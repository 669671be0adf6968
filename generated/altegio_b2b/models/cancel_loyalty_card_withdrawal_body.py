from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET

T = TypeVar("T", bound="CancelLoyaltyCardWithdrawalBody")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "record_id",
        "visit_id",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class CancelLoyaltyCardWithdrawalBody:
    """Apply promotion

    Example:
        {'record_id': 0, 'visit_id': 0}

    Attributes:
        record_id (int): Appointment ID
        visit_id (int): Visit ID
    """

    record_id: int
    visit_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        record_id = self.record_id
        if type(record_id) is not int:
            record_id = _fields.write_integer(record_id, "record_id")
        field_dict["record_id"] = record_id

        visit_id = self.visit_id
        if type(visit_id) is not int:
            visit_id = _fields.write_integer(visit_id, "visit_id")
        field_dict["visit_id"] = visit_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        record_id = _get("record_id", UNSET)
        if type(record_id) is not int:
            record_id = _fields.read_integer(record_id, "record_id")

        visit_id = _get("visit_id", UNSET)
        if type(visit_id) is not int:
            visit_id = _fields.read_integer(visit_id, "visit_id")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.record_id = record_id
        _model.visit_id = visit_id
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not CancelLoyaltyCardWithdrawalBody:
            _fields.init_added_fields(_model, CancelLoyaltyCardWithdrawalBody)
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
