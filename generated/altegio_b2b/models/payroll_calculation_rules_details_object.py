from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="PayrollCalculationRulesDetailsObject")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "criteria_title",
        "param_title",
        "scheme_title",
    }
)
_EXTRA = _fields.ANY


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
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        criteria_title = self.criteria_title
        if type(criteria_title) is not str and criteria_title is not UNSET:
            criteria_title = _fields.write_string(criteria_title, "criteria_title")
        if criteria_title is not UNSET:
            field_dict["criteria_title"] = criteria_title

        param_title = self.param_title
        if type(param_title) is not str and param_title is not UNSET:
            param_title = _fields.write_string(param_title, "param_title")
        if param_title is not UNSET:
            field_dict["param_title"] = param_title

        scheme_title = self.scheme_title
        if type(scheme_title) is not str and scheme_title is not UNSET:
            scheme_title = _fields.write_string(scheme_title, "scheme_title")
        if scheme_title is not UNSET:
            field_dict["scheme_title"] = scheme_title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        criteria_title = _get("criteria_title", UNSET)
        if type(criteria_title) is not str and criteria_title is not UNSET:
            criteria_title = _fields.read_string(criteria_title, "criteria_title")

        param_title = _get("param_title", UNSET)
        if type(param_title) is not str and param_title is not UNSET:
            param_title = _fields.read_string(param_title, "param_title")

        scheme_title = _get("scheme_title", UNSET)
        if type(scheme_title) is not str and scheme_title is not UNSET:
            scheme_title = _fields.read_string(scheme_title, "scheme_title")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.criteria_title = criteria_title
        _model.param_title = param_title
        _model.scheme_title = scheme_title
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not PayrollCalculationRulesDetailsObject:
            _fields.init_added_fields(_model, PayrollCalculationRulesDetailsObject)
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
