from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..models.salary_calculation_item_target_rule_object_type_slug import SalaryCalculationItemTargetRuleObjectTypeSlug
from ..types import UNSET, Unset

T = TypeVar("T", bound="SalaryCalculationItemTargetRuleObject")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "type_slug",
        "value",
        "description",
    }
)
_EXTRA = _fields.ANY
_KIND_type_slug = _fields.EnumOf("SalaryCalculationItemTargetRuleObjectTypeSlug", _fields.STRING)


@_attrs_define
class SalaryCalculationItemTargetRuleObject:
    """
    Attributes:
        type_slug (SalaryCalculationItemTargetRuleObjectTypeSlug | Unset): Rule type.
        value (float | Unset): Value.
        description (str | Unset): Calculation rule description.
    """

    type_slug: SalaryCalculationItemTargetRuleObjectTypeSlug | Unset = UNSET
    value: float | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        type_slug = self.type_slug
        if type_slug is not UNSET:
            field_dict["type_slug"] = _KIND_type_slug.write_field(type_slug, "type_slug")

        value = self.value
        if value is not UNSET:
            field_dict["value"] = _fields.write_number(value, "value")

        description = self.description
        if type(description) is not str and description is not UNSET:
            description = _fields.write_string(description, "description")
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        type_slug = _get("type_slug", UNSET)
        if type_slug is not UNSET:
            type_slug = _KIND_type_slug.read_field(type_slug, "type_slug")

        value = _get("value", UNSET)
        if type(value) is not float and type(value) is not int and value is not UNSET:
            value = _fields.read_number(value, "value")

        description = _get("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = _fields.read_string(description, "description")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.type_slug = type_slug
        _model.value = value
        _model.description = description
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not SalaryCalculationItemTargetRuleObject:
            _fields.init_added_fields(_model, SalaryCalculationItemTargetRuleObject)
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
