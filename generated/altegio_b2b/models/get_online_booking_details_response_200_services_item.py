from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetOnlineBookingDetailsResponse200ServicesItem")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "title",
        "amount",
        "seance_length",
        "cost",
        "price_min",
        "price_max",
        "discount",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class GetOnlineBookingDetailsResponse200ServicesItem:
    """
    Attributes:
        id (int | Unset): Service ID
        title (str | Unset): Service name
        amount (int | Unset): Number of ordered services
        seance_length (int | Unset): Service duration in seconds (only if filter by team member is set)
        cost (float | Unset): Service cost
        price_min (float | Unset): Minimum service price
        price_max (float | Unset): Maximum service price
        discount (float | Unset): Discount amount
    """

    id: int | Unset = UNSET
    title: str | Unset = UNSET
    amount: int | Unset = UNSET
    seance_length: int | Unset = UNSET
    cost: float | Unset = UNSET
    price_min: float | Unset = UNSET
    price_max: float | Unset = UNSET
    discount: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        id = self.id
        if type(id) is not int and id is not UNSET:
            id = _fields.write_integer(id, "id")
        if id is not UNSET:
            field_dict["id"] = id

        title = self.title
        if type(title) is not str and title is not UNSET:
            title = _fields.write_string(title, "title")
        if title is not UNSET:
            field_dict["title"] = title

        amount = self.amount
        if type(amount) is not int and amount is not UNSET:
            amount = _fields.write_integer(amount, "amount")
        if amount is not UNSET:
            field_dict["amount"] = amount

        seance_length = self.seance_length
        if type(seance_length) is not int and seance_length is not UNSET:
            seance_length = _fields.write_integer(seance_length, "seance_length")
        if seance_length is not UNSET:
            field_dict["seance_length"] = seance_length

        cost = self.cost
        if cost is not UNSET:
            field_dict["cost"] = _fields.write_number(cost, "cost")

        price_min = self.price_min
        if price_min is not UNSET:
            field_dict["price_min"] = _fields.write_number(price_min, "price_min")

        price_max = self.price_max
        if price_max is not UNSET:
            field_dict["price_max"] = _fields.write_number(price_max, "price_max")

        discount = self.discount
        if discount is not UNSET:
            field_dict["discount"] = _fields.write_number(discount, "discount")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _fields.read_integer(id, "id")

        title = _get("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = _fields.read_string(title, "title")

        amount = _get("amount", UNSET)
        if type(amount) is not int and amount is not UNSET:
            amount = _fields.read_integer(amount, "amount")

        seance_length = _get("seance_length", UNSET)
        if type(seance_length) is not int and seance_length is not UNSET:
            seance_length = _fields.read_integer(seance_length, "seance_length")

        cost = _get("cost", UNSET)
        if type(cost) is not float and type(cost) is not int and cost is not UNSET:
            cost = _fields.read_number(cost, "cost")

        price_min = _get("price_min", UNSET)
        if type(price_min) is not float and type(price_min) is not int and price_min is not UNSET:
            price_min = _fields.read_number(price_min, "price_min")

        price_max = _get("price_max", UNSET)
        if type(price_max) is not float and type(price_max) is not int and price_max is not UNSET:
            price_max = _fields.read_number(price_max, "price_max")

        discount = _get("discount", UNSET)
        if type(discount) is not float and type(discount) is not int and discount is not UNSET:
            discount = _fields.read_number(discount, "discount")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.title = title
        _model.amount = amount
        _model.seance_length = seance_length
        _model.cost = cost
        _model.price_min = price_min
        _model.price_max = price_max
        _model.discount = discount
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetOnlineBookingDetailsResponse200ServicesItem:
            _fields.init_added_fields(_model, GetOnlineBookingDetailsResponse200ServicesItem)
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
