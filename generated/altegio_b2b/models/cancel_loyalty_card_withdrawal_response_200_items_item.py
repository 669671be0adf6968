from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="CancelLoyaltyCardWithdrawalResponse200ItemsItem")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "item_id",
        "item_type_id",
        "record_id",
        "item_title",
        "amount",
        "first_cost",
        "manual_cost",
        "discount",
        "cost",
        "master_id",
        "good_id",
        "service_id",
        "event_id",
        "is_service",
        "is_event",
        "is_good",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class CancelLoyaltyCardWithdrawalResponse200ItemsItem:
    """
    Attributes:
        id (int | Unset): Object ID
        item_id (int | Unset): Product/service identifier
        item_type_id (int | Unset): Operation type identifier
        record_id (int | Unset): Appointment ID
        item_title (str | Unset): Product/service name
        amount (int | Unset): Number of products/services
        first_cost (float | Unset): Initial cost
        manual_cost (float | Unset): Cost changed manually
        discount (float | Unset): Discount
        cost (float | Unset): the total cost
        master_id (int | Unset): team member ID
        good_id (int | Unset): Item ID
        service_id (int | Unset): Service ID
        event_id (int | Unset): Promotion ID
        is_service (bool | Unset): Is a service
        is_event (bool | Unset): Is a stock
        is_good (bool | Unset): Is the commodity
    """

    id: int | Unset = UNSET
    item_id: int | Unset = UNSET
    item_type_id: int | Unset = UNSET
    record_id: int | Unset = UNSET
    item_title: str | Unset = UNSET
    amount: int | Unset = UNSET
    first_cost: float | Unset = UNSET
    manual_cost: float | Unset = UNSET
    discount: float | Unset = UNSET
    cost: float | Unset = UNSET
    master_id: int | Unset = UNSET
    good_id: int | Unset = UNSET
    service_id: int | Unset = UNSET
    event_id: int | Unset = UNSET
    is_service: bool | Unset = UNSET
    is_event: bool | Unset = UNSET
    is_good: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        id = self.id
        if type(id) is not int and id is not UNSET:
            id = _fields.write_integer(id, "id")
        if id is not UNSET:
            field_dict["id"] = id

        item_id = self.item_id
        if type(item_id) is not int and item_id is not UNSET:
            item_id = _fields.write_integer(item_id, "item_id")
        if item_id is not UNSET:
            field_dict["item_id"] = item_id

        item_type_id = self.item_type_id
        if type(item_type_id) is not int and item_type_id is not UNSET:
            item_type_id = _fields.write_integer(item_type_id, "item_type_id")
        if item_type_id is not UNSET:
            field_dict["item_type_id"] = item_type_id

        record_id = self.record_id
        if type(record_id) is not int and record_id is not UNSET:
            record_id = _fields.write_integer(record_id, "record_id")
        if record_id is not UNSET:
            field_dict["record_id"] = record_id

        item_title = self.item_title
        if type(item_title) is not str and item_title is not UNSET:
            item_title = _fields.write_string(item_title, "item_title")
        if item_title is not UNSET:
            field_dict["item_title"] = item_title

        amount = self.amount
        if type(amount) is not int and amount is not UNSET:
            amount = _fields.write_integer(amount, "amount")
        if amount is not UNSET:
            field_dict["amount"] = amount

        first_cost = self.first_cost
        if first_cost is not UNSET:
            field_dict["first_cost"] = _fields.write_number(first_cost, "first_cost")

        manual_cost = self.manual_cost
        if manual_cost is not UNSET:
            field_dict["manual_cost"] = _fields.write_number(manual_cost, "manual_cost")

        discount = self.discount
        if discount is not UNSET:
            field_dict["discount"] = _fields.write_number(discount, "discount")

        cost = self.cost
        if cost is not UNSET:
            field_dict["cost"] = _fields.write_number(cost, "cost")

        master_id = self.master_id
        if type(master_id) is not int and master_id is not UNSET:
            master_id = _fields.write_integer(master_id, "master_id")
        if master_id is not UNSET:
            field_dict["master_id"] = master_id

        good_id = self.good_id
        if type(good_id) is not int and good_id is not UNSET:
            good_id = _fields.write_integer(good_id, "good_id")
        if good_id is not UNSET:
            field_dict["good_id"] = good_id

        service_id = self.service_id
        if type(service_id) is not int and service_id is not UNSET:
            service_id = _fields.write_integer(service_id, "service_id")
        if service_id is not UNSET:
            field_dict["service_id"] = service_id

        event_id = self.event_id
        if type(event_id) is not int and event_id is not UNSET:
            event_id = _fields.write_integer(event_id, "event_id")
        if event_id is not UNSET:
            field_dict["event_id"] = event_id

        is_service = self.is_service
        if type(is_service) is not bool and is_service is not UNSET:
            is_service = _fields.write_boolean(is_service, "is_service")
        if is_service is not UNSET:
            field_dict["is_service"] = is_service

        is_event = self.is_event
        if type(is_event) is not bool and is_event is not UNSET:
            is_event = _fields.write_boolean(is_event, "is_event")
        if is_event is not UNSET:
            field_dict["is_event"] = is_event

        is_good = self.is_good
        if type(is_good) is not bool and is_good is not UNSET:
            is_good = _fields.write_boolean(is_good, "is_good")
        if is_good is not UNSET:
            field_dict["is_good"] = is_good

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _fields.read_integer(id, "id")

        item_id = _get("item_id", UNSET)
        if type(item_id) is not int and item_id is not UNSET:
            item_id = _fields.read_integer(item_id, "item_id")

        item_type_id = _get("item_type_id", UNSET)
        if type(item_type_id) is not int and item_type_id is not UNSET:
            item_type_id = _fields.read_integer(item_type_id, "item_type_id")

        record_id = _get("record_id", UNSET)
        if type(record_id) is not int and record_id is not UNSET:
            record_id = _fields.read_integer(record_id, "record_id")

        item_title = _get("item_title", UNSET)
        if type(item_title) is not str and item_title is not UNSET:
            item_title = _fields.read_string(item_title, "item_title")

        amount = _get("amount", UNSET)
        if type(amount) is not int and amount is not UNSET:
            amount = _fields.read_integer(amount, "amount")

        first_cost = _get("first_cost", UNSET)
        if type(first_cost) is not float and type(first_cost) is not int and first_cost is not UNSET:
            first_cost = _fields.read_number(first_cost, "first_cost")

        manual_cost = _get("manual_cost", UNSET)
        if type(manual_cost) is not float and type(manual_cost) is not int and manual_cost is not UNSET:
            manual_cost = _fields.read_number(manual_cost, "manual_cost")

        discount = _get("discount", UNSET)
        if type(discount) is not float and type(discount) is not int and discount is not UNSET:
            discount = _fields.read_number(discount, "discount")

        cost = _get("cost", UNSET)
        if type(cost) is not float and type(cost) is not int and cost is not UNSET:
            cost = _fields.read_number(cost, "cost")

        master_id = _get("master_id", UNSET)
        if type(master_id) is not int and master_id is not UNSET:
            master_id = _fields.read_integer(master_id, "master_id")

        good_id = _get("good_id", UNSET)
        if type(good_id) is not int and good_id is not UNSET:
            good_id = _fields.read_integer(good_id, "good_id")

        service_id = _get("service_id", UNSET)
        if type(service_id) is not int and service_id is not UNSET:
            service_id = _fields.read_integer(service_id, "service_id")

        event_id = _get("event_id", UNSET)
        if type(event_id) is not int and event_id is not UNSET:
            event_id = _fields.read_integer(event_id, "event_id")

        is_service = _get("is_service", UNSET)
        if type(is_service) is not bool and is_service is not UNSET:
            is_service = _fields.read_boolean(is_service, "is_service")

        is_event = _get("is_event", UNSET)
        if type(is_event) is not bool and is_event is not UNSET:
            is_event = _fields.read_boolean(is_event, "is_event")

        is_good = _get("is_good", UNSET)
        if type(is_good) is not bool and is_good is not UNSET:
            is_good = _fields.read_boolean(is_good, "is_good")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.item_id = item_id
        _model.item_type_id = item_type_id
        _model.record_id = record_id
        _model.item_title = item_title
        _model.amount = amount
        _model.first_cost = first_cost
        _model.manual_cost = manual_cost
        _model.discount = discount
        _model.cost = cost
        _model.master_id = master_id
        _model.good_id = good_id
        _model.service_id = service_id
        _model.event_id = event_id
        _model.is_service = is_service
        _model.is_event = is_event
        _model.is_good = is_good
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not CancelLoyaltyCardWithdrawalResponse200ItemsItem:
            _fields.init_added_fields(_model, CancelLoyaltyCardWithdrawalResponse200ItemsItem)
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
