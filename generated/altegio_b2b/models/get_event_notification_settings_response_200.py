from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetEventNotificationSettingsResponse200")


@_attrs_define
class GetEventNotificationSettingsResponse200:
    """Object with data

    Attributes:
        urls (list[str] | Unset): List of addresses to send notifications to
        active (int | Unset): 1 - notifications are active, 0 - not active
        salon (int | Unset): 1 - send events by location entity, 0 - do not send
        service_category (int | Unset): 1 - send events by service category entity, 0 - do not send
        service (int | Unset): 1 - send events by service entity, 0 - do not send
        good (int | Unset): 1 - send events by product entity, 0 - don't send
        master (int | Unset): 1 - send events by team member entity, 0 - don't send
        client (int | Unset): 1 - send events by client entity, 0 - don't send
        record (int | Unset): 1 - send events by appointment entity, 0 - do not send
        goods_operations_sale (int | Unset): 1 - send events by the product sale entity, 0 - do not send
        goods_operations_receipt (int | Unset): 1 - send events by the entity arrival of products, 0 - do not send
        goods_operations_consumable (int | Unset): 1 - send events by the consumable write-off entity, 0 - do not send
        goods_operations_stolen (int | Unset): 1 - send events by the product write-off entity, 0 - do not send
        goods_operations_move (int | Unset): 1 - send events by the product movement entity, 0 - no send
        finances_operation (int | Unset): 1 - send events by entity financial operation, 0 - no send
    """

    urls: list[str] | Unset = UNSET
    active: int | Unset = UNSET
    salon: int | Unset = UNSET
    service_category: int | Unset = UNSET
    service: int | Unset = UNSET
    good: int | Unset = UNSET
    master: int | Unset = UNSET
    client: int | Unset = UNSET
    record: int | Unset = UNSET
    goods_operations_sale: int | Unset = UNSET
    goods_operations_receipt: int | Unset = UNSET
    goods_operations_consumable: int | Unset = UNSET
    goods_operations_stolen: int | Unset = UNSET
    goods_operations_move: int | Unset = UNSET
    finances_operation: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        urls: list[str] | Unset = UNSET
        if not isinstance(self.urls, Unset):
            urls = self.urls

        active = self.active

        salon = self.salon

        service_category = self.service_category

        service = self.service

        good = self.good

        master = self.master

        client = self.client

        record = self.record

        goods_operations_sale = self.goods_operations_sale

        goods_operations_receipt = self.goods_operations_receipt

        goods_operations_consumable = self.goods_operations_consumable

        goods_operations_stolen = self.goods_operations_stolen

        goods_operations_move = self.goods_operations_move

        finances_operation = self.finances_operation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if urls is not UNSET:
            field_dict["urls"] = urls
        if active is not UNSET:
            field_dict["active"] = active
        if salon is not UNSET:
            field_dict["salon"] = salon
        if service_category is not UNSET:
            field_dict["service_category"] = service_category
        if service is not UNSET:
            field_dict["service"] = service
        if good is not UNSET:
            field_dict["good"] = good
        if master is not UNSET:
            field_dict["master"] = master
        if client is not UNSET:
            field_dict["client"] = client
        if record is not UNSET:
            field_dict["record"] = record
        if goods_operations_sale is not UNSET:
            field_dict["goods_operations_sale"] = goods_operations_sale
        if goods_operations_receipt is not UNSET:
            field_dict["goods_operations_receipt"] = goods_operations_receipt
        if goods_operations_consumable is not UNSET:
            field_dict["goods_operations_consumable"] = goods_operations_consumable
        if goods_operations_stolen is not UNSET:
            field_dict["goods_operations_stolen"] = goods_operations_stolen
        if goods_operations_move is not UNSET:
            field_dict["goods_operations_move"] = goods_operations_move
        if finances_operation is not UNSET:
            field_dict["finances_operation"] = finances_operation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        urls = cast(list[str], d.pop("urls", UNSET))

        active = d.pop("active", UNSET)

        salon = d.pop("salon", UNSET)

        service_category = d.pop("service_category", UNSET)

        service = d.pop("service", UNSET)

        good = d.pop("good", UNSET)

        master = d.pop("master", UNSET)

        client = d.pop("client", UNSET)

        record = d.pop("record", UNSET)

        goods_operations_sale = d.pop("goods_operations_sale", UNSET)

        goods_operations_receipt = d.pop("goods_operations_receipt", UNSET)

        goods_operations_consumable = d.pop("goods_operations_consumable", UNSET)

        goods_operations_stolen = d.pop("goods_operations_stolen", UNSET)

        goods_operations_move = d.pop("goods_operations_move", UNSET)

        finances_operation = d.pop("finances_operation", UNSET)

        _model = cls(
            urls=urls,
            active=active,
            salon=salon,
            service_category=service_category,
            service=service,
            good=good,
            master=master,
            client=client,
            record=record,
            goods_operations_sale=goods_operations_sale,
            goods_operations_receipt=goods_operations_receipt,
            goods_operations_consumable=goods_operations_consumable,
            goods_operations_stolen=goods_operations_stolen,
            goods_operations_move=goods_operations_move,
            finances_operation=finances_operation,
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
