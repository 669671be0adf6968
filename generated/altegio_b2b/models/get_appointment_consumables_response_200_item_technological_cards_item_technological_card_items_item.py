from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_appointment_consumables_response_200_item_technological_cards_item_technological_card_items_item_good import (
        GetAppointmentConsumablesResponse200ItemTechnologicalCardsItemTechnologicalCardItemsItemGood,
    )


T = TypeVar("T", bound="GetAppointmentConsumablesResponse200ItemTechnologicalCardsItemTechnologicalCardItemsItem")


@_attrs_define
class GetAppointmentConsumablesResponse200ItemTechnologicalCardsItemTechnologicalCardItemsItem:
    """
    Attributes:
        id (int | Unset): Consumable ID
        technological_card_id (int | Unset): Dash ID
        storage_id (int | Unset): Inventory ID
        good_id (int | Unset): Item ID
        amount (float | Unset): Quantity
        price (float | Unset): Price
        good (GetAppointmentConsumablesResponse200ItemTechnologicalCardsItemTechnologicalCardItemsItemGood | Unset):
            Product
    """

    id: int | Unset = UNSET
    technological_card_id: int | Unset = UNSET
    storage_id: int | Unset = UNSET
    good_id: int | Unset = UNSET
    amount: float | Unset = UNSET
    price: float | Unset = UNSET
    good: GetAppointmentConsumablesResponse200ItemTechnologicalCardsItemTechnologicalCardItemsItemGood | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        technological_card_id = self.technological_card_id

        storage_id = self.storage_id

        good_id = self.good_id

        amount = self.amount

        price = self.price

        good: dict[str, Any] | Unset = UNSET
        if not isinstance(self.good, Unset):
            good = self.good.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if technological_card_id is not UNSET:
            field_dict["technological_card_id"] = technological_card_id
        if storage_id is not UNSET:
            field_dict["storage_id"] = storage_id
        if good_id is not UNSET:
            field_dict["good_id"] = good_id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if price is not UNSET:
            field_dict["price"] = price
        if good is not UNSET:
            field_dict["good"] = good

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_appointment_consumables_response_200_item_technological_cards_item_technological_card_items_item_good import (
            GetAppointmentConsumablesResponse200ItemTechnologicalCardsItemTechnologicalCardItemsItemGood,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        technological_card_id = d.pop("technological_card_id", UNSET)

        storage_id = d.pop("storage_id", UNSET)

        good_id = d.pop("good_id", UNSET)

        amount = d.pop("amount", UNSET)

        price = d.pop("price", UNSET)

        _good = d.pop("good", UNSET)
        good: GetAppointmentConsumablesResponse200ItemTechnologicalCardsItemTechnologicalCardItemsItemGood | Unset
        if isinstance(_good, Unset):
            good = UNSET
        else:
            good = (
                GetAppointmentConsumablesResponse200ItemTechnologicalCardsItemTechnologicalCardItemsItemGood.from_dict(
                    _good
                )
            )

        _model = cls(
            id=id,
            technological_card_id=technological_card_id,
            storage_id=storage_id,
            good_id=good_id,
            amount=amount,
            price=price,
            good=good,
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
