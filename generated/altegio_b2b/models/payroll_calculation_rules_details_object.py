from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PayrollCalculationRulesDetailsObject")


@_attrs_define
class PayrollCalculationRulesDetailsObject:
    """
    Attributes:
        criteria_title (str | Unset): Salary payroll criterium title.
        param_title (str | Unset): Salary payroll parameter title.
        scheme_title (str | Unset): Salary payroll scheme title.
    """

    criteria_title: str | Unset = UNSET
    param_title: str | Unset = UNSET
    scheme_title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        criteria_title = self.criteria_title

        param_title = self.param_title

        scheme_title = self.scheme_title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if criteria_title is not UNSET:
            field_dict["criteria_title"] = criteria_title
        if param_title is not UNSET:
            field_dict["param_title"] = param_title
        if scheme_title is not UNSET:
            field_dict["scheme_title"] = scheme_title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        criteria_title = d.pop("criteria_title", UNSET)

        param_title = d.pop("param_title", UNSET)

        scheme_title = d.pop("scheme_title", UNSET)

        _model = cls(
            criteria_title=criteria_title,
            param_title=param_title,
            scheme_title=scheme_title,
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
