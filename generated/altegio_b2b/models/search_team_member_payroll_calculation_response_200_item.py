from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.currency import Currency
    from ..models.salary_balance_object import SalaryBalanceObject


T = TypeVar("T", bound="SearchTeamMemberPayrollCalculationResponse200Item")


@_attrs_define
class SearchTeamMemberPayrollCalculationResponse200Item:
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
        from ..models.salary_balance_object import SalaryBalanceObject  # noqa: PLC0415

        total_sum: dict[str, Any] | int | Unset
        if isinstance(self.total_sum, Unset):
            total_sum = UNSET
        elif isinstance(self.total_sum, SalaryBalanceObject):
            total_sum = self.total_sum.to_dict()
        else:
            total_sum = self.total_sum

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_sum is not UNSET:
            field_dict["total_sum"] = total_sum
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.currency import Currency  # noqa: PLC0415
        from ..models.salary_balance_object import SalaryBalanceObject  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_total_sum(data: object) -> int | SalaryBalanceObject | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemassalary_staff_balance_type_0 = SalaryBalanceObject.from_dict(data)

                return componentsschemassalary_staff_balance_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | SalaryBalanceObject | Unset, data)

        total_sum = _parse_total_sum(d.pop("total_sum", UNSET))

        _currency = d.pop("currency", UNSET)
        currency: Currency | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = Currency.from_dict(_currency)

        _model = cls(
            total_sum=total_sum,
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
