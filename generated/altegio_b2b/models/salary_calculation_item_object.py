from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._runtime import fields as _fields
from .._runtime.errors import FieldError as _FieldError
from ..models.salary_calculation_item_object_item_type_slug import SalaryCalculationItemObjectItemTypeSlug
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_details_object import PaymentDetailsObject
    from ..models.payroll_calculation_discrepancy_details_object import PayrollCalculationDiscrepancyDetailsObject
    from ..models.payroll_calculation_rules_details_object import PayrollCalculationRulesDetailsObject
    from ..models.salary_calculation_item_target_object import SalaryCalculationItemTargetObject


T = TypeVar("T", bound="SalaryCalculationItemObject")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "date",
        "time",
        "item_id",
        "item_type_slug",
        "salary_sum",
        "record_id",
        "client_id",
        "cost",
        "paid",
        "salary_calculation_info",
        "targets",
        "salary_discrepancy",
    }
)
_EXTRA = _fields.ANY
_KIND_item_type_slug = _fields.EnumOf("SalaryCalculationItemObjectItemTypeSlug", _fields.STRING)
_KIND_targets = _fields.ListOf(_fields.Model("SalaryCalculationItemTargetObject"))


@_attrs_define
class SalaryCalculationItemObject:
    """
    Attributes:
        date (datetime.date | Unset): Date.
        time (str | Unset): Time.
        item_id (int | Unset): ID of an entity subject to salary calculation (e.g., appointment ID or sale ID).
        item_type_slug (SalaryCalculationItemObjectItemTypeSlug | Unset): Type of an entity subject to salary
            calculation (e.g., appointment or sale).
        salary_sum (str | Unset): Calculated salary sum.
        record_id (int | None | Unset): ID of an appointment.
        client_id (int | None | Unset): ID of a customer.
        cost (None | str | Unset): Base cost.
        paid (PaymentDetailsObject | Unset):
        salary_calculation_info (PayrollCalculationRulesDetailsObject | Unset):
        targets (list[SalaryCalculationItemTargetObject] | Unset):
        salary_discrepancy (PayrollCalculationDiscrepancyDetailsObject | Unset):
    """

    date: datetime.date | Unset = UNSET
    time: str | Unset = UNSET
    item_id: int | Unset = UNSET
    item_type_slug: SalaryCalculationItemObjectItemTypeSlug | Unset = UNSET
    salary_sum: str | Unset = UNSET
    record_id: int | None | Unset = UNSET
    client_id: int | None | Unset = UNSET
    cost: None | str | Unset = UNSET
    paid: PaymentDetailsObject | Unset = UNSET
    salary_calculation_info: PayrollCalculationRulesDetailsObject | Unset = UNSET
    targets: list[SalaryCalculationItemTargetObject] | Unset = UNSET
    salary_discrepancy: PayrollCalculationDiscrepancyDetailsObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        date = self.date
        if date is not UNSET:
            field_dict["date"] = _fields.write_date(date, "date")

        time = self.time
        if type(time) is not str and time is not UNSET:
            time = _fields.write_string(time, "time")
        if time is not UNSET:
            field_dict["time"] = time

        item_id = self.item_id
        if type(item_id) is not int and item_id is not UNSET:
            item_id = _fields.write_integer(item_id, "item_id")
        if item_id is not UNSET:
            field_dict["item_id"] = item_id

        item_type_slug = self.item_type_slug
        if item_type_slug is not UNSET:
            field_dict["item_type_slug"] = _KIND_item_type_slug.write_field(item_type_slug, "item_type_slug")

        salary_sum = self.salary_sum
        if type(salary_sum) is not str and salary_sum is not UNSET:
            salary_sum = _fields.write_string(salary_sum, "salary_sum")
        if salary_sum is not UNSET:
            field_dict["salary_sum"] = salary_sum

        record_id = self.record_id
        if type(record_id) is not int and record_id is not UNSET and record_id is not None:
            record_id = _fields.write_integer(record_id, "record_id")
        if record_id is not UNSET:
            field_dict["record_id"] = record_id

        client_id = self.client_id
        if type(client_id) is not int and client_id is not UNSET and client_id is not None:
            client_id = _fields.write_integer(client_id, "client_id")
        if client_id is not UNSET:
            field_dict["client_id"] = client_id

        cost = self.cost
        if type(cost) is not str and cost is not UNSET and cost is not None:
            cost = _fields.write_string(cost, "cost")
        if cost is not UNSET:
            field_dict["cost"] = cost

        paid = self.paid
        if paid is not UNSET:
            field_dict["paid"] = _fields.write_model(paid, _models.PaymentDetailsObject, "paid")

        salary_calculation_info = self.salary_calculation_info
        if salary_calculation_info is not UNSET:
            field_dict["salary_calculation_info"] = _fields.write_model(
                salary_calculation_info, _models.PayrollCalculationRulesDetailsObject, "salary_calculation_info"
            )

        targets = self.targets
        if targets is not UNSET:
            field_dict["targets"] = _KIND_targets.write_field(targets, "targets")

        salary_discrepancy = self.salary_discrepancy
        if salary_discrepancy is not UNSET:
            field_dict["salary_discrepancy"] = _fields.write_model(
                salary_discrepancy, _models.PayrollCalculationDiscrepancyDetailsObject, "salary_discrepancy"
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        date = _get("date", UNSET)
        if date is not UNSET:
            try:
                date = _fields.date_fromisoformat(date)
            except (TypeError, ValueError):
                date = _fields.read_date(date, "date")

        time = _get("time", UNSET)
        if type(time) is not str and time is not UNSET:
            time = _fields.read_string(time, "time")

        item_id = _get("item_id", UNSET)
        if type(item_id) is not int and item_id is not UNSET:
            item_id = _fields.read_integer(item_id, "item_id")

        item_type_slug = _get("item_type_slug", UNSET)
        if item_type_slug is not UNSET:
            item_type_slug = _KIND_item_type_slug.read_field(item_type_slug, "item_type_slug")

        salary_sum = _get("salary_sum", UNSET)
        if type(salary_sum) is not str and salary_sum is not UNSET:
            salary_sum = _fields.read_string(salary_sum, "salary_sum")

        record_id = _get("record_id", UNSET)
        if type(record_id) is not int and record_id is not UNSET and record_id is not None:
            record_id = _fields.read_integer(record_id, "record_id")

        client_id = _get("client_id", UNSET)
        if type(client_id) is not int and client_id is not UNSET and client_id is not None:
            client_id = _fields.read_integer(client_id, "client_id")

        cost = _get("cost", UNSET)
        if type(cost) is not str and cost is not UNSET and cost is not None:
            cost = _fields.read_string(cost, "cost")

        paid = _get("paid", UNSET)
        if paid is not UNSET:
            try:
                paid = _models.PaymentDetailsObject.from_dict(paid)
            except _FieldError as _error:
                raise _error.within("paid")

        salary_calculation_info = _get("salary_calculation_info", UNSET)
        if salary_calculation_info is not UNSET:
            try:
                salary_calculation_info = _models.PayrollCalculationRulesDetailsObject.from_dict(
                    salary_calculation_info
                )
            except _FieldError as _error:
                raise _error.within("salary_calculation_info")

        targets = _get("targets", UNSET)
        if targets is not UNSET:
            targets = _KIND_targets.read_field(targets, "targets")

        salary_discrepancy = _get("salary_discrepancy", UNSET)
        if salary_discrepancy is not UNSET:
            try:
                salary_discrepancy = _models.PayrollCalculationDiscrepancyDetailsObject.from_dict(salary_discrepancy)
            except _FieldError as _error:
                raise _error.within("salary_discrepancy")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.date = date
        _model.time = time
        _model.item_id = item_id
        _model.item_type_slug = item_type_slug
        _model.salary_sum = salary_sum
        _model.record_id = record_id
        _model.client_id = client_id
        _model.cost = cost
        _model.paid = paid
        _model.salary_calculation_info = salary_calculation_info
        _model.targets = targets
        _model.salary_discrepancy = salary_discrepancy
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not SalaryCalculationItemObject:
            _fields.init_added_fields(_model, SalaryCalculationItemObject)
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
