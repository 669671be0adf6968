from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_team_member_payroll_calculation_response_200_salary_items_item_paid_type_0 import (
        GetTeamMemberPayrollCalculationResponse200SalaryItemsItemPaidType0,
    )
    from ..models.get_team_member_payroll_calculation_response_200_salary_items_item_salary_calculation_info import (
        GetTeamMemberPayrollCalculationResponse200SalaryItemsItemSalaryCalculationInfo,
    )
    from ..models.get_team_member_payroll_calculation_response_200_salary_items_item_salary_discrepancy_type_0 import (
        GetTeamMemberPayrollCalculationResponse200SalaryItemsItemSalaryDiscrepancyType0,
    )


T = TypeVar("T", bound="GetTeamMemberPayrollCalculationResponse200SalaryItemsItem")


@_attrs_define
class GetTeamMemberPayrollCalculationResponse200SalaryItemsItem:
    """
    Attributes:
        client_id (int | None | Unset): ID of a customer.
        cost (None | str | Unset): Base cost.
        date (str | Unset): Date.
        item_id (int | Unset): ID of an entity subject to salary calculation (e.g., appointment ID or sale ID).
        item_type_slug (str | Unset): Type of an entity subject to salary calculation (e.g., appointment or sale).
        paid (GetTeamMemberPayrollCalculationResponse200SalaryItemsItemPaidType0 | None | Unset): Payment details.
        record_id (int | None | Unset): ID of an appointment.
        salary_calculation_info (GetTeamMemberPayrollCalculationResponse200SalaryItemsItemSalaryCalculationInfo |
            Unset): Payroll calculation rules details.
        salary_discrepancy (GetTeamMemberPayrollCalculationResponse200SalaryItemsItemSalaryDiscrepancyType0 | None |
            Unset): Payroll calculation discrepancy details (if any).
        salary_sum (str | Unset): Calculated salary sum.
        targets (list[Any] | Unset):
        time (str | Unset): Time.
    """

    client_id: int | None | Unset = UNSET
    cost: None | str | Unset = UNSET
    date: str | Unset = UNSET
    item_id: int | Unset = UNSET
    item_type_slug: str | Unset = UNSET
    paid: GetTeamMemberPayrollCalculationResponse200SalaryItemsItemPaidType0 | None | Unset = UNSET
    record_id: int | None | Unset = UNSET
    salary_calculation_info: GetTeamMemberPayrollCalculationResponse200SalaryItemsItemSalaryCalculationInfo | Unset = (
        UNSET
    )
    salary_discrepancy: (
        GetTeamMemberPayrollCalculationResponse200SalaryItemsItemSalaryDiscrepancyType0 | None | Unset
    ) = UNSET
    salary_sum: str | Unset = UNSET
    targets: list[Any] | Unset = UNSET
    time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.get_team_member_payroll_calculation_response_200_salary_items_item_paid_type_0 import (
            GetTeamMemberPayrollCalculationResponse200SalaryItemsItemPaidType0,  # noqa: PLC0415
        )
        from ..models.get_team_member_payroll_calculation_response_200_salary_items_item_salary_discrepancy_type_0 import (
            GetTeamMemberPayrollCalculationResponse200SalaryItemsItemSalaryDiscrepancyType0,  # noqa: PLC0415
        )

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

        date = self.date

        item_id = self.item_id

        item_type_slug = self.item_type_slug

        paid: dict[str, Any] | None | Unset
        if isinstance(self.paid, Unset):
            paid = UNSET
        elif isinstance(self.paid, GetTeamMemberPayrollCalculationResponse200SalaryItemsItemPaidType0):
            paid = self.paid.to_dict()
        else:
            paid = self.paid

        record_id: int | None | Unset
        if isinstance(self.record_id, Unset):
            record_id = UNSET
        else:
            record_id = self.record_id

        salary_calculation_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.salary_calculation_info, Unset):
            salary_calculation_info = self.salary_calculation_info.to_dict()

        salary_discrepancy: dict[str, Any] | None | Unset
        if isinstance(self.salary_discrepancy, Unset):
            salary_discrepancy = UNSET
        elif isinstance(
            self.salary_discrepancy, GetTeamMemberPayrollCalculationResponse200SalaryItemsItemSalaryDiscrepancyType0
        ):
            salary_discrepancy = self.salary_discrepancy.to_dict()
        else:
            salary_discrepancy = self.salary_discrepancy

        salary_sum = self.salary_sum

        targets: list[Any] | Unset = UNSET
        if not isinstance(self.targets, Unset):
            targets = self.targets

        time = self.time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if cost is not UNSET:
            field_dict["cost"] = cost
        if date is not UNSET:
            field_dict["date"] = date
        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        if item_type_slug is not UNSET:
            field_dict["item_type_slug"] = item_type_slug
        if paid is not UNSET:
            field_dict["paid"] = paid
        if record_id is not UNSET:
            field_dict["record_id"] = record_id
        if salary_calculation_info is not UNSET:
            field_dict["salary_calculation_info"] = salary_calculation_info
        if salary_discrepancy is not UNSET:
            field_dict["salary_discrepancy"] = salary_discrepancy
        if salary_sum is not UNSET:
            field_dict["salary_sum"] = salary_sum
        if targets is not UNSET:
            field_dict["targets"] = targets
        if time is not UNSET:
            field_dict["time"] = time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_team_member_payroll_calculation_response_200_salary_items_item_paid_type_0 import (
            GetTeamMemberPayrollCalculationResponse200SalaryItemsItemPaidType0,  # noqa: PLC0415
        )
        from ..models.get_team_member_payroll_calculation_response_200_salary_items_item_salary_calculation_info import (
            GetTeamMemberPayrollCalculationResponse200SalaryItemsItemSalaryCalculationInfo,  # noqa: PLC0415
        )
        from ..models.get_team_member_payroll_calculation_response_200_salary_items_item_salary_discrepancy_type_0 import (
            GetTeamMemberPayrollCalculationResponse200SalaryItemsItemSalaryDiscrepancyType0,  # noqa: PLC0415
        )

        d = dict(src_dict)

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

        date = d.pop("date", UNSET)

        item_id = d.pop("item_id", UNSET)

        item_type_slug = d.pop("item_type_slug", UNSET)

        def _parse_paid(
            data: object,
        ) -> GetTeamMemberPayrollCalculationResponse200SalaryItemsItemPaidType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                paid_type_0 = GetTeamMemberPayrollCalculationResponse200SalaryItemsItemPaidType0.from_dict(data)

                return paid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetTeamMemberPayrollCalculationResponse200SalaryItemsItemPaidType0 | None | Unset, data)

        paid = _parse_paid(d.pop("paid", UNSET))

        def _parse_record_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        record_id = _parse_record_id(d.pop("record_id", UNSET))

        _salary_calculation_info = d.pop("salary_calculation_info", UNSET)
        salary_calculation_info: GetTeamMemberPayrollCalculationResponse200SalaryItemsItemSalaryCalculationInfo | Unset
        if isinstance(_salary_calculation_info, Unset):
            salary_calculation_info = UNSET
        else:
            salary_calculation_info = (
                GetTeamMemberPayrollCalculationResponse200SalaryItemsItemSalaryCalculationInfo.from_dict(
                    _salary_calculation_info
                )
            )

        def _parse_salary_discrepancy(
            data: object,
        ) -> GetTeamMemberPayrollCalculationResponse200SalaryItemsItemSalaryDiscrepancyType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                salary_discrepancy_type_0 = (
                    GetTeamMemberPayrollCalculationResponse200SalaryItemsItemSalaryDiscrepancyType0.from_dict(data)
                )

                return salary_discrepancy_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                GetTeamMemberPayrollCalculationResponse200SalaryItemsItemSalaryDiscrepancyType0 | None | Unset, data
            )

        salary_discrepancy = _parse_salary_discrepancy(d.pop("salary_discrepancy", UNSET))

        salary_sum = d.pop("salary_sum", UNSET)

        targets = cast(list[Any], d.pop("targets", UNSET))

        time = d.pop("time", UNSET)

        get_team_member_payroll_calculation_response_200_salary_items_item = cls(
            client_id=client_id,
            cost=cost,
            date=date,
            item_id=item_id,
            item_type_slug=item_type_slug,
            paid=paid,
            record_id=record_id,
            salary_calculation_info=salary_calculation_info,
            salary_discrepancy=salary_discrepancy,
            salary_sum=salary_sum,
            targets=targets,
            time=time,
        )

        get_team_member_payroll_calculation_response_200_salary_items_item.additional_properties = d
        return get_team_member_payroll_calculation_response_200_salary_items_item

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
