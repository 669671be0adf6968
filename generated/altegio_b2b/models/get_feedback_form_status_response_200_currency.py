from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetFeedbackFormStatusResponse200Currency")


@_attrs_define
class GetFeedbackFormStatusResponse200Currency:
    """location currency

    Attributes:
        id (int | Unset): Currency identifier
        iso (str | Unset): Name in ISO format
        name (str | Unset): Currency name
        symbol (str | Unset): Currency designation
        is_symbol_after_amount (bool | Unset):
    """

    id: int | Unset = UNSET
    iso: str | Unset = UNSET
    name: str | Unset = UNSET
    symbol: str | Unset = UNSET
    is_symbol_after_amount: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        iso = self.iso

        name = self.name

        symbol = self.symbol

        is_symbol_after_amount = self.is_symbol_after_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if iso is not UNSET:
            field_dict["iso"] = iso
        if name is not UNSET:
            field_dict["name"] = name
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if is_symbol_after_amount is not UNSET:
            field_dict["is_symbol_after_amount"] = is_symbol_after_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        iso = d.pop("iso", UNSET)

        name = d.pop("name", UNSET)

        symbol = d.pop("symbol", UNSET)

        is_symbol_after_amount = d.pop("is_symbol_after_amount", UNSET)

        _model = cls(
            id=id,
            iso=iso,
            name=name,
            symbol=symbol,
            is_symbol_after_amount=is_symbol_after_amount,
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
