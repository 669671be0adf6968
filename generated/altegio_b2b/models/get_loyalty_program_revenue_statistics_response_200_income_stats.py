from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._runtime import fields as _fields
from .._runtime.errors import FieldError as _FieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_loyalty_program_revenue_statistics_response_200_income_stats_new import (
        GetLoyaltyProgramRevenueStatisticsResponse200IncomeStatsNew,
    )
    from ..models.get_loyalty_program_revenue_statistics_response_200_income_stats_old import (
        GetLoyaltyProgramRevenueStatisticsResponse200IncomeStatsOld,
    )
    from ..models.get_loyalty_program_revenue_statistics_response_200_income_stats_total import (
        GetLoyaltyProgramRevenueStatisticsResponse200IncomeStatsTotal,
    )


T = TypeVar("T", bound="GetLoyaltyProgramRevenueStatisticsResponse200IncomeStats")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "new",
        "old",
        "total",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class GetLoyaltyProgramRevenueStatisticsResponse200IncomeStats:
    """revenue statistics

    Attributes:
        new (GetLoyaltyProgramRevenueStatisticsResponse200IncomeStatsNew | Unset): New clients
        old (GetLoyaltyProgramRevenueStatisticsResponse200IncomeStatsOld | Unset): Old clients
        total (GetLoyaltyProgramRevenueStatisticsResponse200IncomeStatsTotal | Unset): Total amount
    """

    new: GetLoyaltyProgramRevenueStatisticsResponse200IncomeStatsNew | Unset = UNSET
    old: GetLoyaltyProgramRevenueStatisticsResponse200IncomeStatsOld | Unset = UNSET
    total: GetLoyaltyProgramRevenueStatisticsResponse200IncomeStatsTotal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        new = self.new
        if new is not UNSET:
            field_dict["new"] = _fields.write_model(
                new, _models.GetLoyaltyProgramRevenueStatisticsResponse200IncomeStatsNew, "new"
            )

        old = self.old
        if old is not UNSET:
            field_dict["old"] = _fields.write_model(
                old, _models.GetLoyaltyProgramRevenueStatisticsResponse200IncomeStatsOld, "old"
            )

        total = self.total
        if total is not UNSET:
            field_dict["total"] = _fields.write_model(
                total, _models.GetLoyaltyProgramRevenueStatisticsResponse200IncomeStatsTotal, "total"
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        new = _get("new", UNSET)
        if new is not UNSET:
            try:
                new = _models.GetLoyaltyProgramRevenueStatisticsResponse200IncomeStatsNew.from_dict(new)
            except _FieldError as _error:
                raise _error.within("new")

        old = _get("old", UNSET)
        if old is not UNSET:
            try:
                old = _models.GetLoyaltyProgramRevenueStatisticsResponse200IncomeStatsOld.from_dict(old)
            except _FieldError as _error:
                raise _error.within("old")

        total = _get("total", UNSET)
        if total is not UNSET:
            try:
                total = _models.GetLoyaltyProgramRevenueStatisticsResponse200IncomeStatsTotal.from_dict(total)
            except _FieldError as _error:
                raise _error.within("total")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.new = new
        _model.old = old
        _model.total = total
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetLoyaltyProgramRevenueStatisticsResponse200IncomeStats:
            _fields.init_added_fields(_model, GetLoyaltyProgramRevenueStatisticsResponse200IncomeStats)
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
