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
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        new = self.new
        if new is not UNSET:
            field_dict["new"] = _fields.write_model(
                new, _models.GetLoyaltyProgramClientStatisticsResponse200ClientStatsNew, "new"
            )

        old = self.old
        if old is not UNSET:
            field_dict["old"] = _fields.write_model(
                old, _models.GetLoyaltyProgramClientStatisticsResponse200ClientStatsOld, "old"
            )

        total = self.total
        if total is not UNSET:
            field_dict["total"] = _fields.write_model(
                total, _models.GetLoyaltyProgramClientStatisticsResponse200ClientStatsTotal, "total"
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
                new = _models.GetLoyaltyProgramClientStatisticsResponse200ClientStatsNew.from_dict(new)
            except _FieldError as _error:
                raise _error.within("new")

        old = _get("old", UNSET)
        if old is not UNSET:
            try:
                old = _models.GetLoyaltyProgramClientStatisticsResponse200ClientStatsOld.from_dict(old)
            except _FieldError as _error:
                raise _error.within("old")

        total = _get("total", UNSET)
        if total is not UNSET:
            try:
                total = _models.GetLoyaltyProgramClientStatisticsResponse200ClientStatsTotal.from_dict(total)
            except _FieldError as _error:
                raise _error.within("total")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.new = new
        _model.old = old
        _model.total = total
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetLoyaltyProgramClientStatisticsResponse200ClientStats:
            _fields.init_added_fields(_model, GetLoyaltyProgramClientStatisticsResponse200ClientStats)
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
