from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetGiftCardTypeListResponse200Item")
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
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class GetGiftCardTypeListResponse200Item:
    """
    Attributes:
        id (int | Unset): Certificate type identifier
        title (str | Unset): Gift card type name
        balance (float | Unset): Certificate denomination
        is_multi (bool | Unset): Write-off type: true - multiple write-off, false - single write-off
        company_group_id (int | Unset): ID of the chain where the certificate type is valid
        item_type_id (int | Unset): Application restriction (list of possible values)
        expiration_type_id (int | Unset): Expiration limit (list of possible values)
        expiration_date (datetime.datetime | Unset): Fixed burn date in ISO8601 format (null if not set)
        expiration_timeout (float | Unset): Certificate validity period from the date of sale (0 if not set)
        expiration_timeout_unit_id (int | Unset): The unit of measurement of the validity period of the certificate from
            the moment of sale (the list of possible values, if not specified - 0)
        is_allow_empty_code (bool | Unset): Allow sale of certificate without code? true - allow, false - do not allow
    """

    id: int | Unset = UNSET
    title: str | Unset = UNSET
    balance: float | Unset = UNSET
    is_multi: bool | Unset = UNSET
    company_group_id: int | Unset = UNSET
    item_type_id: int | Unset = UNSET
    expiration_type_id: int | Unset = UNSET
    expiration_date: datetime.datetime | Unset = UNSET
    expiration_timeout: float | Unset = UNSET
    expiration_timeout_unit_id: int | Unset = UNSET
    is_allow_empty_code: bool | Unset = UNSET
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
        if balance is not UNSET:
            field_dict["balance"] = _fields.write_number(balance, "balance")

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
        if expiration_timeout is not UNSET:
            field_dict["expiration_timeout"] = _fields.write_number(expiration_timeout, "expiration_timeout")

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
        if type(balance) is not float and type(balance) is not int and balance is not UNSET:
            balance = _fields.read_number(balance, "balance")

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
        if (
            type(expiration_timeout) is not float
            and type(expiration_timeout) is not int
            and expiration_timeout is not UNSET
        ):
            expiration_timeout = _fields.read_number(expiration_timeout, "expiration_timeout")

        expiration_timeout_unit_id = _get("expiration_timeout_unit_id", UNSET)
        if type(expiration_timeout_unit_id) is not int and expiration_timeout_unit_id is not UNSET:
            expiration_timeout_unit_id = _fields.read_integer(expiration_timeout_unit_id, "expiration_timeout_unit_id")

        is_allow_empty_code = _get("is_allow_empty_code", UNSET)
        if type(is_allow_empty_code) is not bool and is_allow_empty_code is not UNSET:
            is_allow_empty_code = _fields.read_boolean(is_allow_empty_code, "is_allow_empty_code")

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
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetGiftCardTypeListResponse200Item:
            _fields.init_added_fields(_model, GetGiftCardTypeListResponse200Item)
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
