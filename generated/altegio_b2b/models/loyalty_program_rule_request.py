from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LoyaltyProgramRuleRequest")


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
        parameter = self.parameter

        value = self.value

        service_id = self.service_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if parameter is not UNSET:
            field_dict["parameter"] = parameter
        if value is not UNSET:
            field_dict["value"] = value
        if service_id is not UNSET:
            field_dict["service_id"] = service_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        parameter = d.pop("parameter", UNSET)

        value = d.pop("value", UNSET)

        service_id = d.pop("service_id", UNSET)

        _model = cls(
            parameter=parameter,
            value=value,
            service_id=service_id,
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
