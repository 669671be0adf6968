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
    from ..models.get_loyalty_program_team_member_statistics_response_200_item_client_stats import (
        GetLoyaltyProgramTeamMemberStatisticsResponse200ItemClientStats,
    )
    from ..models.get_loyalty_program_team_member_statistics_response_200_item_staff import (
        GetLoyaltyProgramTeamMemberStatisticsResponse200ItemStaff,
    )


T = TypeVar("T", bound="GetLoyaltyProgramTeamMemberStatisticsResponse200Item")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "client_stats",
        "staff",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class GetLoyaltyProgramTeamMemberStatisticsResponse200Item:
    """
    Attributes:
        client_stats (GetLoyaltyProgramTeamMemberStatisticsResponse200ItemClientStats | Unset): Client statistics
        staff (GetLoyaltyProgramTeamMemberStatisticsResponse200ItemStaff | Unset): team member
    """

    client_stats: GetLoyaltyProgramTeamMemberStatisticsResponse200ItemClientStats | Unset = UNSET
    staff: GetLoyaltyProgramTeamMemberStatisticsResponse200ItemStaff | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        client_stats = self.client_stats
        if client_stats is not UNSET:
            field_dict["client_stats"] = _fields.write_model(
                client_stats, _models.GetLoyaltyProgramTeamMemberStatisticsResponse200ItemClientStats, "client_stats"
            )

        staff = self.staff
        if staff is not UNSET:
            field_dict["staff"] = _fields.write_model(
                staff, _models.GetLoyaltyProgramTeamMemberStatisticsResponse200ItemStaff, "staff"
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
                client_stats = _models.GetLoyaltyProgramTeamMemberStatisticsResponse200ItemClientStats.from_dict(
                    client_stats
                )
            except _FieldError as _error:
                raise _error.within("client_stats")

        staff = _get("staff", UNSET)
        if staff is not UNSET:
            try:
                staff = _models.GetLoyaltyProgramTeamMemberStatisticsResponse200ItemStaff.from_dict(staff)
            except _FieldError as _error:
                raise _error.within("staff")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.client_stats = client_stats
        _model.staff = staff
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetLoyaltyProgramTeamMemberStatisticsResponse200Item:
            _fields.init_added_fields(_model, GetLoyaltyProgramTeamMemberStatisticsResponse200Item)
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
