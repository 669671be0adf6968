from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetBookingFormConfigResponse200StyleHeaderBackgroundNewType1")


@_attrs_define
class GetBookingFormConfigResponse200StyleHeaderBackgroundNewType1:
    """Header background image configuration with multiple sizes

    Attributes:
        sm (str | Unset): Small image URL
        norm (str | Unset): Normal image URL
        origin (str | Unset): Original image URL
    """

    sm: str | Unset = UNSET
    norm: str | Unset = UNSET
    origin: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sm = self.sm

        norm = self.norm

        origin = self.origin

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sm is not UNSET:
            field_dict["sm"] = sm
        if norm is not UNSET:
            field_dict["norm"] = norm
        if origin is not UNSET:
            field_dict["origin"] = origin

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sm = d.pop("sm", UNSET)

        norm = d.pop("norm", UNSET)

        origin = d.pop("origin", UNSET)

        _model = cls(
            sm=sm,
            norm=norm,
            origin=origin,
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
