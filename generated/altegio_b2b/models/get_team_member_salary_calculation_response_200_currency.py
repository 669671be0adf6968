from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetTeamMemberSalaryCalculationResponse200Currency")


@_attrs_define
class GetTeamMemberSalaryCalculationResponse200Currency:
    """Currency.

    Attributes:
        id (int | Unset): Currency identifier
        is_symbol_after_amount (bool | Unset): Flag where to display the currency symbol relative to the amount (true -
            after the amount, false - before)
        iso (str | Unset): Three-letter currency code according to ISO 4217
        name (str | Unset): Currency name
        symbol (str | Unset): Currency symbol next to the amount
    """

    id: int | Unset = UNSET
    is_symbol_after_amount: bool | Unset = UNSET
    iso: str | Unset = UNSET
    name: str | Unset = UNSET
    symbol: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        is_symbol_after_amount = self.is_symbol_after_amount

        iso = self.iso

        name = self.name

        symbol = self.symbol

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if is_symbol_after_amount is not UNSET:
            field_dict["is_symbol_after_amount"] = is_symbol_after_amount
        if iso is not UNSET:
            field_dict["iso"] = iso
        if name is not UNSET:
            field_dict["name"] = name
        if symbol is not UNSET:
            field_dict["symbol"] = symbol

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        is_symbol_after_amount = d.pop("is_symbol_after_amount", UNSET)

        iso = d.pop("iso", UNSET)

        name = d.pop("name", UNSET)

        symbol = d.pop("symbol", UNSET)

        get_team_member_salary_calculation_response_200_currency = cls(
            id=id,
            is_symbol_after_amount=is_symbol_after_amount,
            iso=iso,
            name=name,
            symbol=symbol,
        )

        get_team_member_salary_calculation_response_200_currency.additional_properties = d
        return get_team_member_salary_calculation_response_200_currency

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
