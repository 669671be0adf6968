from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FiscalizationRequestDataTypesPos")


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
        enabled = self.enabled

        slip_count = self.slip_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if slip_count is not UNSET:
            field_dict["slip_count"] = slip_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)

        slip_count = d.pop("slip_count", UNSET)

        _model = cls(
            enabled=enabled,
            slip_count=slip_count,
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
