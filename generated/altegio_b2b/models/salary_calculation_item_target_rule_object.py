from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.salary_calculation_item_target_rule_object_type_slug import SalaryCalculationItemTargetRuleObjectTypeSlug
from ..types import UNSET, Unset

T = TypeVar("T", bound="SalaryCalculationItemTargetRuleObject")


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
        type_slug: str | Unset = UNSET
        if not isinstance(self.type_slug, Unset):
            type_slug = self.type_slug.value

        value = self.value

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_slug is not UNSET:
            field_dict["type_slug"] = type_slug
        if value is not UNSET:
            field_dict["value"] = value
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _type_slug = d.pop("type_slug", UNSET)
        type_slug: SalaryCalculationItemTargetRuleObjectTypeSlug | Unset
        if isinstance(_type_slug, Unset):
            type_slug = UNSET
        else:
            type_slug = SalaryCalculationItemTargetRuleObjectTypeSlug(_type_slug)

        value = d.pop("value", UNSET)

        description = d.pop("description", UNSET)

        _model = cls(
            type_slug=type_slug,
            value=value,
            description=description,
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
