from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_appointment_service_consumables_body_consumables_item import (
        UpdateAppointmentServiceConsumablesBodyConsumablesItem,
    )


T = TypeVar("T", bound="UpdateAppointmentServiceConsumablesBody")


@_attrs_define
class UpdateAppointmentServiceConsumablesBody:
    """
    Attributes:
        consumables (list[UpdateAppointmentServiceConsumablesBodyConsumablesItem] | Unset): List of consumables
    """

    consumables: list[UpdateAppointmentServiceConsumablesBodyConsumablesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        consumables: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.consumables, Unset):
            consumables = []
            for consumables_item_data in self.consumables:
                consumables_item = consumables_item_data.to_dict()
                consumables.append(consumables_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if consumables is not UNSET:
            field_dict["consumables"] = consumables

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_appointment_service_consumables_body_consumables_item import (
            UpdateAppointmentServiceConsumablesBodyConsumablesItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _consumables = d.pop("consumables", UNSET)
        consumables: list[UpdateAppointmentServiceConsumablesBodyConsumablesItem] | Unset = UNSET
        if _consumables is not UNSET:
            consumables = []
            for consumables_item_data in _consumables:
                consumables_item = UpdateAppointmentServiceConsumablesBodyConsumablesItem.from_dict(
                    consumables_item_data
                )

                consumables.append(consumables_item)

        _model = cls(
            consumables=consumables,
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
