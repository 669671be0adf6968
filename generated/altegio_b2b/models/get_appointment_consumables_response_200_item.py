from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_appointment_consumables_response_200_item_consumables_item import (
        GetAppointmentConsumablesResponse200ItemConsumablesItem,
    )
    from ..models.get_appointment_consumables_response_200_item_technological_cards_item import (
        GetAppointmentConsumablesResponse200ItemTechnologicalCardsItem,
    )


T = TypeVar("T", bound="GetAppointmentConsumablesResponse200Item")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "service_id",
        "record_id",
        "technological_cards",
        "consumables",
    }
)
_EXTRA = _fields.ANY
_KIND_technological_cards = _fields.ListOf(
    _fields.Model("GetAppointmentConsumablesResponse200ItemTechnologicalCardsItem")
)
_KIND_consumables = _fields.ListOf(_fields.Model("GetAppointmentConsumablesResponse200ItemConsumablesItem"))


@_attrs_define
class GetAppointmentConsumablesResponse200Item:
    """
    Attributes:
        service_id (int | Unset): Service ID
        record_id (int | Unset): Appointment ID
        technological_cards (list[GetAppointmentConsumablesResponse200ItemTechnologicalCardsItem] | Unset):
            Technological cards
        consumables (list[GetAppointmentConsumablesResponse200ItemConsumablesItem] | Unset):
    """

    service_id: int | Unset = UNSET
    record_id: int | Unset = UNSET
    technological_cards: list[GetAppointmentConsumablesResponse200ItemTechnologicalCardsItem] | Unset = UNSET
    consumables: list[GetAppointmentConsumablesResponse200ItemConsumablesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        service_id = self.service_id
        if type(service_id) is not int and service_id is not UNSET:
            service_id = _fields.write_integer(service_id, "service_id")
        if service_id is not UNSET:
            field_dict["service_id"] = service_id

        record_id = self.record_id
        if type(record_id) is not int and record_id is not UNSET:
            record_id = _fields.write_integer(record_id, "record_id")
        if record_id is not UNSET:
            field_dict["record_id"] = record_id

        technological_cards = self.technological_cards
        if technological_cards is not UNSET:
            field_dict["technological_cards"] = _KIND_technological_cards.write_field(
                technological_cards, "technological_cards"
            )

        consumables = self.consumables
        if consumables is not UNSET:
            field_dict["consumables"] = _KIND_consumables.write_field(consumables, "consumables")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        service_id = _get("service_id", UNSET)
        if type(service_id) is not int and service_id is not UNSET:
            service_id = _fields.read_integer(service_id, "service_id")

        record_id = _get("record_id", UNSET)
        if type(record_id) is not int and record_id is not UNSET:
            record_id = _fields.read_integer(record_id, "record_id")

        technological_cards = _get("technological_cards", UNSET)
        if technological_cards is not UNSET:
            technological_cards = _KIND_technological_cards.read_field(technological_cards, "technological_cards")

        consumables = _get("consumables", UNSET)
        if consumables is not UNSET:
            consumables = _KIND_consumables.read_field(consumables, "consumables")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.service_id = service_id
        _model.record_id = record_id
        _model.technological_cards = technological_cards
        _model.consumables = consumables
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetAppointmentConsumablesResponse200Item:
            _fields.init_added_fields(_model, GetAppointmentConsumablesResponse200Item)
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
