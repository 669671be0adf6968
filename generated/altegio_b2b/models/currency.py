from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="Currency")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "iso",
        "name",
        "symbol",
        "is_symbol_after_amount",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class Currency:
    """Currency

    Example:
        {'id': 2, 'iso': 'USD', 'name': 'US Dollar', 'symbol': '$', 'is_symbol_after_amount': False}

    Attributes:
        id (int | Unset): Currency identifier
        iso (str | Unset): Three-letter currency code according to ISO 4217
        name (str | Unset): Currency name
        symbol (str | Unset): Currency symbol next to the amount
        is_symbol_after_amount (bool | Unset): Flag where to display the currency symbol relative to the amount (true -
            after the amount, false - before)
    """

    id: int | Unset = UNSET
    iso: str | Unset = UNSET
    name: str | Unset = UNSET
    symbol: str | Unset = UNSET
    is_symbol_after_amount: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        id = self.id
        if type(id) is not int and id is not UNSET:
            id = _fields.write_integer(id, "id")
        if id is not UNSET:
            field_dict["id"] = id

        iso = self.iso
        if type(iso) is not str and iso is not UNSET:
            iso = _fields.write_string(iso, "iso")
        if iso is not UNSET:
            field_dict["iso"] = iso

        name = self.name
        if type(name) is not str and name is not UNSET:
            name = _fields.write_string(name, "name")
        if name is not UNSET:
            field_dict["name"] = name

        symbol = self.symbol
        if type(symbol) is not str and symbol is not UNSET:
            symbol = _fields.write_string(symbol, "symbol")
        if symbol is not UNSET:
            field_dict["symbol"] = symbol

        is_symbol_after_amount = self.is_symbol_after_amount
        if type(is_symbol_after_amount) is not bool and is_symbol_after_amount is not UNSET:
            is_symbol_after_amount = _fields.write_boolean(is_symbol_after_amount, "is_symbol_after_amount")
        if is_symbol_after_amount is not UNSET:
            field_dict["is_symbol_after_amount"] = is_symbol_after_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _fields.read_integer(id, "id")

        iso = _get("iso", UNSET)
        if type(iso) is not str and iso is not UNSET:
            iso = _fields.read_string(iso, "iso")

        name = _get("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = _fields.read_string(name, "name")

        symbol = _get("symbol", UNSET)
        if type(symbol) is not str and symbol is not UNSET:
            symbol = _fields.read_string(symbol, "symbol")

        is_symbol_after_amount = _get("is_symbol_after_amount", UNSET)
        if type(is_symbol_after_amount) is not bool and is_symbol_after_amount is not UNSET:
            is_symbol_after_amount = _fields.read_boolean(is_symbol_after_amount, "is_symbol_after_amount")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.iso = iso
        _model.name = name
        _model.symbol = symbol
        _model.is_symbol_after_amount = is_symbol_after_amount
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not Currency:
            _fields.init_added_fields(_model, Currency)
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
