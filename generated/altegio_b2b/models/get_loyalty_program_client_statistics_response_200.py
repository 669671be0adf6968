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
    from ..models.get_loyalty_program_client_statistics_response_200_client_stats import (
        GetLoyaltyProgramClientStatisticsResponse200ClientStats,
    )
    from ..models.get_loyalty_program_client_statistics_response_200_visits_stats_by_day_item import (
        GetLoyaltyProgramClientStatisticsResponse200VisitsStatsByDayItem,
    )


T = TypeVar("T", bound="GetLoyaltyProgramClientStatisticsResponse200")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "client_stats",
        "visits_stats_by_day",
    }
)
_EXTRA = _fields.ANY
_KIND_visits_stats_by_day = _fields.ListOf(
    _fields.Model("GetLoyaltyProgramClientStatisticsResponse200VisitsStatsByDayItem")
)


@_attrs_define
class GetLoyaltyProgramClientStatisticsResponse200:
    """Object with data

    Attributes:
        client_stats (GetLoyaltyProgramClientStatisticsResponse200ClientStats | Unset): Client statistics
        visits_stats_by_day (list[GetLoyaltyProgramClientStatisticsResponse200VisitsStatsByDayItem] | Unset): Number of
            clients per day
    """

    client_stats: GetLoyaltyProgramClientStatisticsResponse200ClientStats | Unset = UNSET
    visits_stats_by_day: list[GetLoyaltyProgramClientStatisticsResponse200VisitsStatsByDayItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        client_stats = self.client_stats
        if client_stats is not UNSET:
            field_dict["client_stats"] = _fields.write_model(
                client_stats, _models.GetLoyaltyProgramClientStatisticsResponse200ClientStats, "client_stats"
            )

        visits_stats_by_day = self.visits_stats_by_day
        if visits_stats_by_day is not UNSET:
            field_dict["visits_stats_by_day"] = _KIND_visits_stats_by_day.write_field(
                visits_stats_by_day, "visits_stats_by_day"
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        client_stats = _get("client_stats", UNSET)
        if client_stats is not UNSET:
            try:
                client_stats = _models.GetLoyaltyProgramClientStatisticsResponse200ClientStats.from_dict(client_stats)
            except _FieldError as _error:
                raise _error.within("client_stats")

        visits_stats_by_day = _get("visits_stats_by_day", UNSET)
        if visits_stats_by_day is not UNSET:
            visits_stats_by_day = _KIND_visits_stats_by_day.read_field(visits_stats_by_day, "visits_stats_by_day")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.client_stats = client_stats
        _model.visits_stats_by_day = visits_stats_by_day
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetLoyaltyProgramClientStatisticsResponse200:
            _fields.init_added_fields(_model, GetLoyaltyProgramClientStatisticsResponse200)
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
