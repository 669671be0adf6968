from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_appointment_service_consumables_response_200_item_consumables_item import (
        UpdateAppointmentServiceConsumablesResponse200ItemConsumablesItem,
    )
    from ..models.update_appointment_service_consumables_response_200_item_technological_cards_item import (
        UpdateAppointmentServiceConsumablesResponse200ItemTechnologicalCardsItem,
    )


T = TypeVar("T", bound="UpdateAppointmentServiceConsumablesResponse200Item")


@_attrs_define
class UpdateAppointmentServiceConsumablesResponse200Item:
    """
    Attributes:
        service_id (int | Unset): Service ID
        record_id (int | Unset): Appointment ID
        technological_cards (list[UpdateAppointmentServiceConsumablesResponse200ItemTechnologicalCardsItem] | Unset):
            Technological cards
        consumables (list[UpdateAppointmentServiceConsumablesResponse200ItemConsumablesItem] | Unset):
    """

    service_id: int | Unset = UNSET
    record_id: int | Unset = UNSET
    technological_cards: list[UpdateAppointmentServiceConsumablesResponse200ItemTechnologicalCardsItem] | Unset = UNSET
    consumables: list[UpdateAppointmentServiceConsumablesResponse200ItemConsumablesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service_id = self.service_id

        record_id = self.record_id

        technological_cards: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.technological_cards, Unset):
            technological_cards = []
            for technological_cards_item_data in self.technological_cards:
                technological_cards_item = technological_cards_item_data.to_dict()
                technological_cards.append(technological_cards_item)

        consumables: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.consumables, Unset):
            consumables = []
            for consumables_item_data in self.consumables:
                consumables_item = consumables_item_data.to_dict()
                consumables.append(consumables_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if service_id is not UNSET:
            field_dict["service_id"] = service_id
        if record_id is not UNSET:
            field_dict["record_id"] = record_id
        if technological_cards is not UNSET:
            field_dict["technological_cards"] = technological_cards
        if consumables is not UNSET:
            field_dict["consumables"] = consumables

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_appointment_service_consumables_response_200_item_consumables_item import (
            UpdateAppointmentServiceConsumablesResponse200ItemConsumablesItem,  # noqa: PLC0415
        )
        from ..models.update_appointment_service_consumables_response_200_item_technological_cards_item import (
            UpdateAppointmentServiceConsumablesResponse200ItemTechnologicalCardsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        service_id = d.pop("service_id", UNSET)

        record_id = d.pop("record_id", UNSET)

        _technological_cards = d.pop("technological_cards", UNSET)
        technological_cards: list[UpdateAppointmentServiceConsumablesResponse200ItemTechnologicalCardsItem] | Unset = (
            UNSET
        )
        if _technological_cards is not UNSET:
            technological_cards = []
            for technological_cards_item_data in _technological_cards:
                technological_cards_item = (
                    UpdateAppointmentServiceConsumablesResponse200ItemTechnologicalCardsItem.from_dict(
                        technological_cards_item_data
                    )
                )

                technological_cards.append(technological_cards_item)

        _consumables = d.pop("consumables", UNSET)
        consumables: list[UpdateAppointmentServiceConsumablesResponse200ItemConsumablesItem] | Unset = UNSET
        if _consumables is not UNSET:
            consumables = []
            for consumables_item_data in _consumables:
                consumables_item = UpdateAppointmentServiceConsumablesResponse200ItemConsumablesItem.from_dict(
                    consumables_item_data
                )

                consumables.append(consumables_item)

        _model = cls(
            service_id=service_id,
            record_id=record_id,
            technological_cards=technological_cards,
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
