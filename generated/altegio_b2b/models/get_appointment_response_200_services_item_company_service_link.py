from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetAppointmentResponse200ServicesItemCompanyServiceLink")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "price_min",
        "price_max",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class GetAppointmentResponse200ServicesItemCompanyServiceLink:
    """Location service link configuration

    Attributes:
        price_min (float | Unset): Minimum price
        price_max (float | Unset): Maximum price
    """

    price_min: float | Unset = UNSET
    price_max: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        price_min = self.price_min
        if price_min is not UNSET:
            field_dict["price_min"] = _fields.write_number(price_min, "price_min")

        price_max = self.price_max
        if price_max is not UNSET:
            field_dict["price_max"] = _fields.write_number(price_max, "price_max")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        price_min = _get("price_min", UNSET)
        if type(price_min) is not float and type(price_min) is not int and price_min is not UNSET:
            price_min = _fields.read_number(price_min, "price_min")

        price_max = _get("price_max", UNSET)
        if type(price_max) is not float and type(price_max) is not int and price_max is not UNSET:
            price_max = _fields.read_number(price_max, "price_max")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.price_min = price_min
        _model.price_max = price_max
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetAppointmentResponse200ServicesItemCompanyServiceLink:
            _fields.init_added_fields(_model, GetAppointmentResponse200ServicesItemCompanyServiceLink)
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
