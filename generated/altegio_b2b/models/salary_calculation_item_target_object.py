from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._runtime import fields as _fields
from .._runtime.errors import FieldError as _FieldError
from ..models.salary_calculation_item_target_object_target_type_slug import (
    SalaryCalculationItemTargetObjectTargetTypeSlug,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.salary_calculation_item_target_rule_object import SalaryCalculationItemTargetRuleObject


T = TypeVar("T", bound="SalaryCalculationItemTargetObject")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "target_type_slug",
        "target_id",
        "title",
        "cost",
        "net_cost",
        "salary_sum",
        "salary_promotion_sum",
        "salary_calculation",
    }
)
_EXTRA = _fields.ANY
_KIND_target_type_slug = _fields.EnumOf("SalaryCalculationItemTargetObjectTargetTypeSlug", _fields.STRING)


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
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        target_type_slug = self.target_type_slug
        if target_type_slug is not UNSET:
            field_dict["target_type_slug"] = _KIND_target_type_slug.write_field(target_type_slug, "target_type_slug")

        target_id = self.target_id
        if type(target_id) is not int and target_id is not UNSET and target_id is not None:
            target_id = _fields.write_integer(target_id, "target_id")
        if target_id is not UNSET:
            field_dict["target_id"] = target_id

        title = self.title
        if type(title) is not str and title is not UNSET:
            title = _fields.write_string(title, "title")
        if title is not UNSET:
            field_dict["title"] = title

        cost = self.cost
        if type(cost) is not str and cost is not UNSET and cost is not None:
            cost = _fields.write_string(cost, "cost")
        if cost is not UNSET:
            field_dict["cost"] = cost

        net_cost = self.net_cost
        if type(net_cost) is not str and net_cost is not UNSET and net_cost is not None:
            net_cost = _fields.write_string(net_cost, "net_cost")
        if net_cost is not UNSET:
            field_dict["net_cost"] = net_cost

        salary_sum = self.salary_sum
        if type(salary_sum) is not str and salary_sum is not UNSET and salary_sum is not None:
            salary_sum = _fields.write_string(salary_sum, "salary_sum")
        if salary_sum is not UNSET:
            field_dict["salary_sum"] = salary_sum

        salary_promotion_sum = self.salary_promotion_sum
        if (
            type(salary_promotion_sum) is not str
            and salary_promotion_sum is not UNSET
            and salary_promotion_sum is not None
        ):
            salary_promotion_sum = _fields.write_string(salary_promotion_sum, "salary_promotion_sum")
        if salary_promotion_sum is not UNSET:
            field_dict["salary_promotion_sum"] = salary_promotion_sum

        salary_calculation = self.salary_calculation
        if salary_calculation is not UNSET:
            field_dict["salary_calculation"] = _fields.write_model(
                salary_calculation, _models.SalaryCalculationItemTargetRuleObject, "salary_calculation"
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        target_type_slug = _get("target_type_slug", UNSET)
        if target_type_slug is not UNSET:
            target_type_slug = _KIND_target_type_slug.read_field(target_type_slug, "target_type_slug")

        target_id = _get("target_id", UNSET)
        if type(target_id) is not int and target_id is not UNSET and target_id is not None:
            target_id = _fields.read_integer(target_id, "target_id")

        title = _get("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = _fields.read_string(title, "title")

        cost = _get("cost", UNSET)
        if type(cost) is not str and cost is not UNSET and cost is not None:
            cost = _fields.read_string(cost, "cost")

        net_cost = _get("net_cost", UNSET)
        if type(net_cost) is not str and net_cost is not UNSET and net_cost is not None:
            net_cost = _fields.read_string(net_cost, "net_cost")

        salary_sum = _get("salary_sum", UNSET)
        if type(salary_sum) is not str and salary_sum is not UNSET and salary_sum is not None:
            salary_sum = _fields.read_string(salary_sum, "salary_sum")

        salary_promotion_sum = _get("salary_promotion_sum", UNSET)
        if (
            type(salary_promotion_sum) is not str
            and salary_promotion_sum is not UNSET
            and salary_promotion_sum is not None
        ):
            salary_promotion_sum = _fields.read_string(salary_promotion_sum, "salary_promotion_sum")

        salary_calculation = _get("salary_calculation", UNSET)
        if salary_calculation is not UNSET:
            try:
                salary_calculation = _models.SalaryCalculationItemTargetRuleObject.from_dict(salary_calculation)
            except _FieldError as _error:
                raise _error.within("salary_calculation")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.target_type_slug = target_type_slug
        _model.target_id = target_id
        _model.title = title
        _model.cost = cost
        _model.net_cost = net_cost
        _model.salary_sum = salary_sum
        _model.salary_promotion_sum = salary_promotion_sum
        _model.salary_calculation = salary_calculation
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not SalaryCalculationItemTargetObject:
            _fields.init_added_fields(_model, SalaryCalculationItemTargetObject)
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
