from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import timestamps as _timestamps
from ..models.salary_calculation_object_status import SalaryCalculationObjectStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="SalaryCalculationObject")


@_attrs_define
class SalaryCalculationObject:
    """
    Example:
        {'id': 123, 'company_id': 456, 'staff_id': 789, 'amount': 1000, 'status': 'confirmed', 'date_create':
            '2026-03-03', 'date_from': '2026-03-01', 'date_to': '2026-03-02', 'comment': 'Calculation per day'}

    Attributes:
        id (int | Unset): ID of calculation.
        company_id (int | Unset): ID of a location.
        staff_id (int | Unset): ID of a team member.
        amount (float | Unset): Calculated salary amount.
        status (SalaryCalculationObjectStatus | Unset): Calculation status.
        date_create (datetime.date | Unset): Date of calculation creation.
        date_from (datetime.date | Unset): Date of calculation period start.
        date_to (datetime.date | Unset): Date of calculation period end.
        comment (str | Unset): Calculation comment.
    """

    id: int | Unset = UNSET
    company_id: int | Unset = UNSET
    staff_id: int | Unset = UNSET
    amount: float | Unset = UNSET
    status: SalaryCalculationObjectStatus | Unset = UNSET
    date_create: datetime.date | Unset = UNSET
    date_from: datetime.date | Unset = UNSET
    date_to: datetime.date | Unset = UNSET
    comment: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        company_id = self.company_id

        staff_id = self.staff_id

        amount = self.amount

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        date_create: str | Unset = UNSET
        if not isinstance(self.date_create, Unset):
            date_create = self.date_create.isoformat()

        date_from: str | Unset = UNSET
        if not isinstance(self.date_from, Unset):
            date_from = self.date_from.isoformat()

        date_to: str | Unset = UNSET
        if not isinstance(self.date_to, Unset):
            date_to = self.date_to.isoformat()

        comment = self.comment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if status is not UNSET:
            field_dict["status"] = status
        if date_create is not UNSET:
            field_dict["date_create"] = date_create
        if date_from is not UNSET:
            field_dict["date_from"] = date_from
        if date_to is not UNSET:
            field_dict["date_to"] = date_to
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        company_id = d.pop("company_id", UNSET)

        staff_id = d.pop("staff_id", UNSET)

        amount = d.pop("amount", UNSET)

        _status = d.pop("status", UNSET)
        status: SalaryCalculationObjectStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = SalaryCalculationObjectStatus(_status)

        _date_create = d.pop("date_create", UNSET)
        date_create: datetime.date | Unset
        if isinstance(_date_create, Unset):
            date_create = UNSET
        else:
            date_create = _timestamps.parse_date(_date_create)

        _date_from = d.pop("date_from", UNSET)
        date_from: datetime.date | Unset
        if isinstance(_date_from, Unset):
            date_from = UNSET
        else:
            date_from = _timestamps.parse_date(_date_from)

        _date_to = d.pop("date_to", UNSET)
        date_to: datetime.date | Unset
        if isinstance(_date_to, Unset):
            date_to = UNSET
        else:
            date_to = _timestamps.parse_date(_date_to)

        comment = d.pop("comment", UNSET)

        _model = cls(
            id=id,
            company_id=company_id,
            staff_id=staff_id,
            amount=amount,
            status=status,
            date_create=date_create,
            date_from=date_from,
            date_to=date_to,
            comment=comment,
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
