from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateEventNotificationSettingsBody")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "urls",
        "active",
        "salon",
        "service_category",
        "service",
        "good",
        "master",
        "client",
        "record",
        "goods_operations_sale",
        "goods_operations_receipt",
        "goods_operations_consumable",
        "goods_operations_stolen",
        "goods_operations_move",
        "finances_operation",
        "self_sending",
    }
)
_EXTRA = _fields.ANY
_KIND_urls = _fields.ListOf(_fields.ANY)


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
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        urls = self.urls
        field_dict["urls"] = _KIND_urls.write_field(urls, "urls")

        active = self.active
        field_dict["active"] = _fields.write_number(active, "active")

        salon = self.salon
        if salon is not UNSET:
            field_dict["salon"] = _fields.write_number(salon, "salon")

        service_category = self.service_category
        if service_category is not UNSET:
            field_dict["service_category"] = _fields.write_number(service_category, "service_category")

        service = self.service
        if service is not UNSET:
            field_dict["service"] = _fields.write_number(service, "service")

        good = self.good
        if good is not UNSET:
            field_dict["good"] = _fields.write_number(good, "good")

        master = self.master
        if master is not UNSET:
            field_dict["master"] = _fields.write_number(master, "master")

        client = self.client
        if client is not UNSET:
            field_dict["client"] = _fields.write_number(client, "client")

        record = self.record
        if record is not UNSET:
            field_dict["record"] = _fields.write_number(record, "record")

        goods_operations_sale = self.goods_operations_sale
        if goods_operations_sale is not UNSET:
            field_dict["goods_operations_sale"] = _fields.write_number(goods_operations_sale, "goods_operations_sale")

        goods_operations_receipt = self.goods_operations_receipt
        if goods_operations_receipt is not UNSET:
            field_dict["goods_operations_receipt"] = _fields.write_number(
                goods_operations_receipt, "goods_operations_receipt"
            )

        goods_operations_consumable = self.goods_operations_consumable
        if goods_operations_consumable is not UNSET:
            field_dict["goods_operations_consumable"] = _fields.write_number(
                goods_operations_consumable, "goods_operations_consumable"
            )

        goods_operations_stolen = self.goods_operations_stolen
        if goods_operations_stolen is not UNSET:
            field_dict["goods_operations_stolen"] = _fields.write_number(
                goods_operations_stolen, "goods_operations_stolen"
            )

        goods_operations_move = self.goods_operations_move
        if goods_operations_move is not UNSET:
            field_dict["goods_operations_move"] = _fields.write_number(goods_operations_move, "goods_operations_move")

        finances_operation = self.finances_operation
        if finances_operation is not UNSET:
            field_dict["finances_operation"] = _fields.write_number(finances_operation, "finances_operation")

        self_sending = self.self_sending
        if self_sending is not UNSET:
            field_dict["self_sending"] = _fields.write_number(self_sending, "self_sending")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        urls = _get("urls", UNSET)
        urls = _KIND_urls.read_field(urls, "urls")

        active = _get("active", UNSET)
        if type(active) is not float and type(active) is not int:
            active = _fields.read_number(active, "active")

        salon = _get("salon", UNSET)
        if type(salon) is not float and type(salon) is not int and salon is not UNSET:
            salon = _fields.read_number(salon, "salon")

        service_category = _get("service_category", UNSET)
        if type(service_category) is not float and type(service_category) is not int and service_category is not UNSET:
            service_category = _fields.read_number(service_category, "service_category")

        service = _get("service", UNSET)
        if type(service) is not float and type(service) is not int and service is not UNSET:
            service = _fields.read_number(service, "service")

        good = _get("good", UNSET)
        if type(good) is not float and type(good) is not int and good is not UNSET:
            good = _fields.read_number(good, "good")

        master = _get("master", UNSET)
        if type(master) is not float and type(master) is not int and master is not UNSET:
            master = _fields.read_number(master, "master")

        client = _get("client", UNSET)
        if type(client) is not float and type(client) is not int and client is not UNSET:
            client = _fields.read_number(client, "client")

        record = _get("record", UNSET)
        if type(record) is not float and type(record) is not int and record is not UNSET:
            record = _fields.read_number(record, "record")

        goods_operations_sale = _get("goods_operations_sale", UNSET)
        if (
            type(goods_operations_sale) is not float
            and type(goods_operations_sale) is not int
            and goods_operations_sale is not UNSET
        ):
            goods_operations_sale = _fields.read_number(goods_operations_sale, "goods_operations_sale")

        goods_operations_receipt = _get("goods_operations_receipt", UNSET)
        if (
            type(goods_operations_receipt) is not float
            and type(goods_operations_receipt) is not int
            and goods_operations_receipt is not UNSET
        ):
            goods_operations_receipt = _fields.read_number(goods_operations_receipt, "goods_operations_receipt")

        goods_operations_consumable = _get("goods_operations_consumable", UNSET)
        if (
            type(goods_operations_consumable) is not float
            and type(goods_operations_consumable) is not int
            and goods_operations_consumable is not UNSET
        ):
            goods_operations_consumable = _fields.read_number(
                goods_operations_consumable, "goods_operations_consumable"
            )

        goods_operations_stolen = _get("goods_operations_stolen", UNSET)
        if (
            type(goods_operations_stolen) is not float
            and type(goods_operations_stolen) is not int
            and goods_operations_stolen is not UNSET
        ):
            goods_operations_stolen = _fields.read_number(goods_operations_stolen, "goods_operations_stolen")

        goods_operations_move = _get("goods_operations_move", UNSET)
        if (
            type(goods_operations_move) is not float
            and type(goods_operations_move) is not int
            and goods_operations_move is not UNSET
        ):
            goods_operations_move = _fields.read_number(goods_operations_move, "goods_operations_move")

        finances_operation = _get("finances_operation", UNSET)
        if (
            type(finances_operation) is not float
            and type(finances_operation) is not int
            and finances_operation is not UNSET
        ):
            finances_operation = _fields.read_number(finances_operation, "finances_operation")

        self_sending = _get("self_sending", UNSET)
        if type(self_sending) is not float and type(self_sending) is not int and self_sending is not UNSET:
            self_sending = _fields.read_number(self_sending, "self_sending")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.urls = urls
        _model.active = active
        _model.salon = salon
        _model.service_category = service_category
        _model.service = service
        _model.good = good
        _model.master = master
        _model.client = client
        _model.record = record
        _model.goods_operations_sale = goods_operations_sale
        _model.goods_operations_receipt = goods_operations_receipt
        _model.goods_operations_consumable = goods_operations_consumable
        _model.goods_operations_stolen = goods_operations_stolen
        _model.goods_operations_move = goods_operations_move
        _model.finances_operation = finances_operation
        _model.self_sending = self_sending
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not UpdateEventNotificationSettingsBody:
            _fields.init_added_fields(_model, UpdateEventNotificationSettingsBody)
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
