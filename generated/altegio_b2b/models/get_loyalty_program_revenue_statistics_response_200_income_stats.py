from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        new: dict[str, Any] | Unset = UNSET
        if not isinstance(self.new, Unset):
            new = self.new.to_dict()

        old: dict[str, Any] | Unset = UNSET
        if not isinstance(self.old, Unset):
            old = self.old.to_dict()

        total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = self.total.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if new is not UNSET:
            field_dict["new"] = new
        if old is not UNSET:
            field_dict["old"] = old
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_loyalty_program_revenue_statistics_response_200_income_stats_new import (
            GetLoyaltyProgramRevenueStatisticsResponse200IncomeStatsNew,  # noqa: PLC0415
        )
        from ..models.get_loyalty_program_revenue_statistics_response_200_income_stats_old import (
            GetLoyaltyProgramRevenueStatisticsResponse200IncomeStatsOld,  # noqa: PLC0415
        )
        from ..models.get_loyalty_program_revenue_statistics_response_200_income_stats_total import (
            GetLoyaltyProgramRevenueStatisticsResponse200IncomeStatsTotal,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _new = d.pop("new", UNSET)
        new: GetLoyaltyProgramRevenueStatisticsResponse200IncomeStatsNew | Unset
        if isinstance(_new, Unset):
            new = UNSET
        else:
            new = GetLoyaltyProgramRevenueStatisticsResponse200IncomeStatsNew.from_dict(_new)

        _old = d.pop("old", UNSET)
        old: GetLoyaltyProgramRevenueStatisticsResponse200IncomeStatsOld | Unset
        if isinstance(_old, Unset):
            old = UNSET
        else:
            old = GetLoyaltyProgramRevenueStatisticsResponse200IncomeStatsOld.from_dict(_old)

        _total = d.pop("total", UNSET)
        total: GetLoyaltyProgramRevenueStatisticsResponse200IncomeStatsTotal | Unset
        if isinstance(_total, Unset):
            total = UNSET
        else:
            total = GetLoyaltyProgramRevenueStatisticsResponse200IncomeStatsTotal.from_dict(_total)

        _model = cls(
            new=new,
            old=old,
            total=total,
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
