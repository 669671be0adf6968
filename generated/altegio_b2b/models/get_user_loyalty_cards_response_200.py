from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._runtime import fields as _fields
from .._runtime.errors import FieldError as _FieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_user_loyalty_cards_response_200_programs_item import GetUserLoyaltyCardsResponse200ProgramsItem
    from ..models.get_user_loyalty_cards_response_200_salon_group import GetUserLoyaltyCardsResponse200SalonGroup
    from ..models.get_user_loyalty_cards_response_200_type import GetUserLoyaltyCardsResponse200Type


T = TypeVar("T", bound="GetUserLoyaltyCardsResponse200")
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
        "type",
        "salon_group",
        "programs",
    }
)
_EXTRA = _fields.ANY
_KIND_programs = _fields.ListOf(_fields.Model("GetUserLoyaltyCardsResponse200ProgramsItem"))


@_attrs_define
class GetUserLoyaltyCardsResponse200:
    """Get a list of customer cards

    Example:
        {'id': 9210520, 'balance': 100, 'points': 0, 'paid_amount': 1000, 'sold_amount': 1000, 'visits_count': 1,
            'number': 14507109210520, 'type_id': 10992, 'salon_group_id': 145071, 'type': {'id': 10992, 'title': '5+2',
            'salon_group_id': 145071}, 'salon_group': {'id': 145071, 'title': 'Dough chain1.'}, 'programs': [{'id': 18005,
            'title': '5+2', 'value': 0, 'loyalty_type_id': 13, 'item_type_id': 3, 'value_unit_id': 1, 'group_id': 145071,
            'loyalty_type': {'id': 13, 'title': 'Discount for a given number of accumulated services', 'is_discount': True,
            'is_cashback': False, 'is_static': False, 'is_accumulative': False}, 'rules': [{'id': 72803,
            'loyalty_program_id': 18005, 'loyalty_type_id': 13, 'value': 20, 'parameter': 0}, {'id': 72804,
            'loyalty_program_id': 18005, 'loyalty_type_id': 13, 'value': 10, 'parameter': 0}, {'id': 72805,
            'loyalty_program_id': 18005, 'loyalty_type_id': 13, 'value': 100, 'parameter': 0}]}]}

    Attributes:
        id (int | Unset): Loyalty card ID
        balance (float | Unset): Loyalty card balance
        points (int | Unset):
        paid_amount (float | Unset): Amount Paid
        sold_amount (float | Unset): Amount "Sold"
        visits_count (int | Unset): Number of visits
        number (str | Unset): Card number
        type_id (int | Unset): Loyalty card type identifier
        salon_group_id (int | Unset): ID of the chain where the card was created
        type_ (GetUserLoyaltyCardsResponse200Type | Unset): An object that contains the "id" and "title" fields: card
            type identifier and card type name, respectively
        salon_group (GetUserLoyaltyCardsResponse200SalonGroup | Unset): An object that contains the "id" and "title"
            fields: the identifier of the chain where the card type was created and the name of this chain
        programs (list[GetUserLoyaltyCardsResponse200ProgramsItem] | Unset): An array with information about promotions
            linked to a loyalty card
    """

    id: int | Unset = UNSET
    balance: float | Unset = UNSET
    points: int | Unset = UNSET
    paid_amount: float | Unset = UNSET
    sold_amount: float | Unset = UNSET
    visits_count: int | Unset = UNSET
    number: str | Unset = UNSET
    type_id: int | Unset = UNSET
    salon_group_id: int | Unset = UNSET
    type_: GetUserLoyaltyCardsResponse200Type | Unset = UNSET
    salon_group: GetUserLoyaltyCardsResponse200SalonGroup | Unset = UNSET
    programs: list[GetUserLoyaltyCardsResponse200ProgramsItem] | Unset = UNSET
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
        if type(points) is not int and points is not UNSET:
            points = _fields.write_integer(points, "points")
        if points is not UNSET:
            field_dict["points"] = points

        paid_amount = self.paid_amount
        if paid_amount is not UNSET:
            field_dict["paid_amount"] = _fields.write_number(paid_amount, "paid_amount")

        sold_amount = self.sold_amount
        if sold_amount is not UNSET:
            field_dict["sold_amount"] = _fields.write_number(sold_amount, "sold_amount")

        visits_count = self.visits_count
        if type(visits_count) is not int and visits_count is not UNSET:
            visits_count = _fields.write_integer(visits_count, "visits_count")
        if visits_count is not UNSET:
            field_dict["visits_count"] = visits_count

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

        type_ = self.type_
        if type_ is not UNSET:
            field_dict["type"] = _fields.write_model(type_, _models.GetUserLoyaltyCardsResponse200Type, "type_")

        salon_group = self.salon_group
        if salon_group is not UNSET:
            field_dict["salon_group"] = _fields.write_model(
                salon_group, _models.GetUserLoyaltyCardsResponse200SalonGroup, "salon_group"
            )

        programs = self.programs
        if programs is not UNSET:
            field_dict["programs"] = _KIND_programs.write_field(programs, "programs")

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
        if type(points) is not int and points is not UNSET:
            points = _fields.read_integer(points, "points")

        paid_amount = _get("paid_amount", UNSET)
        if type(paid_amount) is not float and type(paid_amount) is not int and paid_amount is not UNSET:
            paid_amount = _fields.read_number(paid_amount, "paid_amount")

        sold_amount = _get("sold_amount", UNSET)
        if type(sold_amount) is not float and type(sold_amount) is not int and sold_amount is not UNSET:
            sold_amount = _fields.read_number(sold_amount, "sold_amount")

        visits_count = _get("visits_count", UNSET)
        if type(visits_count) is not int and visits_count is not UNSET:
            visits_count = _fields.read_integer(visits_count, "visits_count")

        number = _get("number", UNSET)
        if type(number) is not str and number is not UNSET:
            number = _fields.read_string(number, "number")

        type_id = _get("type_id", UNSET)
        if type(type_id) is not int and type_id is not UNSET:
            type_id = _fields.read_integer(type_id, "type_id")

        salon_group_id = _get("salon_group_id", UNSET)
        if type(salon_group_id) is not int and salon_group_id is not UNSET:
            salon_group_id = _fields.read_integer(salon_group_id, "salon_group_id")

        type_ = _get("type", UNSET)
        if type_ is not UNSET:
            try:
                type_ = _models.GetUserLoyaltyCardsResponse200Type.from_dict(type_)
            except _FieldError as _error:
                raise _error.within("type")

        salon_group = _get("salon_group", UNSET)
        if salon_group is not UNSET:
            try:
                salon_group = _models.GetUserLoyaltyCardsResponse200SalonGroup.from_dict(salon_group)
            except _FieldError as _error:
                raise _error.within("salon_group")

        programs = _get("programs", UNSET)
        if programs is not UNSET:
            programs = _KIND_programs.read_field(programs, "programs")

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
        _model.type_ = type_
        _model.salon_group = salon_group
        _model.programs = programs
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetUserLoyaltyCardsResponse200:
            _fields.init_added_fields(_model, GetUserLoyaltyCardsResponse200)
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
