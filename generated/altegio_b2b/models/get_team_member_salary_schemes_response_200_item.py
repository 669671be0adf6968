from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import timestamps as _timestamps
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_team_member_salary_schemes_response_200_item_salary_scheme import (
        GetTeamMemberSalarySchemesResponse200ItemSalaryScheme,
    )


T = TypeVar("T", bound="GetTeamMemberSalarySchemesResponse200Item")


@_attrs_define
class GetTeamMemberSalarySchemesResponse200Item:
    """
    Attributes:
        staff_id (int | Unset): ID of a team member.
        date_start (datetime.date | Unset): Start date the salary scheme is applicable.
        date_end (datetime.date | Unset): Start date the salary scheme is applicable. Null, if salary scheme is
            unlimited.
        salary_scheme (GetTeamMemberSalarySchemesResponse200ItemSalaryScheme | Unset): Salary scheme.
    """

    staff_id: int | Unset = UNSET
    date_start: datetime.date | Unset = UNSET
    date_end: datetime.date | Unset = UNSET
    salary_scheme: GetTeamMemberSalarySchemesResponse200ItemSalaryScheme | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        staff_id = self.staff_id

        date_start: str | Unset = UNSET
        if not isinstance(self.date_start, Unset):
            date_start = self.date_start.isoformat()

        date_end: str | Unset = UNSET
        if not isinstance(self.date_end, Unset):
            date_end = self.date_end.isoformat()

        salary_scheme: dict[str, Any] | Unset = UNSET
        if not isinstance(self.salary_scheme, Unset):
            salary_scheme = self.salary_scheme.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id
        if date_start is not UNSET:
            field_dict["date_start"] = date_start
        if date_end is not UNSET:
            field_dict["date_end"] = date_end
        if salary_scheme is not UNSET:
            field_dict["salary_scheme"] = salary_scheme

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_team_member_salary_schemes_response_200_item_salary_scheme import (
            GetTeamMemberSalarySchemesResponse200ItemSalaryScheme,  # noqa: PLC0415
        )

        d = dict(src_dict)
        staff_id = d.pop("staff_id", UNSET)

        _date_start = d.pop("date_start", UNSET)
        date_start: datetime.date | Unset
        if isinstance(_date_start, Unset):
            date_start = UNSET
        else:
            date_start = _timestamps.parse_date(_date_start)

        _date_end = d.pop("date_end", UNSET)
        date_end: datetime.date | Unset
        if isinstance(_date_end, Unset):
            date_end = UNSET
        else:
            date_end = _timestamps.parse_date(_date_end)

        _salary_scheme = d.pop("salary_scheme", UNSET)
        salary_scheme: GetTeamMemberSalarySchemesResponse200ItemSalaryScheme | Unset
        if isinstance(_salary_scheme, Unset):
            salary_scheme = UNSET
        else:
            salary_scheme = GetTeamMemberSalarySchemesResponse200ItemSalaryScheme.from_dict(_salary_scheme)

        _model = cls(
            staff_id=staff_id,
            date_start=date_start,
            date_end=date_end,
            salary_scheme=salary_scheme,
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
