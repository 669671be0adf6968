from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateProductBodyCorrectionRulesItem")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "type",
        "base_unit",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class UpdateProductBodyCorrectionRulesItem:
    """
    Attributes:
        type_ (int | Unset): Type of transaction
        base_unit (str | Unset): Basic units in adjustment
    """

    type_: int | Unset = UNSET
    base_unit: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        type_ = self.type_
        if type(type_) is not int and type_ is not UNSET:
            type_ = _fields.write_integer(type_, "type_")
        if type_ is not UNSET:
            field_dict["type"] = type_

        base_unit = self.base_unit
        if type(base_unit) is not str and base_unit is not UNSET:
            base_unit = _fields.write_string(base_unit, "base_unit")
        if base_unit is not UNSET:
            field_dict["base_unit"] = base_unit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        type_ = _get("type", UNSET)
        if type(type_) is not int and type_ is not UNSET:
            type_ = _fields.read_integer(type_, "type")

        base_unit = _get("base_unit", UNSET)
        if type(base_unit) is not str and base_unit is not UNSET:
            base_unit = _fields.read_string(base_unit, "base_unit")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.type_ = type_
        _model.base_unit = base_unit
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not UpdateProductBodyCorrectionRulesItem:
            _fields.init_added_fields(_model, UpdateProductBodyCorrectionRulesItem)
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
