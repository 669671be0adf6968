from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_team_member_payroll_calculation_response_200_item_currency import (
        SearchTeamMemberPayrollCalculationResponse200ItemCurrency,
    )
    from ..models.search_team_member_payroll_calculation_response_200_item_total_sum import (
        SearchTeamMemberPayrollCalculationResponse200ItemTotalSum,
    )


T = TypeVar("T", bound="SearchTeamMemberPayrollCalculationResponse200Item")


@_attrs_define
class SearchTeamMemberPayrollCalculationResponse200Item:
    """Mutual settlements.

    Attributes:
        currency (SearchTeamMemberPayrollCalculationResponse200ItemCurrency | Unset): Currency.
        total_sum (SearchTeamMemberPayrollCalculationResponse200ItemTotalSum | Unset): Total sum.
    """

    currency: SearchTeamMemberPayrollCalculationResponse200ItemCurrency | Unset = UNSET
    total_sum: SearchTeamMemberPayrollCalculationResponse200ItemTotalSum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        total_sum: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total_sum, Unset):
            total_sum = self.total_sum.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if currency is not UNSET:
            field_dict["currency"] = currency
        if total_sum is not UNSET:
            field_dict["total_sum"] = total_sum

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.search_team_member_payroll_calculation_response_200_item_currency import (
            SearchTeamMemberPayrollCalculationResponse200ItemCurrency,  # noqa: PLC0415
        )
        from ..models.search_team_member_payroll_calculation_response_200_item_total_sum import (
            SearchTeamMemberPayrollCalculationResponse200ItemTotalSum,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _currency = d.pop("currency", UNSET)
        currency: SearchTeamMemberPayrollCalculationResponse200ItemCurrency | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = SearchTeamMemberPayrollCalculationResponse200ItemCurrency.from_dict(_currency)

        _total_sum = d.pop("total_sum", UNSET)
        total_sum: SearchTeamMemberPayrollCalculationResponse200ItemTotalSum | Unset
        if isinstance(_total_sum, Unset):
            total_sum = UNSET
        else:
            total_sum = SearchTeamMemberPayrollCalculationResponse200ItemTotalSum.from_dict(_total_sum)

        search_team_member_payroll_calculation_response_200_item = cls(
            currency=currency,
            total_sum=total_sum,
        )

        search_team_member_payroll_calculation_response_200_item.additional_properties = d
        return search_team_member_payroll_calculation_response_200_item

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
