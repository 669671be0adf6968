from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetEventNotificationSettingsResponse200")
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
    }
)
_EXTRA = _fields.ANY
_KIND_urls = _fields.ListOf(_fields.STRING)


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
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        urls = self.urls
        if urls is not UNSET:
            field_dict["urls"] = _KIND_urls.write_field(urls, "urls")

        active = self.active
        if type(active) is not int and active is not UNSET:
            active = _fields.write_integer(active, "active")
        if active is not UNSET:
            field_dict["active"] = active

        salon = self.salon
        if type(salon) is not int and salon is not UNSET:
            salon = _fields.write_integer(salon, "salon")
        if salon is not UNSET:
            field_dict["salon"] = salon

        service_category = self.service_category
        if type(service_category) is not int and service_category is not UNSET:
            service_category = _fields.write_integer(service_category, "service_category")
        if service_category is not UNSET:
            field_dict["service_category"] = service_category

        service = self.service
        if type(service) is not int and service is not UNSET:
            service = _fields.write_integer(service, "service")
        if service is not UNSET:
            field_dict["service"] = service

        good = self.good
        if type(good) is not int and good is not UNSET:
            good = _fields.write_integer(good, "good")
        if good is not UNSET:
            field_dict["good"] = good

        master = self.master
        if type(master) is not int and master is not UNSET:
            master = _fields.write_integer(master, "master")
        if master is not UNSET:
            field_dict["master"] = master

        client = self.client
        if type(client) is not int and client is not UNSET:
            client = _fields.write_integer(client, "client")
        if client is not UNSET:
            field_dict["client"] = client

        record = self.record
        if type(record) is not int and record is not UNSET:
            record = _fields.write_integer(record, "record")
        if record is not UNSET:
            field_dict["record"] = record

        goods_operations_sale = self.goods_operations_sale
        if type(goods_operations_sale) is not int and goods_operations_sale is not UNSET:
            goods_operations_sale = _fields.write_integer(goods_operations_sale, "goods_operations_sale")
        if goods_operations_sale is not UNSET:
            field_dict["goods_operations_sale"] = goods_operations_sale

        goods_operations_receipt = self.goods_operations_receipt
        if type(goods_operations_receipt) is not int and goods_operations_receipt is not UNSET:
            goods_operations_receipt = _fields.write_integer(goods_operations_receipt, "goods_operations_receipt")
        if goods_operations_receipt is not UNSET:
            field_dict["goods_operations_receipt"] = goods_operations_receipt

        goods_operations_consumable = self.goods_operations_consumable
        if type(goods_operations_consumable) is not int and goods_operations_consumable is not UNSET:
            goods_operations_consumable = _fields.write_integer(
                goods_operations_consumable, "goods_operations_consumable"
            )
        if goods_operations_consumable is not UNSET:
            field_dict["goods_operations_consumable"] = goods_operations_consumable

        goods_operations_stolen = self.goods_operations_stolen
        if type(goods_operations_stolen) is not int and goods_operations_stolen is not UNSET:
            goods_operations_stolen = _fields.write_integer(goods_operations_stolen, "goods_operations_stolen")
        if goods_operations_stolen is not UNSET:
            field_dict["goods_operations_stolen"] = goods_operations_stolen

        goods_operations_move = self.goods_operations_move
        if type(goods_operations_move) is not int and goods_operations_move is not UNSET:
            goods_operations_move = _fields.write_integer(goods_operations_move, "goods_operations_move")
        if goods_operations_move is not UNSET:
            field_dict["goods_operations_move"] = goods_operations_move

        finances_operation = self.finances_operation
        if type(finances_operation) is not int and finances_operation is not UNSET:
            finances_operation = _fields.write_integer(finances_operation, "finances_operation")
        if finances_operation is not UNSET:
            field_dict["finances_operation"] = finances_operation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        urls = _get("urls", UNSET)
        if urls is not UNSET:
            urls = _KIND_urls.read_field(urls, "urls")

        active = _get("active", UNSET)
        if type(active) is not int and active is not UNSET:
            active = _fields.read_integer(active, "active")

        salon = _get("salon", UNSET)
        if type(salon) is not int and salon is not UNSET:
            salon = _fields.read_integer(salon, "salon")

        service_category = _get("service_category", UNSET)
        if type(service_category) is not int and service_category is not UNSET:
            service_category = _fields.read_integer(service_category, "service_category")

        service = _get("service", UNSET)
        if type(service) is not int and service is not UNSET:
            service = _fields.read_integer(service, "service")

        good = _get("good", UNSET)
        if type(good) is not int and good is not UNSET:
            good = _fields.read_integer(good, "good")

        master = _get("master", UNSET)
        if type(master) is not int and master is not UNSET:
            master = _fields.read_integer(master, "master")

        client = _get("client", UNSET)
        if type(client) is not int and client is not UNSET:
            client = _fields.read_integer(client, "client")

        record = _get("record", UNSET)
        if type(record) is not int and record is not UNSET:
            record = _fields.read_integer(record, "record")

        goods_operations_sale = _get("goods_operations_sale", UNSET)
        if type(goods_operations_sale) is not int and goods_operations_sale is not UNSET:
            goods_operations_sale = _fields.read_integer(goods_operations_sale, "goods_operations_sale")

        goods_operations_receipt = _get("goods_operations_receipt", UNSET)
        if type(goods_operations_receipt) is not int and goods_operations_receipt is not UNSET:
            goods_operations_receipt = _fields.read_integer(goods_operations_receipt, "goods_operations_receipt")

        goods_operations_consumable = _get("goods_operations_consumable", UNSET)
        if type(goods_operations_consumable) is not int and goods_operations_consumable is not UNSET:
            goods_operations_consumable = _fields.read_integer(
                goods_operations_consumable, "goods_operations_consumable"
            )

        goods_operations_stolen = _get("goods_operations_stolen", UNSET)
        if type(goods_operations_stolen) is not int and goods_operations_stolen is not UNSET:
            goods_operations_stolen = _fields.read_integer(goods_operations_stolen, "goods_operations_stolen")

        goods_operations_move = _get("goods_operations_move", UNSET)
        if type(goods_operations_move) is not int and goods_operations_move is not UNSET:
            goods_operations_move = _fields.read_integer(goods_operations_move, "goods_operations_move")

        finances_operation = _get("finances_operation", UNSET)
        if type(finances_operation) is not int and finances_operation is not UNSET:
            finances_operation = _fields.read_integer(finances_operation, "finances_operation")

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
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetEventNotificationSettingsResponse200:
            _fields.init_added_fields(_model, GetEventNotificationSettingsResponse200)
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
