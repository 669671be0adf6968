from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.currency import Currency


T = TypeVar("T", bound="AnalyticsReportOverallSumStats")


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
        current_sum = self.current_sum

        previous_sum = self.previous_sum

        change_percent = self.change_percent

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if current_sum is not UNSET:
            field_dict["current_sum"] = current_sum
        if previous_sum is not UNSET:
            field_dict["previous_sum"] = previous_sum
        if change_percent is not UNSET:
            field_dict["change_percent"] = change_percent
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.currency import Currency  # noqa: PLC0415

        d = dict(src_dict)
        current_sum = d.pop("current_sum", UNSET)

        previous_sum = d.pop("previous_sum", UNSET)

        change_percent = d.pop("change_percent", UNSET)

        _currency = d.pop("currency", UNSET)
        currency: Currency | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = Currency.from_dict(_currency)

        _model = cls(
            current_sum=current_sum,
            previous_sum=previous_sum,
            change_percent=change_percent,
            currency=currency,
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
