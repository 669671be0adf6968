from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CancelLoyaltyCardWithdrawalResponse200ItemsItem")


@_attrs_define
class CancelLoyaltyCardWithdrawalResponse200ItemsItem:
    """
    Attributes:
        amount (int | Unset): Number of products/services
        cost (float | Unset): the total cost
        discount (float | Unset): Discount
        event_id (int | Unset): Promotion ID
        first_cost (float | Unset): Initial cost
        good_id (int | Unset): Item ID
        id (int | Unset): Object ID
        is_event (bool | Unset): Is a stock
        is_good (bool | Unset): Is the commodity
        is_service (bool | Unset): Is a service
        item_id (int | Unset): Product/service identifier
        item_title (str | Unset): Product/service name
        item_type_id (int | Unset): Operation type identifier
        manual_cost (float | Unset): Cost changed manually
        master_id (int | Unset): team member ID
        record_id (int | Unset): Appointment ID
        service_id (int | Unset): Service ID
    """

    amount: int | Unset = UNSET
    cost: float | Unset = UNSET
    discount: float | Unset = UNSET
    event_id: int | Unset = UNSET
    first_cost: float | Unset = UNSET
    good_id: int | Unset = UNSET
    id: int | Unset = UNSET
    is_event: bool | Unset = UNSET
    is_good: bool | Unset = UNSET
    is_service: bool | Unset = UNSET
    item_id: int | Unset = UNSET
    item_title: str | Unset = UNSET
    item_type_id: int | Unset = UNSET
    manual_cost: float | Unset = UNSET
    master_id: int | Unset = UNSET
    record_id: int | Unset = UNSET
    service_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        cost = self.cost

        discount = self.discount

        event_id = self.event_id

        first_cost = self.first_cost

        good_id = self.good_id

        id = self.id

        is_event = self.is_event

        is_good = self.is_good

        is_service = self.is_service

        item_id = self.item_id

        item_title = self.item_title

        item_type_id = self.item_type_id

        manual_cost = self.manual_cost

        master_id = self.master_id

        record_id = self.record_id

        service_id = self.service_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if cost is not UNSET:
            field_dict["cost"] = cost
        if discount is not UNSET:
            field_dict["discount"] = discount
        if event_id is not UNSET:
            field_dict["event_id"] = event_id
        if first_cost is not UNSET:
            field_dict["first_cost"] = first_cost
        if good_id is not UNSET:
            field_dict["good_id"] = good_id
        if id is not UNSET:
            field_dict["id"] = id
        if is_event is not UNSET:
            field_dict["is_event"] = is_event
        if is_good is not UNSET:
            field_dict["is_good"] = is_good
        if is_service is not UNSET:
            field_dict["is_service"] = is_service
        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        if item_title is not UNSET:
            field_dict["item_title"] = item_title
        if item_type_id is not UNSET:
            field_dict["item_type_id"] = item_type_id
        if manual_cost is not UNSET:
            field_dict["manual_cost"] = manual_cost
        if master_id is not UNSET:
            field_dict["master_id"] = master_id
        if record_id is not UNSET:
            field_dict["record_id"] = record_id
        if service_id is not UNSET:
            field_dict["service_id"] = service_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = d.pop("amount", UNSET)

        cost = d.pop("cost", UNSET)

        discount = d.pop("discount", UNSET)

        event_id = d.pop("event_id", UNSET)

        first_cost = d.pop("first_cost", UNSET)

        good_id = d.pop("good_id", UNSET)

        id = d.pop("id", UNSET)

        is_event = d.pop("is_event", UNSET)

        is_good = d.pop("is_good", UNSET)

        is_service = d.pop("is_service", UNSET)

        item_id = d.pop("item_id", UNSET)

        item_title = d.pop("item_title", UNSET)

        item_type_id = d.pop("item_type_id", UNSET)

        manual_cost = d.pop("manual_cost", UNSET)

        master_id = d.pop("master_id", UNSET)

        record_id = d.pop("record_id", UNSET)

        service_id = d.pop("service_id", UNSET)

        cancel_loyalty_card_withdrawal_response_200_items_item = cls(
            amount=amount,
            cost=cost,
            discount=discount,
            event_id=event_id,
            first_cost=first_cost,
            good_id=good_id,
            id=id,
            is_event=is_event,
            is_good=is_good,
            is_service=is_service,
            item_id=item_id,
            item_title=item_title,
            item_type_id=item_type_id,
            manual_cost=manual_cost,
            master_id=master_id,
            record_id=record_id,
            service_id=service_id,
        )

        cancel_loyalty_card_withdrawal_response_200_items_item.additional_properties = d
        return cancel_loyalty_card_withdrawal_response_200_items_item

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
