from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetTeamMemberCalculationSchemesCountResponse200")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "staff_id",
        "salary_schemes_count",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class GetTeamMemberCalculationSchemesCountResponse200:
    """
    Attributes:
        staff_id (int | Unset): ID of a team member.
        salary_schemes_count (int | Unset): Applicable salary schemes count.
    """

    staff_id: int | Unset = UNSET
    salary_schemes_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        staff_id = self.staff_id
        if type(staff_id) is not int and staff_id is not UNSET:
            staff_id = _fields.write_integer(staff_id, "staff_id")
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id

        salary_schemes_count = self.salary_schemes_count
        if type(salary_schemes_count) is not int and salary_schemes_count is not UNSET:
            salary_schemes_count = _fields.write_integer(salary_schemes_count, "salary_schemes_count")
        if salary_schemes_count is not UNSET:
            field_dict["salary_schemes_count"] = salary_schemes_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        staff_id = _get("staff_id", UNSET)
        if type(staff_id) is not int and staff_id is not UNSET:
            staff_id = _fields.read_integer(staff_id, "staff_id")

        salary_schemes_count = _get("salary_schemes_count", UNSET)
        if type(salary_schemes_count) is not int and salary_schemes_count is not UNSET:
            salary_schemes_count = _fields.read_integer(salary_schemes_count, "salary_schemes_count")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.staff_id = staff_id
        _model.salary_schemes_count = salary_schemes_count
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetTeamMemberCalculationSchemesCountResponse200:
            _fields.init_added_fields(_model, GetTeamMemberCalculationSchemesCountResponse200)
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
