from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._runtime import fields as _fields
from .._runtime.errors import FieldError as _FieldError
from ..models.salary_calculation_object_status import SalaryCalculationObjectStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.currency import Currency
    from ..models.salary_calculation_item_object import SalaryCalculationItemObject


T = TypeVar("T", bound="GetTeamMemberPayrollCalculationResponse200")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "company_id",
        "staff_id",
        "amount",
        "status",
        "date_create",
        "date_from",
        "date_to",
        "comment",
        "salary_items",
        "currency",
    }
)
_EXTRA = _fields.ANY
_KIND_status = _fields.EnumOf("SalaryCalculationObjectStatus", _fields.STRING)
_KIND_salary_items = _fields.ListOf(_fields.Model("SalaryCalculationItemObject"))


@_attrs_define
class GetTeamMemberPayrollCalculationResponse200:
    """
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
        salary_items (list[SalaryCalculationItemObject] | Unset): Salary calculation items.
        currency (Currency | Unset): Currency Example: {'id': 2, 'iso': 'USD', 'name': 'US Dollar', 'symbol': '$',
            'is_symbol_after_amount': False}.
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
    salary_items: list[SalaryCalculationItemObject] | Unset = UNSET
    currency: Currency | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        id = self.id
        if type(id) is not int and id is not UNSET:
            id = _fields.write_integer(id, "id")
        if id is not UNSET:
            field_dict["id"] = id

        company_id = self.company_id
        if type(company_id) is not int and company_id is not UNSET:
            company_id = _fields.write_integer(company_id, "company_id")
        if company_id is not UNSET:
            field_dict["company_id"] = company_id

        staff_id = self.staff_id
        if type(staff_id) is not int and staff_id is not UNSET:
            staff_id = _fields.write_integer(staff_id, "staff_id")
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id

        amount = self.amount
        if amount is not UNSET:
            field_dict["amount"] = _fields.write_number(amount, "amount")

        status = self.status
        if status is not UNSET:
            field_dict["status"] = _KIND_status.write_field(status, "status")

        date_create = self.date_create
        if date_create is not UNSET:
            field_dict["date_create"] = _fields.write_date(date_create, "date_create")

        date_from = self.date_from
        if date_from is not UNSET:
            field_dict["date_from"] = _fields.write_date(date_from, "date_from")

        date_to = self.date_to
        if date_to is not UNSET:
            field_dict["date_to"] = _fields.write_date(date_to, "date_to")

        comment = self.comment
        if type(comment) is not str and comment is not UNSET:
            comment = _fields.write_string(comment, "comment")
        if comment is not UNSET:
            field_dict["comment"] = comment

        salary_items = self.salary_items
        if salary_items is not UNSET:
            field_dict["salary_items"] = _KIND_salary_items.write_field(salary_items, "salary_items")

        currency = self.currency
        if currency is not UNSET:
            field_dict["currency"] = _fields.write_model(currency, _models.Currency, "currency")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _fields.read_integer(id, "id")

        company_id = _get("company_id", UNSET)
        if type(company_id) is not int and company_id is not UNSET:
            company_id = _fields.read_integer(company_id, "company_id")

        staff_id = _get("staff_id", UNSET)
        if type(staff_id) is not int and staff_id is not UNSET:
            staff_id = _fields.read_integer(staff_id, "staff_id")

        amount = _get("amount", UNSET)
        if type(amount) is not float and type(amount) is not int and amount is not UNSET:
            amount = _fields.read_number(amount, "amount")

        status = _get("status", UNSET)
        if status is not UNSET:
            status = _KIND_status.read_field(status, "status")

        date_create = _get("date_create", UNSET)
        if date_create is not UNSET:
            try:
                date_create = _fields.date_fromisoformat(date_create)
            except (TypeError, ValueError):
                date_create = _fields.read_date(date_create, "date_create")

        date_from = _get("date_from", UNSET)
        if date_from is not UNSET:
            try:
                date_from = _fields.date_fromisoformat(date_from)
            except (TypeError, ValueError):
                date_from = _fields.read_date(date_from, "date_from")

        date_to = _get("date_to", UNSET)
        if date_to is not UNSET:
            try:
                date_to = _fields.date_fromisoformat(date_to)
            except (TypeError, ValueError):
                date_to = _fields.read_date(date_to, "date_to")

        comment = _get("comment", UNSET)
        if type(comment) is not str and comment is not UNSET:
            comment = _fields.read_string(comment, "comment")

        salary_items = _get("salary_items", UNSET)
        if salary_items is not UNSET:
            salary_items = _KIND_salary_items.read_field(salary_items, "salary_items")

        currency = _get("currency", UNSET)
        if currency is not UNSET:
            try:
                currency = _models.Currency.from_dict(currency)
            except _FieldError as _error:
                raise _error.within("currency")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.company_id = company_id
        _model.staff_id = staff_id
        _model.amount = amount
        _model.status = status
        _model.date_create = date_create
        _model.date_from = date_from
        _model.date_to = date_to
        _model.comment = comment
        _model.salary_items = salary_items
        _model.currency = currency
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetTeamMemberPayrollCalculationResponse200:
            _fields.init_added_fields(_model, GetTeamMemberPayrollCalculationResponse200)
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
