from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="SalaryBalanceObject")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "income",
        "expense",
        "balance",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class SalaryBalanceObject:
    """
    Attributes:
        income (str | Unset): Income.
        expense (str | Unset): Expense.
        balance (str | Unset): Balance.
    """

    income: str | Unset = UNSET
    expense: str | Unset = UNSET
    balance: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        income = self.income
        if type(income) is not str and income is not UNSET:
            income = _fields.write_string(income, "income")
        if income is not UNSET:
            field_dict["income"] = income

        expense = self.expense
        if type(expense) is not str and expense is not UNSET:
            expense = _fields.write_string(expense, "expense")
        if expense is not UNSET:
            field_dict["expense"] = expense

        balance = self.balance
        if type(balance) is not str and balance is not UNSET:
            balance = _fields.write_string(balance, "balance")
        if balance is not UNSET:
            field_dict["balance"] = balance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        income = _get("income", UNSET)
        if type(income) is not str and income is not UNSET:
            income = _fields.read_string(income, "income")

        expense = _get("expense", UNSET)
        if type(expense) is not str and expense is not UNSET:
            expense = _fields.read_string(expense, "expense")

        balance = _get("balance", UNSET)
        if type(balance) is not str and balance is not UNSET:
            balance = _fields.read_string(balance, "balance")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.income = income
        _model.expense = expense
        _model.balance = balance
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not SalaryBalanceObject:
            _fields.init_added_fields(_model, SalaryBalanceObject)
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
