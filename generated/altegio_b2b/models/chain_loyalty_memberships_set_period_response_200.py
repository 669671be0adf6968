from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChainLoyaltyMembershipsSetPeriodResponse200")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "period",
        "period_unit_id",
        "expiration_date",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class ChainLoyaltyMembershipsSetPeriodResponse200:
    """
    Attributes:
        id (int | Unset):  Example: 123.
        period (int | Unset): Updated period duration Example: 90.
        period_unit_id (int | Unset): Period unit type Example: 1.
        expiration_date (datetime.datetime | Unset): New expiration date Example: 2026-03-31T23:59:59+00:00.
    """

    id: int | Unset = UNSET
    period: int | Unset = UNSET
    period_unit_id: int | Unset = UNSET
    expiration_date: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        id = self.id
        if type(id) is not int and id is not UNSET:
            id = _fields.write_integer(id, "id")
        if id is not UNSET:
            field_dict["id"] = id

        period = self.period
        if type(period) is not int and period is not UNSET:
            period = _fields.write_integer(period, "period")
        if period is not UNSET:
            field_dict["period"] = period

        period_unit_id = self.period_unit_id
        if type(period_unit_id) is not int and period_unit_id is not UNSET:
            period_unit_id = _fields.write_integer(period_unit_id, "period_unit_id")
        if period_unit_id is not UNSET:
            field_dict["period_unit_id"] = period_unit_id

        expiration_date = self.expiration_date
        if expiration_date is not UNSET:
            field_dict["expiration_date"] = _fields.write_datetime(expiration_date, "expiration_date")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _fields.read_integer(id, "id")

        period = _get("period", UNSET)
        if type(period) is not int and period is not UNSET:
            period = _fields.read_integer(period, "period")

        period_unit_id = _get("period_unit_id", UNSET)
        if type(period_unit_id) is not int and period_unit_id is not UNSET:
            period_unit_id = _fields.read_integer(period_unit_id, "period_unit_id")

        expiration_date = _get("expiration_date", UNSET)
        if expiration_date is not UNSET:
            try:
                expiration_date = _fields.datetime_fromisoformat(expiration_date)
            except (TypeError, ValueError):
                expiration_date = _fields.read_datetime(expiration_date, "expiration_date")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.period = period
        _model.period_unit_id = period_unit_id
        _model.expiration_date = expiration_date
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not ChainLoyaltyMembershipsSetPeriodResponse200:
            _fields.init_added_fields(_model, ChainLoyaltyMembershipsSetPeriodResponse200)
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
