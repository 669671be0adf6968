from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._runtime import fields as _fields
from .._runtime.errors import FieldError as _FieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_team_member_salary_schemes_response_200_item_salary_scheme import (
        GetTeamMemberSalarySchemesResponse200ItemSalaryScheme,
    )


T = TypeVar("T", bound="GetTeamMemberSalarySchemesResponse200Item")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "staff_id",
        "date_start",
        "date_end",
        "salary_scheme",
    }
)
_EXTRA = _fields.ANY


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
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        staff_id = self.staff_id
        if type(staff_id) is not int and staff_id is not UNSET:
            staff_id = _fields.write_integer(staff_id, "staff_id")
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id

        date_start = self.date_start
        if date_start is not UNSET:
            field_dict["date_start"] = _fields.write_date(date_start, "date_start")

        date_end = self.date_end
        if date_end is not UNSET:
            field_dict["date_end"] = _fields.write_date(date_end, "date_end")

        salary_scheme = self.salary_scheme
        if salary_scheme is not UNSET:
            field_dict["salary_scheme"] = _fields.write_model(
                salary_scheme, _models.GetTeamMemberSalarySchemesResponse200ItemSalaryScheme, "salary_scheme"
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        staff_id = _get("staff_id", UNSET)
        if type(staff_id) is not int and staff_id is not UNSET:
            staff_id = _fields.read_integer(staff_id, "staff_id")

        date_start = _get("date_start", UNSET)
        if date_start is not UNSET:
            try:
                date_start = _fields.date_fromisoformat(date_start)
            except (TypeError, ValueError):
                date_start = _fields.read_date(date_start, "date_start")

        date_end = _get("date_end", UNSET)
        if date_end is not UNSET:
            try:
                date_end = _fields.date_fromisoformat(date_end)
            except (TypeError, ValueError):
                date_end = _fields.read_date(date_end, "date_end")

        salary_scheme = _get("salary_scheme", UNSET)
        if salary_scheme is not UNSET:
            try:
                salary_scheme = _models.GetTeamMemberSalarySchemesResponse200ItemSalaryScheme.from_dict(salary_scheme)
            except _FieldError as _error:
                raise _error.within("salary_scheme")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.staff_id = staff_id
        _model.date_start = date_start
        _model.date_end = date_end
        _model.salary_scheme = salary_scheme
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetTeamMemberSalarySchemesResponse200Item:
            _fields.init_added_fields(_model, GetTeamMemberSalarySchemesResponse200Item)
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
