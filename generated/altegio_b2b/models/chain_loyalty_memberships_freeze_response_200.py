from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import timestamps as _timestamps
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChainLoyaltyMembershipsFreezeResponse200")


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
        id = self.id

        number = self.number

        is_frozen = self.is_frozen

        freeze_period = self.freeze_period

        freeze_till: str | Unset = UNSET
        if not isinstance(self.freeze_till, Unset):
            freeze_till = self.freeze_till.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if number is not UNSET:
            field_dict["number"] = number
        if is_frozen is not UNSET:
            field_dict["is_frozen"] = is_frozen
        if freeze_period is not UNSET:
            field_dict["freeze_period"] = freeze_period
        if freeze_till is not UNSET:
            field_dict["freeze_till"] = freeze_till

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        number = d.pop("number", UNSET)

        is_frozen = d.pop("is_frozen", UNSET)

        freeze_period = d.pop("freeze_period", UNSET)

        _freeze_till = d.pop("freeze_till", UNSET)
        freeze_till: datetime.datetime | Unset
        if isinstance(_freeze_till, Unset):
            freeze_till = UNSET
        else:
            freeze_till = _timestamps.parse_datetime(_freeze_till)

        _model = cls(
            id=id,
            number=number,
            is_frozen=is_frozen,
            freeze_period=freeze_period,
            freeze_till=freeze_till,
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
