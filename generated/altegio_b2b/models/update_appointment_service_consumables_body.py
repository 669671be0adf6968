from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_appointment_service_consumables_body_consumables_item import (
        UpdateAppointmentServiceConsumablesBodyConsumablesItem,
    )


T = TypeVar("T", bound="UpdateAppointmentServiceConsumablesBody")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "consumables",
    }
)
_EXTRA = _fields.ANY
_KIND_consumables = _fields.ListOf(_fields.Model("UpdateAppointmentServiceConsumablesBodyConsumablesItem"))


@_attrs_define
class UpdateAppointmentServiceConsumablesBody:
    """
    Attributes:
        consumables (list[UpdateAppointmentServiceConsumablesBodyConsumablesItem] | Unset): List of consumables
    """

    consumables: list[UpdateAppointmentServiceConsumablesBodyConsumablesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        consumables = self.consumables
        if consumables is not UNSET:
            field_dict["consumables"] = _KIND_consumables.write_field(consumables, "consumables")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        consumables = _get("consumables", UNSET)
        if consumables is not UNSET:
            consumables = _KIND_consumables.read_field(consumables, "consumables")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.consumables = consumables
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not UpdateAppointmentServiceConsumablesBody:
            _fields.init_added_fields(_model, UpdateAppointmentServiceConsumablesBody)
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
