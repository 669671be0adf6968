from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UnlinkAppointmentServiceAssociationBodyType0")


@_attrs_define
class UnlinkAppointmentServiceAssociationBodyType0:
    """
    Example:
        []

    Attributes:
        delete_consumables (float | Unset): Whether to remove consumables along with deleting bill of materials. Default
            0
    """

    delete_consumables: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delete_consumables = self.delete_consumables

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if delete_consumables is not UNSET:
            field_dict["delete_consumables"] = delete_consumables

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        delete_consumables = d.pop("delete_consumables", UNSET)

        _model = cls(
            delete_consumables=delete_consumables,
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
