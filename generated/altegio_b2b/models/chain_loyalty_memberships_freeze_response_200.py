from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChainLoyaltyMembershipsFreezeResponse200")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "number",
        "is_frozen",
        "freeze_period",
        "freeze_till",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class ChainLoyaltyMembershipsFreezeResponse200:
    """
    Attributes:
        id (int | Unset):  Example: 123.
        number (str | Unset):  Example: 123456.
        is_frozen (bool | Unset):  Example: True.
        freeze_period (int | Unset): Total freeze period in days Example: 14.
        freeze_till (datetime.datetime | Unset): Date until which membership is frozen Example:
            2026-12-31T23:59:59-05:00.
    """

    id: int | Unset = UNSET
    number: str | Unset = UNSET
    is_frozen: bool | Unset = UNSET
    freeze_period: int | Unset = UNSET
    freeze_till: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        id = self.id
        if type(id) is not int and id is not UNSET:
            id = _fields.write_integer(id, "id")
        if id is not UNSET:
            field_dict["id"] = id

        number = self.number
        if type(number) is not str and number is not UNSET:
            number = _fields.write_string(number, "number")
        if number is not UNSET:
            field_dict["number"] = number

        is_frozen = self.is_frozen
        if type(is_frozen) is not bool and is_frozen is not UNSET:
            is_frozen = _fields.write_boolean(is_frozen, "is_frozen")
        if is_frozen is not UNSET:
            field_dict["is_frozen"] = is_frozen

        freeze_period = self.freeze_period
        if type(freeze_period) is not int and freeze_period is not UNSET:
            freeze_period = _fields.write_integer(freeze_period, "freeze_period")
        if freeze_period is not UNSET:
            field_dict["freeze_period"] = freeze_period

        freeze_till = self.freeze_till
        if freeze_till is not UNSET:
            field_dict["freeze_till"] = _fields.write_datetime(freeze_till, "freeze_till")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _fields.read_integer(id, "id")

        number = _get("number", UNSET)
        if type(number) is not str and number is not UNSET:
            number = _fields.read_string(number, "number")

        is_frozen = _get("is_frozen", UNSET)
        if type(is_frozen) is not bool and is_frozen is not UNSET:
            is_frozen = _fields.read_boolean(is_frozen, "is_frozen")

        freeze_period = _get("freeze_period", UNSET)
        if type(freeze_period) is not int and freeze_period is not UNSET:
            freeze_period = _fields.read_integer(freeze_period, "freeze_period")

        freeze_till = _get("freeze_till", UNSET)
        if freeze_till is not UNSET:
            try:
                freeze_till = _fields.datetime_fromisoformat(freeze_till)
            except (TypeError, ValueError):
                freeze_till = _fields.read_datetime(freeze_till, "freeze_till")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.number = number
        _model.is_frozen = is_frozen
        _model.freeze_period = freeze_period
        _model.freeze_till = freeze_till
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not ChainLoyaltyMembershipsFreezeResponse200:
            _fields.init_added_fields(_model, ChainLoyaltyMembershipsFreezeResponse200)
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
