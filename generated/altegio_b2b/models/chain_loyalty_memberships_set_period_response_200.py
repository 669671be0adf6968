from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import timestamps as _timestamps
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChainLoyaltyMembershipsSetPeriodResponse200")


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
        id = self.id

        period = self.period

        period_unit_id = self.period_unit_id

        expiration_date: str | Unset = UNSET
        if not isinstance(self.expiration_date, Unset):
            expiration_date = self.expiration_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if period is not UNSET:
            field_dict["period"] = period
        if period_unit_id is not UNSET:
            field_dict["period_unit_id"] = period_unit_id
        if expiration_date is not UNSET:
            field_dict["expiration_date"] = expiration_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        period = d.pop("period", UNSET)

        period_unit_id = d.pop("period_unit_id", UNSET)

        _expiration_date = d.pop("expiration_date", UNSET)
        expiration_date: datetime.datetime | Unset
        if isinstance(_expiration_date, Unset):
            expiration_date = UNSET
        else:
            expiration_date = _timestamps.parse_datetime(_expiration_date)

        _model = cls(
            id=id,
            period=period,
            period_unit_id=period_unit_id,
            expiration_date=expiration_date,
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
