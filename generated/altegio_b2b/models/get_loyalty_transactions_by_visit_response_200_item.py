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
    from ..models.get_loyalty_transactions_by_visit_response_200_item_program import (
        GetLoyaltyTransactionsByVisitResponse200ItemProgram,
    )
    from ..models.get_loyalty_transactions_by_visit_response_200_item_type import (
        GetLoyaltyTransactionsByVisitResponse200ItemType,
    )


T = TypeVar("T", bound="GetLoyaltyTransactionsByVisitResponse200Item")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "status_id",
        "amount",
        "type_id",
        "program_id",
        "card_id",
        "salon_group_id",
        "item_id",
        "item_type_id",
        "item_record_id",
        "goods_transaction_id",
        "is_discount",
        "is_loyalty_withdraw",
        "type",
        "program",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class GetLoyaltyTransactionsByVisitResponse200Item:
    """
    Attributes:
        id (int | Unset): Loyalty transaction ID
        status_id (int | Unset): Status ID
        amount (float | Unset): Transaction amount
        type_id (int | Unset): Transaction type identifier
        program_id (int | Unset): Loyalty program ID
        card_id (int | Unset): Loyalty card ID
        salon_group_id (int | Unset): ID of the chain to which the loyalty belongs
        item_id (int | Unset): Identifier of the product/service to which the promotion applies
        item_type_id (int | Unset): Operation type identifier
        item_record_id (int | Unset): Identifier of the appointment to which the service/product belongs
        goods_transaction_id (int | Unset): Commodity transaction ID
        is_discount (bool | Unset): Is a discount
        is_loyalty_withdraw (bool | Unset): Is the application of loyalty canceled
        type_ (GetLoyaltyTransactionsByVisitResponse200ItemType | Unset): Loyalty type
        program (GetLoyaltyTransactionsByVisitResponse200ItemProgram | Unset): Promotion Information
    """

    id: int | Unset = UNSET
    status_id: int | Unset = UNSET
    amount: float | Unset = UNSET
    type_id: int | Unset = UNSET
    program_id: int | Unset = UNSET
    card_id: int | Unset = UNSET
    salon_group_id: int | Unset = UNSET
    item_id: int | Unset = UNSET
    item_type_id: int | Unset = UNSET
    item_record_id: int | Unset = UNSET
    goods_transaction_id: int | Unset = UNSET
    is_discount: bool | Unset = UNSET
    is_loyalty_withdraw: bool | Unset = UNSET
    type_: GetLoyaltyTransactionsByVisitResponse200ItemType | Unset = UNSET
    program: GetLoyaltyTransactionsByVisitResponse200ItemProgram | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        id = self.id
        if type(id) is not int and id is not UNSET:
            id = _fields.write_integer(id, "id")
        if id is not UNSET:
            field_dict["id"] = id

        status_id = self.status_id
        if type(status_id) is not int and status_id is not UNSET:
            status_id = _fields.write_integer(status_id, "status_id")
        if status_id is not UNSET:
            field_dict["status_id"] = status_id

        amount = self.amount
        if amount is not UNSET:
            field_dict["amount"] = _fields.write_number(amount, "amount")

        type_id = self.type_id
        if type(type_id) is not int and type_id is not UNSET:
            type_id = _fields.write_integer(type_id, "type_id")
        if type_id is not UNSET:
            field_dict["type_id"] = type_id

        program_id = self.program_id
        if type(program_id) is not int and program_id is not UNSET:
            program_id = _fields.write_integer(program_id, "program_id")
        if program_id is not UNSET:
            field_dict["program_id"] = program_id

        card_id = self.card_id
        if type(card_id) is not int and card_id is not UNSET:
            card_id = _fields.write_integer(card_id, "card_id")
        if card_id is not UNSET:
            field_dict["card_id"] = card_id

        salon_group_id = self.salon_group_id
        if type(salon_group_id) is not int and salon_group_id is not UNSET:
            salon_group_id = _fields.write_integer(salon_group_id, "salon_group_id")
        if salon_group_id is not UNSET:
            field_dict["salon_group_id"] = salon_group_id

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

        item_record_id = self.item_record_id
        if type(item_record_id) is not int and item_record_id is not UNSET:
            item_record_id = _fields.write_integer(item_record_id, "item_record_id")
        if item_record_id is not UNSET:
            field_dict["item_record_id"] = item_record_id

        goods_transaction_id = self.goods_transaction_id
        if type(goods_transaction_id) is not int and goods_transaction_id is not UNSET:
            goods_transaction_id = _fields.write_integer(goods_transaction_id, "goods_transaction_id")
        if goods_transaction_id is not UNSET:
            field_dict["goods_transaction_id"] = goods_transaction_id

        is_discount = self.is_discount
        if type(is_discount) is not bool and is_discount is not UNSET:
            is_discount = _fields.write_boolean(is_discount, "is_discount")
        if is_discount is not UNSET:
            field_dict["is_discount"] = is_discount

        is_loyalty_withdraw = self.is_loyalty_withdraw
        if type(is_loyalty_withdraw) is not bool and is_loyalty_withdraw is not UNSET:
            is_loyalty_withdraw = _fields.write_boolean(is_loyalty_withdraw, "is_loyalty_withdraw")
        if is_loyalty_withdraw is not UNSET:
            field_dict["is_loyalty_withdraw"] = is_loyalty_withdraw

        type_ = self.type_
        if type_ is not UNSET:
            field_dict["type"] = _fields.write_model(
                type_, _models.GetLoyaltyTransactionsByVisitResponse200ItemType, "type_"
            )

        program = self.program
        if program is not UNSET:
            field_dict["program"] = _fields.write_model(
                program, _models.GetLoyaltyTransactionsByVisitResponse200ItemProgram, "program"
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _fields.read_integer(id, "id")

        status_id = _get("status_id", UNSET)
        if type(status_id) is not int and status_id is not UNSET:
            status_id = _fields.read_integer(status_id, "status_id")

        amount = _get("amount", UNSET)
        if type(amount) is not float and type(amount) is not int and amount is not UNSET:
            amount = _fields.read_number(amount, "amount")

        type_id = _get("type_id", UNSET)
        if type(type_id) is not int and type_id is not UNSET:
            type_id = _fields.read_integer(type_id, "type_id")

        program_id = _get("program_id", UNSET)
        if type(program_id) is not int and program_id is not UNSET:
            program_id = _fields.read_integer(program_id, "program_id")

        card_id = _get("card_id", UNSET)
        if type(card_id) is not int and card_id is not UNSET:
            card_id = _fields.read_integer(card_id, "card_id")

        salon_group_id = _get("salon_group_id", UNSET)
        if type(salon_group_id) is not int and salon_group_id is not UNSET:
            salon_group_id = _fields.read_integer(salon_group_id, "salon_group_id")

        item_id = _get("item_id", UNSET)
        if type(item_id) is not int and item_id is not UNSET:
            item_id = _fields.read_integer(item_id, "item_id")

        item_type_id = _get("item_type_id", UNSET)
        if type(item_type_id) is not int and item_type_id is not UNSET:
            item_type_id = _fields.read_integer(item_type_id, "item_type_id")

        item_record_id = _get("item_record_id", UNSET)
        if type(item_record_id) is not int and item_record_id is not UNSET:
            item_record_id = _fields.read_integer(item_record_id, "item_record_id")

        goods_transaction_id = _get("goods_transaction_id", UNSET)
        if type(goods_transaction_id) is not int and goods_transaction_id is not UNSET:
            goods_transaction_id = _fields.read_integer(goods_transaction_id, "goods_transaction_id")

        is_discount = _get("is_discount", UNSET)
        if type(is_discount) is not bool and is_discount is not UNSET:
            is_discount = _fields.read_boolean(is_discount, "is_discount")

        is_loyalty_withdraw = _get("is_loyalty_withdraw", UNSET)
        if type(is_loyalty_withdraw) is not bool and is_loyalty_withdraw is not UNSET:
            is_loyalty_withdraw = _fields.read_boolean(is_loyalty_withdraw, "is_loyalty_withdraw")

        type_ = _get("type", UNSET)
        if type_ is not UNSET:
            try:
                type_ = _models.GetLoyaltyTransactionsByVisitResponse200ItemType.from_dict(type_)
            except _FieldError as _error:
                raise _error.within("type")

        program = _get("program", UNSET)
        if program is not UNSET:
            try:
                program = _models.GetLoyaltyTransactionsByVisitResponse200ItemProgram.from_dict(program)
            except _FieldError as _error:
                raise _error.within("program")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.status_id = status_id
        _model.amount = amount
        _model.type_id = type_id
        _model.program_id = program_id
        _model.card_id = card_id
        _model.salon_group_id = salon_group_id
        _model.item_id = item_id
        _model.item_type_id = item_type_id
        _model.item_record_id = item_record_id
        _model.goods_transaction_id = goods_transaction_id
        _model.is_discount = is_discount
        _model.is_loyalty_withdraw = is_loyalty_withdraw
        _model.type_ = type_
        _model.program = program
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetLoyaltyTransactionsByVisitResponse200Item:
            _fields.init_added_fields(_model, GetLoyaltyTransactionsByVisitResponse200Item)
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
