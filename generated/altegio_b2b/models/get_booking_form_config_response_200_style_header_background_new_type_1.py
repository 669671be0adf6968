from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetBookingFormConfigResponse200StyleHeaderBackgroundNewType1")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "sm",
        "norm",
        "origin",
    }
)
_EXTRA = _fields.ANY


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
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        sm = self.sm
        if type(sm) is not str and sm is not UNSET:
            sm = _fields.write_string(sm, "sm")
        if sm is not UNSET:
            field_dict["sm"] = sm

        norm = self.norm
        if type(norm) is not str and norm is not UNSET:
            norm = _fields.write_string(norm, "norm")
        if norm is not UNSET:
            field_dict["norm"] = norm

        origin = self.origin
        if type(origin) is not str and origin is not UNSET:
            origin = _fields.write_string(origin, "origin")
        if origin is not UNSET:
            field_dict["origin"] = origin

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        sm = _get("sm", UNSET)
        if type(sm) is not str and sm is not UNSET:
            sm = _fields.read_string(sm, "sm")

        norm = _get("norm", UNSET)
        if type(norm) is not str and norm is not UNSET:
            norm = _fields.read_string(norm, "norm")

        origin = _get("origin", UNSET)
        if type(origin) is not str and origin is not UNSET:
            origin = _fields.read_string(origin, "origin")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.sm = sm
        _model.norm = norm
        _model.origin = origin
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetBookingFormConfigResponse200StyleHeaderBackgroundNewType1:
            _fields.init_added_fields(_model, GetBookingFormConfigResponse200StyleHeaderBackgroundNewType1)
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
