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


T = TypeVar("T", bound="AnalyticsReportOverallSumStats")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "current_sum",
        "previous_sum",
        "change_percent",
        "currency",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class AnalyticsReportOverallSumStats:
    """
    Example:
        {'current_sum': 12.56, 'previous_sum': 10.34, 'change_percent': 21, 'currency': {'symbol': 'USD'}}

    Attributes:
        current_sum (str | Unset): The current value of the indicator
        previous_sum (str | Unset): The value of the indicator in the previous period
        change_percent (int | Unset): The percentage change in the current value of the indicator relative to the past.
            Null if the previous value is 0 and the current value is not 0.
        currency (Currency | Unset): Currency Example: {'id': 2, 'iso': 'USD', 'name': 'US Dollar', 'symbol': '$',
            'is_symbol_after_amount': False}.
    """

    current_sum: str | Unset = UNSET
    previous_sum: str | Unset = UNSET
    change_percent: int | Unset = UNSET
    currency: Currency | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        current_sum = self.current_sum
        if type(current_sum) is not str and current_sum is not UNSET:
            current_sum = _fields.write_string(current_sum, "current_sum")
        if current_sum is not UNSET:
            field_dict["current_sum"] = current_sum

        previous_sum = self.previous_sum
        if type(previous_sum) is not str and previous_sum is not UNSET:
            previous_sum = _fields.write_string(previous_sum, "previous_sum")
        if previous_sum is not UNSET:
            field_dict["previous_sum"] = previous_sum

        change_percent = self.change_percent
        if type(change_percent) is not int and change_percent is not UNSET:
            change_percent = _fields.write_integer(change_percent, "change_percent")
        if change_percent is not UNSET:
            field_dict["change_percent"] = change_percent

        currency = self.currency
        if currency is not UNSET:
            field_dict["currency"] = _fields.write_model(currency, _models.Currency, "currency")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        current_sum = _get("current_sum", UNSET)
        if type(current_sum) is not str and current_sum is not UNSET:
            current_sum = _fields.read_string(current_sum, "current_sum")

        previous_sum = _get("previous_sum", UNSET)
        if type(previous_sum) is not str and previous_sum is not UNSET:
            previous_sum = _fields.read_string(previous_sum, "previous_sum")

        change_percent = _get("change_percent", UNSET)
        if type(change_percent) is not int and change_percent is not UNSET:
            change_percent = _fields.read_integer(change_percent, "change_percent")

        currency = _get("currency", UNSET)
        if currency is not UNSET:
            try:
                currency = _models.Currency.from_dict(currency)
            except _FieldError as _error:
                raise _error.within("currency")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.current_sum = current_sum
        _model.previous_sum = previous_sum
        _model.change_percent = change_percent
        _model.currency = currency
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not AnalyticsReportOverallSumStats:
            _fields.init_added_fields(_model, AnalyticsReportOverallSumStats)
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
