from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateEventNotificationSettingsBody")


@_attrs_define
class UpdateEventNotificationSettingsBody:
    """
    Example:
        {'urls': ['https://dev.tools.test.com/test/Hooks'], 'active': 0, 'salon': 1, 'service_category': 0, 'service':
            1, 'good': 1, 'master': 1, 'client': 1, 'record': 1, 'goods_operations_sale': 1, 'goods_operations_receipt': 1,
            'goods_operations_consumable': 1, 'goods_operations_stolen': 1, 'goods_operations_move': 1,
            'finances_operation': 1, 'self_sending': 0}

    Attributes:
        urls (list[Any]): List of addresses to send notifications to
        active (float): 1 - notifications are active, 0 - not active
        salon (float | Unset): 1 - send events by location entity, 0 - do not send
        service_category (float | Unset): 1 - send events by service category entity, 0 - do not send
        service (float | Unset): 1 - send events by service entity, 0 - do not send
        good (float | Unset): 1 - send events by product entity, 0 - don't send
        master (float | Unset): 1 - send events by team member entity, 0 - don't send
        client (float | Unset): 1 - send events by client entity, 0 - don't send
        record (float | Unset): 1 - send events by appointment entity, 0 - do not send
        goods_operations_sale (float | Unset): 1 - send events by the product sale entity, 0 - do not send
        goods_operations_receipt (float | Unset): 1 - send events by the entity arrival of products, 0 - do not send
        goods_operations_consumable (float | Unset): 1 - send events by the consumable write-off entity, 0 - do not send
        goods_operations_stolen (float | Unset): 1 - send events by the product write-off entity, 0 - do not send
        goods_operations_move (float | Unset): 1 - send events by the product movement entity, 0 - no send
        finances_operation (float | Unset): 1 - send events by entity financial operation, 0 - no send
        self_sending (float | Unset): 1 - The webhook creator will receive events triggered by their own actions, 0 -
            The webhook creator will not receive events triggered by their own actions
    """

    urls: list[Any]
    active: float
    salon: float | Unset = UNSET
    service_category: float | Unset = UNSET
    service: float | Unset = UNSET
    good: float | Unset = UNSET
    master: float | Unset = UNSET
    client: float | Unset = UNSET
    record: float | Unset = UNSET
    goods_operations_sale: float | Unset = UNSET
    goods_operations_receipt: float | Unset = UNSET
    goods_operations_consumable: float | Unset = UNSET
    goods_operations_stolen: float | Unset = UNSET
    goods_operations_move: float | Unset = UNSET
    finances_operation: float | Unset = UNSET
    self_sending: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        self_sending = self.self_sending

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "urls": urls,
                "active": active,
            }
        )
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
        if self_sending is not UNSET:
            field_dict["self_sending"] = self_sending

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        urls = cast(list[Any], d.pop("urls"))

        active = d.pop("active")

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

        self_sending = d.pop("self_sending", UNSET)

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
            self_sending=self_sending,
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
