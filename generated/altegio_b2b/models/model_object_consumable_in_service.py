from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelObjectConsumableInService")


@_attrs_define
class ModelObjectConsumableInService:
    """Consumable data.

    Example:
        {'title': 'My consumable', 'amount': 1, 'cost_per_unit': 1000, 'unit': 'PCS.'}

    Attributes:
        title (str | Unset): Consumable name.
        amount (float | Unset): Quantity of the item in the unit of measure selected by the user.
        cost_per_unit (float | Unset): Cost per item.
        unit (str | Unset): Name of the item`s unit of measurement.
    """

    title: str | Unset = UNSET
    amount: float | Unset = UNSET
    cost_per_unit: float | Unset = UNSET
    unit: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        amount = self.amount

        cost_per_unit = self.cost_per_unit

        unit = self.unit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if amount is not UNSET:
            field_dict["amount"] = amount
        if cost_per_unit is not UNSET:
            field_dict["cost_per_unit"] = cost_per_unit
        if unit is not UNSET:
            field_dict["unit"] = unit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title", UNSET)

        amount = d.pop("amount", UNSET)

        cost_per_unit = d.pop("cost_per_unit", UNSET)

        unit = d.pop("unit", UNSET)

        _model = cls(
            title=title,
            amount=amount,
            cost_per_unit=cost_per_unit,
            unit=unit,
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
