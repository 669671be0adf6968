from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UpdateAppointmentServiceConsumablesBodyConsumablesItem")


@_attrs_define
class UpdateAppointmentServiceConsumablesBodyConsumablesItem:
    """
    Attributes:
        amount (float): the number of consumables in the appointment
        good_id (int): product id
        goods_transaction_id (int): commodity transaction id
        price (float): the cost of the consumable in the appointment
        record_id (int): appointment id
        service_id (int): service id
        storage_id (int): inventory id
    """

    amount: float
    good_id: int
    goods_transaction_id: int
    price: float
    record_id: int
    service_id: int
    storage_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        good_id = self.good_id

        goods_transaction_id = self.goods_transaction_id

        price = self.price

        record_id = self.record_id

        service_id = self.service_id

        storage_id = self.storage_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "good_id": good_id,
                "goods_transaction_id": goods_transaction_id,
                "price": price,
                "record_id": record_id,
                "service_id": service_id,
                "storage_id": storage_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = d.pop("amount")

        good_id = d.pop("good_id")

        goods_transaction_id = d.pop("goods_transaction_id")

        price = d.pop("price")

        record_id = d.pop("record_id")

        service_id = d.pop("service_id")

        storage_id = d.pop("storage_id")

        update_appointment_service_consumables_body_consumables_item = cls(
            amount=amount,
            good_id=good_id,
            goods_transaction_id=goods_transaction_id,
            price=price,
            record_id=record_id,
            service_id=service_id,
            storage_id=storage_id,
        )

        update_appointment_service_consumables_body_consumables_item.additional_properties = d
        return update_appointment_service_consumables_body_consumables_item

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
