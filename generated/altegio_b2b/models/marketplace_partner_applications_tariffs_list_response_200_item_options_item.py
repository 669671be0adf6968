from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MarketplacePartnerApplicationsTariffsListResponse200ItemOptionsItem")


@_attrs_define
class MarketplacePartnerApplicationsTariffsListResponse200ItemOptionsItem:
    """
    Attributes:
        id (int | Unset): Option ID Example: 123.
        title (str | Unset): Option name Example: Solo professional.
        overall_price (float | Unset): Total price Example: 500.
        duration_in_months (int | Unset): Duration in months Example: 1.
        currency_iso (str | Unset): Currency ISO code Example: USD.
        staff_amount (int | Unset): Maximum team members for this option Example: 1.
        free_period_in_months (int | Unset): Free trial period in months Example: 0.
    """

    id: int | Unset = UNSET
    title: str | Unset = UNSET
    overall_price: float | Unset = UNSET
    duration_in_months: int | Unset = UNSET
    currency_iso: str | Unset = UNSET
    staff_amount: int | Unset = UNSET
    free_period_in_months: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        overall_price = self.overall_price

        duration_in_months = self.duration_in_months

        currency_iso = self.currency_iso

        staff_amount = self.staff_amount

        free_period_in_months = self.free_period_in_months

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if overall_price is not UNSET:
            field_dict["overall_price"] = overall_price
        if duration_in_months is not UNSET:
            field_dict["duration_in_months"] = duration_in_months
        if currency_iso is not UNSET:
            field_dict["currency_iso"] = currency_iso
        if staff_amount is not UNSET:
            field_dict["staff_amount"] = staff_amount
        if free_period_in_months is not UNSET:
            field_dict["free_period_in_months"] = free_period_in_months

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        overall_price = d.pop("overall_price", UNSET)

        duration_in_months = d.pop("duration_in_months", UNSET)

        currency_iso = d.pop("currency_iso", UNSET)

        staff_amount = d.pop("staff_amount", UNSET)

        free_period_in_months = d.pop("free_period_in_months", UNSET)

        _model = cls(
            id=id,
            title=title,
            overall_price=overall_price,
            duration_in_months=duration_in_months,
            currency_iso=currency_iso,
            staff_amount=staff_amount,
            free_period_in_months=free_period_in_months,
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
