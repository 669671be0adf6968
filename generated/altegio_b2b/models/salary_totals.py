from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="SalaryTotals")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "working_days_count",
        "working_hours_count",
        "group_services_count",
        "services_count",
        "services_sum",
        "goods_sales_count",
        "goods_sales_sum",
        "total_sum",
        "salary",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class SalaryTotals:
    """
    Attributes:
        working_days_count (int | Unset): Number of working days.
        working_hours_count (int | Unset): Number of working hours.
        group_services_count (int | Unset): Number of group services provided.
        services_count (int | Unset): Number of services provided.
        services_sum (str | Unset): The cost of services provided.
        goods_sales_count (int | Unset): Number of products sold.
        goods_sales_sum (str | Unset): Cost of products sold.
        total_sum (str | Unset): Total cost.
        salary (str | Unset): Salary.
    """

    working_days_count: int | Unset = UNSET
    working_hours_count: int | Unset = UNSET
    group_services_count: int | Unset = UNSET
    services_count: int | Unset = UNSET
    services_sum: str | Unset = UNSET
    goods_sales_count: int | Unset = UNSET
    goods_sales_sum: str | Unset = UNSET
    total_sum: str | Unset = UNSET
    salary: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        working_days_count = self.working_days_count
        if type(working_days_count) is not int and working_days_count is not UNSET:
            working_days_count = _fields.write_integer(working_days_count, "working_days_count")
        if working_days_count is not UNSET:
            field_dict["working_days_count"] = working_days_count

        working_hours_count = self.working_hours_count
        if type(working_hours_count) is not int and working_hours_count is not UNSET:
            working_hours_count = _fields.write_integer(working_hours_count, "working_hours_count")
        if working_hours_count is not UNSET:
            field_dict["working_hours_count"] = working_hours_count

        group_services_count = self.group_services_count
        if type(group_services_count) is not int and group_services_count is not UNSET:
            group_services_count = _fields.write_integer(group_services_count, "group_services_count")
        if group_services_count is not UNSET:
            field_dict["group_services_count"] = group_services_count

        services_count = self.services_count
        if type(services_count) is not int and services_count is not UNSET:
            services_count = _fields.write_integer(services_count, "services_count")
        if services_count is not UNSET:
            field_dict["services_count"] = services_count

        services_sum = self.services_sum
        if type(services_sum) is not str and services_sum is not UNSET:
            services_sum = _fields.write_string(services_sum, "services_sum")
        if services_sum is not UNSET:
            field_dict["services_sum"] = services_sum

        goods_sales_count = self.goods_sales_count
        if type(goods_sales_count) is not int and goods_sales_count is not UNSET:
            goods_sales_count = _fields.write_integer(goods_sales_count, "goods_sales_count")
        if goods_sales_count is not UNSET:
            field_dict["goods_sales_count"] = goods_sales_count

        goods_sales_sum = self.goods_sales_sum
        if type(goods_sales_sum) is not str and goods_sales_sum is not UNSET:
            goods_sales_sum = _fields.write_string(goods_sales_sum, "goods_sales_sum")
        if goods_sales_sum is not UNSET:
            field_dict["goods_sales_sum"] = goods_sales_sum

        total_sum = self.total_sum
        if type(total_sum) is not str and total_sum is not UNSET:
            total_sum = _fields.write_string(total_sum, "total_sum")
        if total_sum is not UNSET:
            field_dict["total_sum"] = total_sum

        salary = self.salary
        if type(salary) is not str and salary is not UNSET:
            salary = _fields.write_string(salary, "salary")
        if salary is not UNSET:
            field_dict["salary"] = salary

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        working_days_count = _get("working_days_count", UNSET)
        if type(working_days_count) is not int and working_days_count is not UNSET:
            working_days_count = _fields.read_integer(working_days_count, "working_days_count")

        working_hours_count = _get("working_hours_count", UNSET)
        if type(working_hours_count) is not int and working_hours_count is not UNSET:
            working_hours_count = _fields.read_integer(working_hours_count, "working_hours_count")

        group_services_count = _get("group_services_count", UNSET)
        if type(group_services_count) is not int and group_services_count is not UNSET:
            group_services_count = _fields.read_integer(group_services_count, "group_services_count")

        services_count = _get("services_count", UNSET)
        if type(services_count) is not int and services_count is not UNSET:
            services_count = _fields.read_integer(services_count, "services_count")

        services_sum = _get("services_sum", UNSET)
        if type(services_sum) is not str and services_sum is not UNSET:
            services_sum = _fields.read_string(services_sum, "services_sum")

        goods_sales_count = _get("goods_sales_count", UNSET)
        if type(goods_sales_count) is not int and goods_sales_count is not UNSET:
            goods_sales_count = _fields.read_integer(goods_sales_count, "goods_sales_count")

        goods_sales_sum = _get("goods_sales_sum", UNSET)
        if type(goods_sales_sum) is not str and goods_sales_sum is not UNSET:
            goods_sales_sum = _fields.read_string(goods_sales_sum, "goods_sales_sum")

        total_sum = _get("total_sum", UNSET)
        if type(total_sum) is not str and total_sum is not UNSET:
            total_sum = _fields.read_string(total_sum, "total_sum")

        salary = _get("salary", UNSET)
        if type(salary) is not str and salary is not UNSET:
            salary = _fields.read_string(salary, "salary")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.working_days_count = working_days_count
        _model.working_hours_count = working_hours_count
        _model.group_services_count = group_services_count
        _model.services_count = services_count
        _model.services_sum = services_sum
        _model.goods_sales_count = goods_sales_count
        _model.goods_sales_sum = goods_sales_sum
        _model.total_sum = total_sum
        _model.salary = salary
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not SalaryTotals:
            _fields.init_added_fields(_model, SalaryTotals)
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
