from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..models.chain_loyalty_memberships_set_period_body_period_unit_id import (
    ChainLoyaltyMembershipsSetPeriodBodyPeriodUnitId,
)
from ..types import UNSET

T = TypeVar("T", bound="ChainLoyaltyMembershipsSetPeriodBody")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "period",
        "period_unit_id",
    }
)
_EXTRA = _fields.ANY
_KIND_period_unit_id = _fields.EnumOf("ChainLoyaltyMembershipsSetPeriodBodyPeriodUnitId", _fields.INTEGER)


@_attrs_define
class ChainLoyaltyMembershipsSetPeriodBody:
    """
    Attributes:
        period (int): Duration value Example: 90.
        period_unit_id (ChainLoyaltyMembershipsSetPeriodBodyPeriodUnitId): Period unit: 1 = day, 2 = week, 3 = month, 4
            = year Example: 1.
    """

    period: int
    period_unit_id: ChainLoyaltyMembershipsSetPeriodBodyPeriodUnitId
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        period = self.period
        if type(period) is not int:
            period = _fields.write_integer(period, "period")
        field_dict["period"] = period

        period_unit_id = self.period_unit_id
        field_dict["period_unit_id"] = _KIND_period_unit_id.write_field(period_unit_id, "period_unit_id")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        period = _get("period", UNSET)
        if type(period) is not int:
            period = _fields.read_integer(period, "period")

        period_unit_id = _get("period_unit_id", UNSET)
        period_unit_id = _KIND_period_unit_id.read_field(period_unit_id, "period_unit_id")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.period = period
        _model.period_unit_id = period_unit_id
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not ChainLoyaltyMembershipsSetPeriodBody:
            _fields.init_added_fields(_model, ChainLoyaltyMembershipsSetPeriodBody)
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
