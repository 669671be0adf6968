from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SalaryTotals")


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
        working_days_count = self.working_days_count

        working_hours_count = self.working_hours_count

        group_services_count = self.group_services_count

        services_count = self.services_count

        services_sum = self.services_sum

        goods_sales_count = self.goods_sales_count

        goods_sales_sum = self.goods_sales_sum

        total_sum = self.total_sum

        salary = self.salary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if working_days_count is not UNSET:
            field_dict["working_days_count"] = working_days_count
        if working_hours_count is not UNSET:
            field_dict["working_hours_count"] = working_hours_count
        if group_services_count is not UNSET:
            field_dict["group_services_count"] = group_services_count
        if services_count is not UNSET:
            field_dict["services_count"] = services_count
        if services_sum is not UNSET:
            field_dict["services_sum"] = services_sum
        if goods_sales_count is not UNSET:
            field_dict["goods_sales_count"] = goods_sales_count
        if goods_sales_sum is not UNSET:
            field_dict["goods_sales_sum"] = goods_sales_sum
        if total_sum is not UNSET:
            field_dict["total_sum"] = total_sum
        if salary is not UNSET:
            field_dict["salary"] = salary

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        working_days_count = d.pop("working_days_count", UNSET)

        working_hours_count = d.pop("working_hours_count", UNSET)

        group_services_count = d.pop("group_services_count", UNSET)

        services_count = d.pop("services_count", UNSET)

        services_sum = d.pop("services_sum", UNSET)

        goods_sales_count = d.pop("goods_sales_count", UNSET)

        goods_sales_sum = d.pop("goods_sales_sum", UNSET)

        total_sum = d.pop("total_sum", UNSET)

        salary = d.pop("salary", UNSET)

        _model = cls(
            working_days_count=working_days_count,
            working_hours_count=working_hours_count,
            group_services_count=group_services_count,
            services_count=services_count,
            services_sum=services_sum,
            goods_sales_count=goods_sales_count,
            goods_sales_sum=goods_sales_sum,
            total_sum=total_sum,
            salary=salary,
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
