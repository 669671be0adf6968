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
    from ..models.get_loyalty_program_revenue_statistics_response_200_currency import (
        GetLoyaltyProgramRevenueStatisticsResponse200Currency,
    )
    from ..models.get_loyalty_program_revenue_statistics_response_200_income_stats import (
        GetLoyaltyProgramRevenueStatisticsResponse200IncomeStats,
    )
    from ..models.get_loyalty_program_revenue_statistics_response_200_income_stats_by_day_item import (
        GetLoyaltyProgramRevenueStatisticsResponse200IncomeStatsByDayItem,
    )


T = TypeVar("T", bound="GetLoyaltyProgramRevenueStatisticsResponse200")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "income_stats",
        "currency",
        "income_stats_by_day",
    }
)
_EXTRA = _fields.ANY
_KIND_income_stats_by_day = _fields.ListOf(
    _fields.Model("GetLoyaltyProgramRevenueStatisticsResponse200IncomeStatsByDayItem")
)


@_attrs_define
class GetLoyaltyProgramRevenueStatisticsResponse200:
    """Object with data

    Attributes:
        income_stats (GetLoyaltyProgramRevenueStatisticsResponse200IncomeStats | Unset): revenue statistics
        currency (GetLoyaltyProgramRevenueStatisticsResponse200Currency | Unset): Currency
        income_stats_by_day (list[GetLoyaltyProgramRevenueStatisticsResponse200IncomeStatsByDayItem] | Unset): Revenue
            statistics by day
    """

    income_stats: GetLoyaltyProgramRevenueStatisticsResponse200IncomeStats | Unset = UNSET
    currency: GetLoyaltyProgramRevenueStatisticsResponse200Currency | Unset = UNSET
    income_stats_by_day: list[GetLoyaltyProgramRevenueStatisticsResponse200IncomeStatsByDayItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        income_stats = self.income_stats
        if income_stats is not UNSET:
            field_dict["income_stats"] = _fields.write_model(
                income_stats, _models.GetLoyaltyProgramRevenueStatisticsResponse200IncomeStats, "income_stats"
            )

        currency = self.currency
        if currency is not UNSET:
            field_dict["currency"] = _fields.write_model(
                currency, _models.GetLoyaltyProgramRevenueStatisticsResponse200Currency, "currency"
            )

        income_stats_by_day = self.income_stats_by_day
        if income_stats_by_day is not UNSET:
            field_dict["income_stats_by_day"] = _KIND_income_stats_by_day.write_field(
                income_stats_by_day, "income_stats_by_day"
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        income_stats = _get("income_stats", UNSET)
        if income_stats is not UNSET:
            try:
                income_stats = _models.GetLoyaltyProgramRevenueStatisticsResponse200IncomeStats.from_dict(income_stats)
            except _FieldError as _error:
                raise _error.within("income_stats")

        currency = _get("currency", UNSET)
        if currency is not UNSET:
            try:
                currency = _models.GetLoyaltyProgramRevenueStatisticsResponse200Currency.from_dict(currency)
            except _FieldError as _error:
                raise _error.within("currency")

        income_stats_by_day = _get("income_stats_by_day", UNSET)
        if income_stats_by_day is not UNSET:
            income_stats_by_day = _KIND_income_stats_by_day.read_field(income_stats_by_day, "income_stats_by_day")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.income_stats = income_stats
        _model.currency = currency
        _model.income_stats_by_day = income_stats_by_day
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetLoyaltyProgramRevenueStatisticsResponse200:
            _fields.init_added_fields(_model, GetLoyaltyProgramRevenueStatisticsResponse200)
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
