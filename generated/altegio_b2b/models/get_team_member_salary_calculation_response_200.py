from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._runtime import fields as _fields
from .._runtime.errors import FieldError as _FieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.currency import Currency
    from ..models.salary_balance_object import SalaryBalanceObject


T = TypeVar("T", bound="GetTeamMemberSalaryCalculationResponse200")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "total_sum",
        "currency",
    }
)
_EXTRA = _fields.ANY
_KIND_total_sum = _fields.OneOf(
    _fields.Model("SalaryBalanceObject"),
    _fields.INTEGER,
)


@_attrs_define
class GetTeamMemberSalaryCalculationResponse200:
    """Mutual settlements.

    Attributes:
        total_sum (int | SalaryBalanceObject | Unset):
        currency (Currency | Unset): Currency Example: {'id': 2, 'iso': 'USD', 'name': 'US Dollar', 'symbol': '$',
            'is_symbol_after_amount': False}.
    """

    total_sum: int | SalaryBalanceObject | Unset = UNSET
    currency: Currency | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        total_sum = self.total_sum
        if total_sum is not UNSET:
            field_dict["total_sum"] = _KIND_total_sum.write_field(total_sum, "total_sum")

        currency = self.currency
        if currency is not UNSET:
            field_dict["currency"] = _fields.write_model(currency, _models.Currency, "currency")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        total_sum = _get("total_sum", UNSET)
        if total_sum is not UNSET:
            total_sum = _KIND_total_sum.read_field(total_sum, "total_sum")

        currency = _get("currency", UNSET)
        if currency is not UNSET:
            try:
                currency = _models.Currency.from_dict(currency)
            except _FieldError as _error:
                raise _error.within("currency")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.total_sum = total_sum
        _model.currency = currency
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetTeamMemberSalaryCalculationResponse200:
            _fields.init_added_fields(_model, GetTeamMemberSalaryCalculationResponse200)
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
