from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="FiscalizationRequestDataTypesPaymentsItem")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "type",
        "sum",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class FiscalizationRequestDataTypesPaymentsItem:
    """
    Attributes:
        type_ (str | Unset): Type of payment ("card" - non-cash payment / "cash" - cash payment / "prepaid" - advance
            payment)
        sum_ (float | Unset): Payment amount with an accuracy of 2 decimal places
    """

    type_: str | Unset = UNSET
    sum_: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        type_ = self.type_
        if type(type_) is not str and type_ is not UNSET:
            type_ = _fields.write_string(type_, "type_")
        if type_ is not UNSET:
            field_dict["type"] = type_

        sum_ = self.sum_
        if sum_ is not UNSET:
            field_dict["sum"] = _fields.write_number(sum_, "sum_")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        type_ = _get("type", UNSET)
        if type(type_) is not str and type_ is not UNSET:
            type_ = _fields.read_string(type_, "type")

        sum_ = _get("sum", UNSET)
        if type(sum_) is not float and type(sum_) is not int and sum_ is not UNSET:
            sum_ = _fields.read_number(sum_, "sum")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.type_ = type_
        _model.sum_ = sum_
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not FiscalizationRequestDataTypesPaymentsItem:
            _fields.init_added_fields(_model, FiscalizationRequestDataTypesPaymentsItem)
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
