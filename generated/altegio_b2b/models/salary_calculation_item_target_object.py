from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.salary_calculation_item_target_object_target_type_slug import (
    SalaryCalculationItemTargetObjectTargetTypeSlug,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.salary_calculation_item_target_rule_object import SalaryCalculationItemTargetRuleObject


T = TypeVar("T", bound="SalaryCalculationItemTargetObject")


@_attrs_define
class SalaryCalculationItemTargetObject:
    """
    Attributes:
        target_type_slug (SalaryCalculationItemTargetObjectTargetTypeSlug | Unset): Type of a target.
        target_id (int | None | Unset): ID of a target.
        title (str | Unset): Title of a target.
        cost (None | str | Unset): Sale cost of a target.
        net_cost (None | str | Unset): Net cost of a target.
        salary_sum (None | str | Unset): Total calculated salary sum for a target.
        salary_promotion_sum (None | str | Unset): Calculated salary sum for the promotion of a target.
        salary_calculation (SalaryCalculationItemTargetRuleObject | Unset):
    """

    target_type_slug: SalaryCalculationItemTargetObjectTargetTypeSlug | Unset = UNSET
    target_id: int | None | Unset = UNSET
    title: str | Unset = UNSET
    cost: None | str | Unset = UNSET
    net_cost: None | str | Unset = UNSET
    salary_sum: None | str | Unset = UNSET
    salary_promotion_sum: None | str | Unset = UNSET
    salary_calculation: SalaryCalculationItemTargetRuleObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        target_type_slug: str | Unset = UNSET
        if not isinstance(self.target_type_slug, Unset):
            target_type_slug = self.target_type_slug.value

        target_id: int | None | Unset
        if isinstance(self.target_id, Unset):
            target_id = UNSET
        else:
            target_id = self.target_id

        title = self.title

        cost: None | str | Unset
        if isinstance(self.cost, Unset):
            cost = UNSET
        else:
            cost = self.cost

        net_cost: None | str | Unset
        if isinstance(self.net_cost, Unset):
            net_cost = UNSET
        else:
            net_cost = self.net_cost

        salary_sum: None | str | Unset
        if isinstance(self.salary_sum, Unset):
            salary_sum = UNSET
        else:
            salary_sum = self.salary_sum

        salary_promotion_sum: None | str | Unset
        if isinstance(self.salary_promotion_sum, Unset):
            salary_promotion_sum = UNSET
        else:
            salary_promotion_sum = self.salary_promotion_sum

        salary_calculation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.salary_calculation, Unset):
            salary_calculation = self.salary_calculation.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if target_type_slug is not UNSET:
            field_dict["target_type_slug"] = target_type_slug
        if target_id is not UNSET:
            field_dict["target_id"] = target_id
        if title is not UNSET:
            field_dict["title"] = title
        if cost is not UNSET:
            field_dict["cost"] = cost
        if net_cost is not UNSET:
            field_dict["net_cost"] = net_cost
        if salary_sum is not UNSET:
            field_dict["salary_sum"] = salary_sum
        if salary_promotion_sum is not UNSET:
            field_dict["salary_promotion_sum"] = salary_promotion_sum
        if salary_calculation is not UNSET:
            field_dict["salary_calculation"] = salary_calculation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.salary_calculation_item_target_rule_object import SalaryCalculationItemTargetRuleObject  # noqa: PLC0415

        d = dict(src_dict)
        _target_type_slug = d.pop("target_type_slug", UNSET)
        target_type_slug: SalaryCalculationItemTargetObjectTargetTypeSlug | Unset
        if isinstance(_target_type_slug, Unset):
            target_type_slug = UNSET
        else:
            target_type_slug = SalaryCalculationItemTargetObjectTargetTypeSlug(_target_type_slug)

        def _parse_target_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        target_id = _parse_target_id(d.pop("target_id", UNSET))

        title = d.pop("title", UNSET)

        def _parse_cost(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cost = _parse_cost(d.pop("cost", UNSET))

        def _parse_net_cost(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        net_cost = _parse_net_cost(d.pop("net_cost", UNSET))

        def _parse_salary_sum(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        salary_sum = _parse_salary_sum(d.pop("salary_sum", UNSET))

        def _parse_salary_promotion_sum(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        salary_promotion_sum = _parse_salary_promotion_sum(d.pop("salary_promotion_sum", UNSET))

        _salary_calculation = d.pop("salary_calculation", UNSET)
        salary_calculation: SalaryCalculationItemTargetRuleObject | Unset
        if isinstance(_salary_calculation, Unset):
            salary_calculation = UNSET
        else:
            salary_calculation = SalaryCalculationItemTargetRuleObject.from_dict(_salary_calculation)

        _model = cls(
            target_type_slug=target_type_slug,
            target_id=target_id,
            title=title,
            cost=cost,
            net_cost=net_cost,
            salary_sum=salary_sum,
            salary_promotion_sum=salary_promotion_sum,
            salary_calculation=salary_calculation,
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
