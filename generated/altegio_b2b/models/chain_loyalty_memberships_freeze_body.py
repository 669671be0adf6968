from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET

T = TypeVar("T", bound="ChainLoyaltyMembershipsFreezeBody")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "freeze_till",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class ChainLoyaltyMembershipsFreezeBody:
    """
    Attributes:
        freeze_till (datetime.datetime): Date until which the membership will be frozen (ISO 8601 format) Example:
            2026-12-31T23:59:59-05:00.
    """

    freeze_till: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        freeze_till = self.freeze_till
        field_dict["freeze_till"] = _fields.write_datetime(freeze_till, "freeze_till")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        freeze_till = _get("freeze_till", UNSET)
        try:
            freeze_till = _fields.datetime_fromisoformat(freeze_till)
        except (TypeError, ValueError):
            freeze_till = _fields.read_datetime(freeze_till, "freeze_till")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.freeze_till = freeze_till
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not ChainLoyaltyMembershipsFreezeBody:
            _fields.init_added_fields(_model, ChainLoyaltyMembershipsFreezeBody)
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
