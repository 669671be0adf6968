from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payroll_calculation_discrepancy_details_object_reason import (
    PayrollCalculationDiscrepancyDetailsObjectReason,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PayrollCalculationDiscrepancyDetailsObject")


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
        reason: str | Unset = UNSET
        if not isinstance(self.reason, Unset):
            reason = self.reason.value

        actual_sum = self.actual_sum

        difference_sum = self.difference_sum

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reason is not UNSET:
            field_dict["reason"] = reason
        if actual_sum is not UNSET:
            field_dict["actual_sum"] = actual_sum
        if difference_sum is not UNSET:
            field_dict["difference_sum"] = difference_sum

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _reason = d.pop("reason", UNSET)
        reason: PayrollCalculationDiscrepancyDetailsObjectReason | Unset
        if isinstance(_reason, Unset):
            reason = UNSET
        else:
            reason = PayrollCalculationDiscrepancyDetailsObjectReason(_reason)

        actual_sum = d.pop("actual_sum", UNSET)

        difference_sum = d.pop("difference_sum", UNSET)

        _model = cls(
            reason=reason,
            actual_sum=actual_sum,
            difference_sum=difference_sum,
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
