from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_loyalty_program_team_member_statistics_response_200_item_client_stats import (
        GetLoyaltyProgramTeamMemberStatisticsResponse200ItemClientStats,
    )
    from ..models.get_loyalty_program_team_member_statistics_response_200_item_staff import (
        GetLoyaltyProgramTeamMemberStatisticsResponse200ItemStaff,
    )


T = TypeVar("T", bound="GetLoyaltyProgramTeamMemberStatisticsResponse200Item")


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
        client_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client_stats, Unset):
            client_stats = self.client_stats.to_dict()

        staff: dict[str, Any] | Unset = UNSET
        if not isinstance(self.staff, Unset):
            staff = self.staff.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if client_stats is not UNSET:
            field_dict["client_stats"] = client_stats
        if staff is not UNSET:
            field_dict["staff"] = staff

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_loyalty_program_team_member_statistics_response_200_item_client_stats import (
            GetLoyaltyProgramTeamMemberStatisticsResponse200ItemClientStats,  # noqa: PLC0415
        )
        from ..models.get_loyalty_program_team_member_statistics_response_200_item_staff import (
            GetLoyaltyProgramTeamMemberStatisticsResponse200ItemStaff,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _client_stats = d.pop("client_stats", UNSET)
        client_stats: GetLoyaltyProgramTeamMemberStatisticsResponse200ItemClientStats | Unset
        if isinstance(_client_stats, Unset):
            client_stats = UNSET
        else:
            client_stats = GetLoyaltyProgramTeamMemberStatisticsResponse200ItemClientStats.from_dict(_client_stats)

        _staff = d.pop("staff", UNSET)
        staff: GetLoyaltyProgramTeamMemberStatisticsResponse200ItemStaff | Unset
        if isinstance(_staff, Unset):
            staff = UNSET
        else:
            staff = GetLoyaltyProgramTeamMemberStatisticsResponse200ItemStaff.from_dict(_staff)

        _model = cls(
            client_stats=client_stats,
            staff=staff,
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
