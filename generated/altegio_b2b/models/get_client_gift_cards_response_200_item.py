from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._runtime import fields as _fields
from .._runtime.errors import FieldError as _FieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_client_gift_cards_response_200_item_status import GetClientGiftCardsResponse200ItemStatus
    from ..models.get_client_gift_cards_response_200_item_type import GetClientGiftCardsResponse200ItemType


T = TypeVar("T", bound="GetClientGiftCardsResponse200Item")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "number",
        "balance",
        "default_balance",
        "type_id",
        "status_id",
        "created_date",
        "expiration_date",
        "type",
        "status",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class GetClientGiftCardsResponse200Item:
    """
    Attributes:
        id (int | Unset): Certificate ID
        number (str | Unset): Certificate number
        balance (float | Unset): Current balance
        default_balance (float | Unset): Starting balance
        type_id (int | Unset): Certificate type identifier
        status_id (int | Unset): Status ID
        created_date (datetime.datetime | Unset): Date of sale
        expiration_date (datetime.datetime | Unset): Burn date
        type_ (GetClientGiftCardsResponse200ItemType | Unset): Object with certificate type information
        status (GetClientGiftCardsResponse200ItemStatus | Unset): An object with information about the current status of
            the certificate
    """

    id: int | Unset = UNSET
    number: str | Unset = UNSET
    balance: float | Unset = UNSET
    default_balance: float | Unset = UNSET
    type_id: int | Unset = UNSET
    status_id: int | Unset = UNSET
    created_date: datetime.datetime | Unset = UNSET
    expiration_date: datetime.datetime | Unset = UNSET
    type_: GetClientGiftCardsResponse200ItemType | Unset = UNSET
    status: GetClientGiftCardsResponse200ItemStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        id = self.id
        if type(id) is not int and id is not UNSET:
            id = _fields.write_integer(id, "id")
        if id is not UNSET:
            field_dict["id"] = id

        number = self.number
        if type(number) is not str and number is not UNSET:
            number = _fields.write_string(number, "number")
        if number is not UNSET:
            field_dict["number"] = number

        balance = self.balance
        if balance is not UNSET:
            field_dict["balance"] = _fields.write_number(balance, "balance")

        default_balance = self.default_balance
        if default_balance is not UNSET:
            field_dict["default_balance"] = _fields.write_number(default_balance, "default_balance")

        type_id = self.type_id
        if type(type_id) is not int and type_id is not UNSET:
            type_id = _fields.write_integer(type_id, "type_id")
        if type_id is not UNSET:
            field_dict["type_id"] = type_id

        status_id = self.status_id
        if type(status_id) is not int and status_id is not UNSET:
            status_id = _fields.write_integer(status_id, "status_id")
        if status_id is not UNSET:
            field_dict["status_id"] = status_id

        created_date = self.created_date
        if created_date is not UNSET:
            field_dict["created_date"] = _fields.write_datetime(created_date, "created_date")

        expiration_date = self.expiration_date
        if expiration_date is not UNSET:
            field_dict["expiration_date"] = _fields.write_datetime(expiration_date, "expiration_date")

        type_ = self.type_
        if type_ is not UNSET:
            field_dict["type"] = _fields.write_model(type_, _models.GetClientGiftCardsResponse200ItemType, "type_")

        status = self.status
        if status is not UNSET:
            field_dict["status"] = _fields.write_model(
                status, _models.GetClientGiftCardsResponse200ItemStatus, "status"
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

        number = _get("number", UNSET)
        if type(number) is not str and number is not UNSET:
            number = _fields.read_string(number, "number")

        balance = _get("balance", UNSET)
        if type(balance) is not float and type(balance) is not int and balance is not UNSET:
            balance = _fields.read_number(balance, "balance")

        default_balance = _get("default_balance", UNSET)
        if type(default_balance) is not float and type(default_balance) is not int and default_balance is not UNSET:
            default_balance = _fields.read_number(default_balance, "default_balance")

        type_id = _get("type_id", UNSET)
        if type(type_id) is not int and type_id is not UNSET:
            type_id = _fields.read_integer(type_id, "type_id")

        status_id = _get("status_id", UNSET)
        if type(status_id) is not int and status_id is not UNSET:
            status_id = _fields.read_integer(status_id, "status_id")

        created_date = _get("created_date", UNSET)
        if created_date is not UNSET:
            try:
                created_date = _fields.datetime_fromisoformat(created_date)
            except (TypeError, ValueError):
                created_date = _fields.read_datetime(created_date, "created_date")

        expiration_date = _get("expiration_date", UNSET)
        if expiration_date is not UNSET:
            try:
                expiration_date = _fields.datetime_fromisoformat(expiration_date)
            except (TypeError, ValueError):
                expiration_date = _fields.read_datetime(expiration_date, "expiration_date")

        type_ = _get("type", UNSET)
        if type_ is not UNSET:
            try:
                type_ = _models.GetClientGiftCardsResponse200ItemType.from_dict(type_)
            except _FieldError as _error:
                raise _error.within("type")

        status = _get("status", UNSET)
        if status is not UNSET:
            try:
                status = _models.GetClientGiftCardsResponse200ItemStatus.from_dict(status)
            except _FieldError as _error:
                raise _error.within("status")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.number = number
        _model.balance = balance
        _model.default_balance = default_balance
        _model.type_id = type_id
        _model.status_id = status_id
        _model.created_date = created_date
        _model.expiration_date = expiration_date
        _model.type_ = type_
        _model.status = status
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetClientGiftCardsResponse200Item:
            _fields.init_added_fields(_model, GetClientGiftCardsResponse200Item)
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
