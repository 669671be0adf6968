from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..models.payroll_calculation_discrepancy_details_object_reason import (
    PayrollCalculationDiscrepancyDetailsObjectReason,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PayrollCalculationDiscrepancyDetailsObject")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "reason",
        "actual_sum",
        "difference_sum",
    }
)
_EXTRA = _fields.ANY
_KIND_reason = _fields.EnumOf("PayrollCalculationDiscrepancyDetailsObjectReason", _fields.STRING)


@_attrs_define
class PayrollCalculationDiscrepancyDetailsObject:
    """
    Attributes:
        reason (PayrollCalculationDiscrepancyDetailsObjectReason | Unset): Discrepancy type.
        actual_sum (str | Unset): Actual salary sum.
        difference_sum (str | Unset): Difference between actual and calculated salary sums.
    """

    reason: PayrollCalculationDiscrepancyDetailsObjectReason | Unset = UNSET
    actual_sum: str | Unset = UNSET
    difference_sum: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        reason = self.reason
        if reason is not UNSET:
            field_dict["reason"] = _KIND_reason.write_field(reason, "reason")

        actual_sum = self.actual_sum
        if type(actual_sum) is not str and actual_sum is not UNSET:
            actual_sum = _fields.write_string(actual_sum, "actual_sum")
        if actual_sum is not UNSET:
            field_dict["actual_sum"] = actual_sum

        difference_sum = self.difference_sum
        if type(difference_sum) is not str and difference_sum is not UNSET:
            difference_sum = _fields.write_string(difference_sum, "difference_sum")
        if difference_sum is not UNSET:
            field_dict["difference_sum"] = difference_sum

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        reason = _get("reason", UNSET)
        if reason is not UNSET:
            reason = _KIND_reason.read_field(reason, "reason")

        actual_sum = _get("actual_sum", UNSET)
        if type(actual_sum) is not str and actual_sum is not UNSET:
            actual_sum = _fields.read_string(actual_sum, "actual_sum")

        difference_sum = _get("difference_sum", UNSET)
        if type(difference_sum) is not str and difference_sum is not UNSET:
            difference_sum = _fields.read_string(difference_sum, "difference_sum")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.reason = reason
        _model.actual_sum = actual_sum
        _model.difference_sum = difference_sum
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not PayrollCalculationDiscrepancyDetailsObject:
            _fields.init_added_fields(_model, PayrollCalculationDiscrepancyDetailsObject)
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
