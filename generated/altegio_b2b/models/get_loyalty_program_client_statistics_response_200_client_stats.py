from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_loyalty_program_client_statistics_response_200_client_stats_new import (
        GetLoyaltyProgramClientStatisticsResponse200ClientStatsNew,
    )
    from ..models.get_loyalty_program_client_statistics_response_200_client_stats_old import (
        GetLoyaltyProgramClientStatisticsResponse200ClientStatsOld,
    )
    from ..models.get_loyalty_program_client_statistics_response_200_client_stats_total import (
        GetLoyaltyProgramClientStatisticsResponse200ClientStatsTotal,
    )


T = TypeVar("T", bound="GetLoyaltyProgramClientStatisticsResponse200ClientStats")


@_attrs_define
class GetLoyaltyProgramClientStatisticsResponse200ClientStats:
    """Client statistics

    Attributes:
        new (GetLoyaltyProgramClientStatisticsResponse200ClientStatsNew | Unset): New clients
        old (GetLoyaltyProgramClientStatisticsResponse200ClientStatsOld | Unset): Old clients
        total (GetLoyaltyProgramClientStatisticsResponse200ClientStatsTotal | Unset): Total Quantity
    """

    new: GetLoyaltyProgramClientStatisticsResponse200ClientStatsNew | Unset = UNSET
    old: GetLoyaltyProgramClientStatisticsResponse200ClientStatsOld | Unset = UNSET
    total: GetLoyaltyProgramClientStatisticsResponse200ClientStatsTotal | Unset = UNSET
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
        from ..models.get_loyalty_program_client_statistics_response_200_client_stats_new import (
            GetLoyaltyProgramClientStatisticsResponse200ClientStatsNew,  # noqa: PLC0415
        )
        from ..models.get_loyalty_program_client_statistics_response_200_client_stats_old import (
            GetLoyaltyProgramClientStatisticsResponse200ClientStatsOld,  # noqa: PLC0415
        )
        from ..models.get_loyalty_program_client_statistics_response_200_client_stats_total import (
            GetLoyaltyProgramClientStatisticsResponse200ClientStatsTotal,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _new = d.pop("new", UNSET)
        new: GetLoyaltyProgramClientStatisticsResponse200ClientStatsNew | Unset
        if isinstance(_new, Unset):
            new = UNSET
        else:
            new = GetLoyaltyProgramClientStatisticsResponse200ClientStatsNew.from_dict(_new)

        _old = d.pop("old", UNSET)
        old: GetLoyaltyProgramClientStatisticsResponse200ClientStatsOld | Unset
        if isinstance(_old, Unset):
            old = UNSET
        else:
            old = GetLoyaltyProgramClientStatisticsResponse200ClientStatsOld.from_dict(_old)

        _total = d.pop("total", UNSET)
        total: GetLoyaltyProgramClientStatisticsResponse200ClientStatsTotal | Unset
        if isinstance(_total, Unset):
            total = UNSET
        else:
            total = GetLoyaltyProgramClientStatisticsResponse200ClientStatsTotal.from_dict(_total)

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
