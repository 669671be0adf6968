from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelObjectConsumableInService")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "title",
        "amount",
        "cost_per_unit",
        "unit",
    }
)
_EXTRA = _fields.ANY


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
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        title = self.title
        if type(title) is not str and title is not UNSET:
            title = _fields.write_string(title, "title")
        if title is not UNSET:
            field_dict["title"] = title

        amount = self.amount
        if amount is not UNSET:
            field_dict["amount"] = _fields.write_number(amount, "amount")

        cost_per_unit = self.cost_per_unit
        if cost_per_unit is not UNSET:
            field_dict["cost_per_unit"] = _fields.write_number(cost_per_unit, "cost_per_unit")

        unit = self.unit
        if type(unit) is not str and unit is not UNSET:
            unit = _fields.write_string(unit, "unit")
        if unit is not UNSET:
            field_dict["unit"] = unit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        title = _get("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = _fields.read_string(title, "title")

        amount = _get("amount", UNSET)
        if type(amount) is not float and type(amount) is not int and amount is not UNSET:
            amount = _fields.read_number(amount, "amount")

        cost_per_unit = _get("cost_per_unit", UNSET)
        if type(cost_per_unit) is not float and type(cost_per_unit) is not int and cost_per_unit is not UNSET:
            cost_per_unit = _fields.read_number(cost_per_unit, "cost_per_unit")

        unit = _get("unit", UNSET)
        if type(unit) is not str and unit is not UNSET:
            unit = _fields.read_string(unit, "unit")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.title = title
        _model.amount = amount
        _model.cost_per_unit = cost_per_unit
        _model.unit = unit
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not ModelObjectConsumableInService:
            _fields.init_added_fields(_model, ModelObjectConsumableInService)
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
