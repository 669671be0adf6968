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
    from ..models.get_user_gift_cards_response_200_item_type_item_type import (
        GetUserGiftCardsResponse200ItemTypeItemType,
    )


T = TypeVar("T", bound="GetUserGiftCardsResponse200ItemType")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "title",
        "balance",
        "is_multi",
        "company_group_id",
        "item_type_id",
        "expiration_type_id",
        "expiration_date",
        "expiration_timeout",
        "expiration_timeout_unit_id",
        "is_allow_empty_code",
        "item_type",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class GetUserGiftCardsResponse200ItemType:
    """Object with certificate type information

    Attributes:
        id (int | Unset): Certificate type identifier
        title (str | Unset): Gift card type name
        balance (int | Unset): Certificate denomination
        is_multi (bool | Unset): Is it available for multiple debits
        company_group_id (int | Unset): ID of the chain where the certificate type was created
        item_type_id (int | Unset): Restriction on the use of redemption points. 0 - no restrictions, 1 - only services,
            2 - some services + all products, 3 - some services, 4 - only products
        expiration_type_id (int | Unset): The ID of the expiration limit. 0 - unlimited, 1 - fixed date, 2 - fixed
            period
        expiration_date (datetime.datetime | Unset): Burn date of all certificates. Populated with expiration_type_id =
            1
        expiration_timeout (int | Unset): Validity period of certificates. Populated with expiration_type_id = 2
        expiration_timeout_unit_id (int | Unset): Time units. 1 - Day, 2 - Week, 3 - Month, 4 - Year
        is_allow_empty_code (bool | Unset): Sale without code
        item_type (GetUserGiftCardsResponse200ItemTypeItemType | Unset): Object with item_type_id and its name
    """

    id: int | Unset = UNSET
    title: str | Unset = UNSET
    balance: int | Unset = UNSET
    is_multi: bool | Unset = UNSET
    company_group_id: int | Unset = UNSET
    item_type_id: int | Unset = UNSET
    expiration_type_id: int | Unset = UNSET
    expiration_date: datetime.datetime | Unset = UNSET
    expiration_timeout: int | Unset = UNSET
    expiration_timeout_unit_id: int | Unset = UNSET
    is_allow_empty_code: bool | Unset = UNSET
    item_type: GetUserGiftCardsResponse200ItemTypeItemType | Unset = UNSET
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

        balance = self.balance
        if type(balance) is not int and balance is not UNSET:
            balance = _fields.write_integer(balance, "balance")
        if balance is not UNSET:
            field_dict["balance"] = balance

        is_multi = self.is_multi
        if type(is_multi) is not bool and is_multi is not UNSET:
            is_multi = _fields.write_boolean(is_multi, "is_multi")
        if is_multi is not UNSET:
            field_dict["is_multi"] = is_multi

        company_group_id = self.company_group_id
        if type(company_group_id) is not int and company_group_id is not UNSET:
            company_group_id = _fields.write_integer(company_group_id, "company_group_id")
        if company_group_id is not UNSET:
            field_dict["company_group_id"] = company_group_id

        item_type_id = self.item_type_id
        if type(item_type_id) is not int and item_type_id is not UNSET:
            item_type_id = _fields.write_integer(item_type_id, "item_type_id")
        if item_type_id is not UNSET:
            field_dict["item_type_id"] = item_type_id

        expiration_type_id = self.expiration_type_id
        if type(expiration_type_id) is not int and expiration_type_id is not UNSET:
            expiration_type_id = _fields.write_integer(expiration_type_id, "expiration_type_id")
        if expiration_type_id is not UNSET:
            field_dict["expiration_type_id"] = expiration_type_id

        expiration_date = self.expiration_date
        if expiration_date is not UNSET:
            field_dict["expiration_date"] = _fields.write_datetime(expiration_date, "expiration_date")

        expiration_timeout = self.expiration_timeout
        if type(expiration_timeout) is not int and expiration_timeout is not UNSET:
            expiration_timeout = _fields.write_integer(expiration_timeout, "expiration_timeout")
        if expiration_timeout is not UNSET:
            field_dict["expiration_timeout"] = expiration_timeout

        expiration_timeout_unit_id = self.expiration_timeout_unit_id
        if type(expiration_timeout_unit_id) is not int and expiration_timeout_unit_id is not UNSET:
            expiration_timeout_unit_id = _fields.write_integer(expiration_timeout_unit_id, "expiration_timeout_unit_id")
        if expiration_timeout_unit_id is not UNSET:
            field_dict["expiration_timeout_unit_id"] = expiration_timeout_unit_id

        is_allow_empty_code = self.is_allow_empty_code
        if type(is_allow_empty_code) is not bool and is_allow_empty_code is not UNSET:
            is_allow_empty_code = _fields.write_boolean(is_allow_empty_code, "is_allow_empty_code")
        if is_allow_empty_code is not UNSET:
            field_dict["is_allow_empty_code"] = is_allow_empty_code

        item_type = self.item_type
        if item_type is not UNSET:
            field_dict["item_type"] = _fields.write_model(
                item_type, _models.GetUserGiftCardsResponse200ItemTypeItemType, "item_type"
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

        title = _get("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = _fields.read_string(title, "title")

        balance = _get("balance", UNSET)
        if type(balance) is not int and balance is not UNSET:
            balance = _fields.read_integer(balance, "balance")

        is_multi = _get("is_multi", UNSET)
        if type(is_multi) is not bool and is_multi is not UNSET:
            is_multi = _fields.read_boolean(is_multi, "is_multi")

        company_group_id = _get("company_group_id", UNSET)
        if type(company_group_id) is not int and company_group_id is not UNSET:
            company_group_id = _fields.read_integer(company_group_id, "company_group_id")

        item_type_id = _get("item_type_id", UNSET)
        if type(item_type_id) is not int and item_type_id is not UNSET:
            item_type_id = _fields.read_integer(item_type_id, "item_type_id")

        expiration_type_id = _get("expiration_type_id", UNSET)
        if type(expiration_type_id) is not int and expiration_type_id is not UNSET:
            expiration_type_id = _fields.read_integer(expiration_type_id, "expiration_type_id")

        expiration_date = _get("expiration_date", UNSET)
        if expiration_date is not UNSET:
            try:
                expiration_date = _fields.datetime_fromisoformat(expiration_date)
            except (TypeError, ValueError):
                expiration_date = _fields.read_datetime(expiration_date, "expiration_date")

        expiration_timeout = _get("expiration_timeout", UNSET)
        if type(expiration_timeout) is not int and expiration_timeout is not UNSET:
            expiration_timeout = _fields.read_integer(expiration_timeout, "expiration_timeout")

        expiration_timeout_unit_id = _get("expiration_timeout_unit_id", UNSET)
        if type(expiration_timeout_unit_id) is not int and expiration_timeout_unit_id is not UNSET:
            expiration_timeout_unit_id = _fields.read_integer(expiration_timeout_unit_id, "expiration_timeout_unit_id")

        is_allow_empty_code = _get("is_allow_empty_code", UNSET)
        if type(is_allow_empty_code) is not bool and is_allow_empty_code is not UNSET:
            is_allow_empty_code = _fields.read_boolean(is_allow_empty_code, "is_allow_empty_code")

        item_type = _get("item_type", UNSET)
        if item_type is not UNSET:
            try:
                item_type = _models.GetUserGiftCardsResponse200ItemTypeItemType.from_dict(item_type)
            except _FieldError as _error:
                raise _error.within("item_type")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.title = title
        _model.balance = balance
        _model.is_multi = is_multi
        _model.company_group_id = company_group_id
        _model.item_type_id = item_type_id
        _model.expiration_type_id = expiration_type_id
        _model.expiration_date = expiration_date
        _model.expiration_timeout = expiration_timeout
        _model.expiration_timeout_unit_id = expiration_timeout_unit_id
        _model.is_allow_empty_code = is_allow_empty_code
        _model.item_type = item_type
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetUserGiftCardsResponse200ItemType:
            _fields.init_added_fields(_model, GetUserGiftCardsResponse200ItemType)
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
