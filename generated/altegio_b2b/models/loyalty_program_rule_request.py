from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="LoyaltyProgramRuleRequest")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "parameter",
        "value",
        "service_id",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class LoyaltyProgramRuleRequest:
    """The body of the request to change the rule for the loyalty promotion

    Example:
        {'parameter': 10, 'value': 2.5, 'service_id': 0}

    Attributes:
        parameter (int | Unset): Rule Threshold (0 for Fixed Stock Types)
        value (float | Unset): The value of the discount or bonus
        service_id (int | Unset): Service ID (only for "Discount by condition" promotion)
    """

    parameter: int | Unset = UNSET
    value: float | Unset = UNSET
    service_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        parameter = self.parameter
        if type(parameter) is not int and parameter is not UNSET:
            parameter = _fields.write_integer(parameter, "parameter")
        if parameter is not UNSET:
            field_dict["parameter"] = parameter

        value = self.value
        if value is not UNSET:
            field_dict["value"] = _fields.write_number(value, "value")

        service_id = self.service_id
        if type(service_id) is not int and service_id is not UNSET:
            service_id = _fields.write_integer(service_id, "service_id")
        if service_id is not UNSET:
            field_dict["service_id"] = service_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        parameter = _get("parameter", UNSET)
        if type(parameter) is not int and parameter is not UNSET:
            parameter = _fields.read_integer(parameter, "parameter")

        value = _get("value", UNSET)
        if type(value) is not float and type(value) is not int and value is not UNSET:
            value = _fields.read_number(value, "value")

        service_id = _get("service_id", UNSET)
        if type(service_id) is not int and service_id is not UNSET:
            service_id = _fields.read_integer(service_id, "service_id")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.parameter = parameter
        _model.value = value
        _model.service_id = service_id
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not LoyaltyProgramRuleRequest:
            _fields.init_added_fields(_model, LoyaltyProgramRuleRequest)
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
