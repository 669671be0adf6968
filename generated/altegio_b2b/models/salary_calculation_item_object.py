from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import timestamps as _timestamps
from ..models.salary_calculation_item_object_item_type_slug import SalaryCalculationItemObjectItemTypeSlug
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_details_object import PaymentDetailsObject
    from ..models.payroll_calculation_discrepancy_details_object import PayrollCalculationDiscrepancyDetailsObject
    from ..models.payroll_calculation_rules_details_object import PayrollCalculationRulesDetailsObject
    from ..models.salary_calculation_item_target_object import SalaryCalculationItemTargetObject


T = TypeVar("T", bound="SalaryCalculationItemObject")


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
        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        time = self.time

        item_id = self.item_id

        item_type_slug: str | Unset = UNSET
        if not isinstance(self.item_type_slug, Unset):
            item_type_slug = self.item_type_slug.value

        salary_sum = self.salary_sum

        record_id: int | None | Unset
        if isinstance(self.record_id, Unset):
            record_id = UNSET
        else:
            record_id = self.record_id

        client_id: int | None | Unset
        if isinstance(self.client_id, Unset):
            client_id = UNSET
        else:
            client_id = self.client_id

        cost: None | str | Unset
        if isinstance(self.cost, Unset):
            cost = UNSET
        else:
            cost = self.cost

        paid: dict[str, Any] | Unset = UNSET
        if not isinstance(self.paid, Unset):
            paid = self.paid.to_dict()

        salary_calculation_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.salary_calculation_info, Unset):
            salary_calculation_info = self.salary_calculation_info.to_dict()

        targets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.targets, Unset):
            targets = []
            for targets_item_data in self.targets:
                targets_item = targets_item_data.to_dict()
                targets.append(targets_item)

        salary_discrepancy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.salary_discrepancy, Unset):
            salary_discrepancy = self.salary_discrepancy.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date
        if time is not UNSET:
            field_dict["time"] = time
        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        if item_type_slug is not UNSET:
            field_dict["item_type_slug"] = item_type_slug
        if salary_sum is not UNSET:
            field_dict["salary_sum"] = salary_sum
        if record_id is not UNSET:
            field_dict["record_id"] = record_id
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if cost is not UNSET:
            field_dict["cost"] = cost
        if paid is not UNSET:
            field_dict["paid"] = paid
        if salary_calculation_info is not UNSET:
            field_dict["salary_calculation_info"] = salary_calculation_info
        if targets is not UNSET:
            field_dict["targets"] = targets
        if salary_discrepancy is not UNSET:
            field_dict["salary_discrepancy"] = salary_discrepancy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.payment_details_object import PaymentDetailsObject  # noqa: PLC0415
        from ..models.payroll_calculation_discrepancy_details_object import PayrollCalculationDiscrepancyDetailsObject  # noqa: PLC0415
        from ..models.payroll_calculation_rules_details_object import PayrollCalculationRulesDetailsObject  # noqa: PLC0415
        from ..models.salary_calculation_item_target_object import SalaryCalculationItemTargetObject  # noqa: PLC0415

        d = dict(src_dict)
        _date = d.pop("date", UNSET)
        date: datetime.date | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = _timestamps.parse_date(_date)

        time = d.pop("time", UNSET)

        item_id = d.pop("item_id", UNSET)

        _item_type_slug = d.pop("item_type_slug", UNSET)
        item_type_slug: SalaryCalculationItemObjectItemTypeSlug | Unset
        if isinstance(_item_type_slug, Unset):
            item_type_slug = UNSET
        else:
            item_type_slug = SalaryCalculationItemObjectItemTypeSlug(_item_type_slug)

        salary_sum = d.pop("salary_sum", UNSET)

        def _parse_record_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        record_id = _parse_record_id(d.pop("record_id", UNSET))

        def _parse_client_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        client_id = _parse_client_id(d.pop("client_id", UNSET))

        def _parse_cost(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cost = _parse_cost(d.pop("cost", UNSET))

        _paid = d.pop("paid", UNSET)
        paid: PaymentDetailsObject | Unset
        if isinstance(_paid, Unset):
            paid = UNSET
        else:
            paid = PaymentDetailsObject.from_dict(_paid)

        _salary_calculation_info = d.pop("salary_calculation_info", UNSET)
        salary_calculation_info: PayrollCalculationRulesDetailsObject | Unset
        if isinstance(_salary_calculation_info, Unset):
            salary_calculation_info = UNSET
        else:
            salary_calculation_info = PayrollCalculationRulesDetailsObject.from_dict(_salary_calculation_info)

        _targets = d.pop("targets", UNSET)
        targets: list[SalaryCalculationItemTargetObject] | Unset = UNSET
        if _targets is not UNSET:
            targets = []
            for targets_item_data in _targets:
                targets_item = SalaryCalculationItemTargetObject.from_dict(targets_item_data)

                targets.append(targets_item)

        _salary_discrepancy = d.pop("salary_discrepancy", UNSET)
        salary_discrepancy: PayrollCalculationDiscrepancyDetailsObject | Unset
        if isinstance(_salary_discrepancy, Unset):
            salary_discrepancy = UNSET
        else:
            salary_discrepancy = PayrollCalculationDiscrepancyDetailsObject.from_dict(_salary_discrepancy)

        _model = cls(
            date=date,
            time=time,
            item_id=item_id,
            item_type_slug=item_type_slug,
            salary_sum=salary_sum,
            record_id=record_id,
            client_id=client_id,
            cost=cost,
            paid=paid,
            salary_calculation_info=salary_calculation_info,
            targets=targets,
            salary_discrepancy=salary_discrepancy,
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
