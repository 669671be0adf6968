from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TotalTipModelObject")


@_attrs_define
class TotalTipModelObject:
    """Information about the amount of all tips to the team member. Used if the current user is the team member of this
    appointment.

        Example:
            {'has_tips': False, 'sum': 1000}

        Attributes:
            has_tips (bool | Unset): Is there a tip in this appointment.
            sum_ (float | None | Unset): Amount of tip.
    """

    has_tips: bool | Unset = UNSET
    sum_: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        has_tips = self.has_tips

        sum_: float | None | Unset
        if isinstance(self.sum_, Unset):
            sum_ = UNSET
        else:
            sum_ = self.sum_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if has_tips is not UNSET:
            field_dict["has_tips"] = has_tips
        if sum_ is not UNSET:
            field_dict["sum"] = sum_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        has_tips = d.pop("has_tips", UNSET)

        def _parse_sum_(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        sum_ = _parse_sum_(d.pop("sum", UNSET))

        _model = cls(
            has_tips=has_tips,
            sum_=sum_,
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
