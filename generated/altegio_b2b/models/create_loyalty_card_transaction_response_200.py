from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateLoyaltyCardTransactionResponse200")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "balance",
        "points",
        "paid_amount",
        "sold_amount",
        "visits_count",
        "number",
        "type_id",
        "salon_group_id",
        "max_discount_percent",
        "max_discount_amount",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class CreateLoyaltyCardTransactionResponse200:
    """Loyalty card

    Attributes:
        id (int | Unset): Loyalty card ID
        balance (float | Unset): Card balance
        points (float | Unset): Points
        paid_amount (float | Unset): \\"Paid\\" amount
        sold_amount (float | Unset): \\"Sold\\" amount
        visits_count (float | Unset): Visits count
        number (str | Unset): Loyalty card number
        type_id (int | Unset): Loyalty card type ID
        salon_group_id (int | Unset): Chain ID
        max_discount_percent (float | Unset): Maximum discount percent
        max_discount_amount (float | Unset): Maximum discount amount
    """

    id: int | Unset = UNSET
    balance: float | Unset = UNSET
    points: float | Unset = UNSET
    paid_amount: float | Unset = UNSET
    sold_amount: float | Unset = UNSET
    visits_count: float | Unset = UNSET
    number: str | Unset = UNSET
    type_id: int | Unset = UNSET
    salon_group_id: int | Unset = UNSET
    max_discount_percent: float | Unset = UNSET
    max_discount_amount: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        id = self.id
        if type(id) is not int and id is not UNSET:
            id = _fields.write_integer(id, "id")
        if id is not UNSET:
            field_dict["id"] = id

        balance = self.balance
        if balance is not UNSET:
            field_dict["balance"] = _fields.write_number(balance, "balance")

        points = self.points
        if points is not UNSET:
            field_dict["points"] = _fields.write_number(points, "points")

        paid_amount = self.paid_amount
        if paid_amount is not UNSET:
            field_dict["paid_amount"] = _fields.write_number(paid_amount, "paid_amount")

        sold_amount = self.sold_amount
        if sold_amount is not UNSET:
            field_dict["sold_amount"] = _fields.write_number(sold_amount, "sold_amount")

        visits_count = self.visits_count
        if visits_count is not UNSET:
            field_dict["visits_count"] = _fields.write_number(visits_count, "visits_count")

        number = self.number
        if type(number) is not str and number is not UNSET:
            number = _fields.write_string(number, "number")
        if number is not UNSET:
            field_dict["number"] = number

        type_id = self.type_id
        if type(type_id) is not int and type_id is not UNSET:
            type_id = _fields.write_integer(type_id, "type_id")
        if type_id is not UNSET:
            field_dict["type_id"] = type_id

        salon_group_id = self.salon_group_id
        if type(salon_group_id) is not int and salon_group_id is not UNSET:
            salon_group_id = _fields.write_integer(salon_group_id, "salon_group_id")
        if salon_group_id is not UNSET:
            field_dict["salon_group_id"] = salon_group_id

        max_discount_percent = self.max_discount_percent
        if max_discount_percent is not UNSET:
            field_dict["max_discount_percent"] = _fields.write_number(max_discount_percent, "max_discount_percent")

        max_discount_amount = self.max_discount_amount
        if max_discount_amount is not UNSET:
            field_dict["max_discount_amount"] = _fields.write_number(max_discount_amount, "max_discount_amount")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _fields.read_integer(id, "id")

        balance = _get("balance", UNSET)
        if type(balance) is not float and type(balance) is not int and balance is not UNSET:
            balance = _fields.read_number(balance, "balance")

        points = _get("points", UNSET)
        if type(points) is not float and type(points) is not int and points is not UNSET:
            points = _fields.read_number(points, "points")

        paid_amount = _get("paid_amount", UNSET)
        if type(paid_amount) is not float and type(paid_amount) is not int and paid_amount is not UNSET:
            paid_amount = _fields.read_number(paid_amount, "paid_amount")

        sold_amount = _get("sold_amount", UNSET)
        if type(sold_amount) is not float and type(sold_amount) is not int and sold_amount is not UNSET:
            sold_amount = _fields.read_number(sold_amount, "sold_amount")

        visits_count = _get("visits_count", UNSET)
        if type(visits_count) is not float and type(visits_count) is not int and visits_count is not UNSET:
            visits_count = _fields.read_number(visits_count, "visits_count")

        number = _get("number", UNSET)
        if type(number) is not str and number is not UNSET:
            number = _fields.read_string(number, "number")

        type_id = _get("type_id", UNSET)
        if type(type_id) is not int and type_id is not UNSET:
            type_id = _fields.read_integer(type_id, "type_id")

        salon_group_id = _get("salon_group_id", UNSET)
        if type(salon_group_id) is not int and salon_group_id is not UNSET:
            salon_group_id = _fields.read_integer(salon_group_id, "salon_group_id")

        max_discount_percent = _get("max_discount_percent", UNSET)
        if (
            type(max_discount_percent) is not float
            and type(max_discount_percent) is not int
            and max_discount_percent is not UNSET
        ):
            max_discount_percent = _fields.read_number(max_discount_percent, "max_discount_percent")

        max_discount_amount = _get("max_discount_amount", UNSET)
        if (
            type(max_discount_amount) is not float
            and type(max_discount_amount) is not int
            and max_discount_amount is not UNSET
        ):
            max_discount_amount = _fields.read_number(max_discount_amount, "max_discount_amount")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.balance = balance
        _model.points = points
        _model.paid_amount = paid_amount
        _model.sold_amount = sold_amount
        _model.visits_count = visits_count
        _model.number = number
        _model.type_id = type_id
        _model.salon_group_id = salon_group_id
        _model.max_discount_percent = max_discount_percent
        _model.max_discount_amount = max_discount_amount
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not CreateLoyaltyCardTransactionResponse200:
            _fields.init_added_fields(_model, CreateLoyaltyCardTransactionResponse200)
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
