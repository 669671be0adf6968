from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_appointment_service_consumables_response_200_item_consumables_item_good import (
        UpdateAppointmentServiceConsumablesResponse200ItemConsumablesItemGood,
    )


T = TypeVar("T", bound="UpdateAppointmentServiceConsumablesResponse200ItemConsumablesItem")


@_attrs_define
class UpdateAppointmentServiceConsumablesResponse200ItemConsumablesItem:
    """
    Attributes:
        goods_transaction_id (int | Unset): Commodity transaction ID
        record_id (int | Unset): Appointment ID
        service_id (int | Unset): Service ID
        storage_id (int | Unset): Inventory ID
        good_id (int | Unset): Item ID
        price (float | Unset): Price
        amount (float | Unset): Quantity
        good (UpdateAppointmentServiceConsumablesResponse200ItemConsumablesItemGood | Unset): Product
    """

    goods_transaction_id: int | Unset = UNSET
    record_id: int | Unset = UNSET
    service_id: int | Unset = UNSET
    storage_id: int | Unset = UNSET
    good_id: int | Unset = UNSET
    price: float | Unset = UNSET
    amount: float | Unset = UNSET
    good: UpdateAppointmentServiceConsumablesResponse200ItemConsumablesItemGood | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        goods_transaction_id = self.goods_transaction_id

        record_id = self.record_id

        service_id = self.service_id

        storage_id = self.storage_id

        good_id = self.good_id

        price = self.price

        amount = self.amount

        good: dict[str, Any] | Unset = UNSET
        if not isinstance(self.good, Unset):
            good = self.good.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if goods_transaction_id is not UNSET:
            field_dict["goods_transaction_id"] = goods_transaction_id
        if record_id is not UNSET:
            field_dict["record_id"] = record_id
        if service_id is not UNSET:
            field_dict["service_id"] = service_id
        if storage_id is not UNSET:
            field_dict["storage_id"] = storage_id
        if good_id is not UNSET:
            field_dict["good_id"] = good_id
        if price is not UNSET:
            field_dict["price"] = price
        if amount is not UNSET:
            field_dict["amount"] = amount
        if good is not UNSET:
            field_dict["good"] = good

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_appointment_service_consumables_response_200_item_consumables_item_good import (
            UpdateAppointmentServiceConsumablesResponse200ItemConsumablesItemGood,  # noqa: PLC0415
        )

        d = dict(src_dict)
        goods_transaction_id = d.pop("goods_transaction_id", UNSET)

        record_id = d.pop("record_id", UNSET)

        service_id = d.pop("service_id", UNSET)

        storage_id = d.pop("storage_id", UNSET)

        good_id = d.pop("good_id", UNSET)

        price = d.pop("price", UNSET)

        amount = d.pop("amount", UNSET)

        _good = d.pop("good", UNSET)
        good: UpdateAppointmentServiceConsumablesResponse200ItemConsumablesItemGood | Unset
        if isinstance(_good, Unset):
            good = UNSET
        else:
            good = UpdateAppointmentServiceConsumablesResponse200ItemConsumablesItemGood.from_dict(_good)

        _model = cls(
            goods_transaction_id=goods_transaction_id,
            record_id=record_id,
            service_id=service_id,
            storage_id=storage_id,
            good_id=good_id,
            price=price,
            amount=amount,
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
