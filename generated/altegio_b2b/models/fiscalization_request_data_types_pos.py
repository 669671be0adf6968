from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="FiscalizationRequestDataTypesPos")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "enabled",
        "slip_count",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class FiscalizationRequestDataTypesPos:
    """Options for the connected POS terminal

    Attributes:
        enabled (bool | Unset): Is it necessary to accept a card through a POS-terminal before fiscalization?
        slip_count (int | Unset): Number of receipts to be printed after a successful POS transaction
    """

    enabled: bool | Unset = UNSET
    slip_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        enabled = self.enabled
        if type(enabled) is not bool and enabled is not UNSET:
            enabled = _fields.write_boolean(enabled, "enabled")
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        slip_count = self.slip_count
        if type(slip_count) is not int and slip_count is not UNSET:
            slip_count = _fields.write_integer(slip_count, "slip_count")
        if slip_count is not UNSET:
            field_dict["slip_count"] = slip_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        enabled = _get("enabled", UNSET)
        if type(enabled) is not bool and enabled is not UNSET:
            enabled = _fields.read_boolean(enabled, "enabled")

        slip_count = _get("slip_count", UNSET)
        if type(slip_count) is not int and slip_count is not UNSET:
            slip_count = _fields.read_integer(slip_count, "slip_count")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.enabled = enabled
        _model.slip_count = slip_count
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not FiscalizationRequestDataTypesPos:
            _fields.init_added_fields(_model, FiscalizationRequestDataTypesPos)
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
