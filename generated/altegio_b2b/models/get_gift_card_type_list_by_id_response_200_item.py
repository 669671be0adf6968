from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import timestamps as _timestamps
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetGiftCardTypeListByIdResponse200Item")


@_attrs_define
class GetGiftCardTypeListByIdResponse200Item:
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
        id = self.id

        title = self.title

        balance = self.balance

        is_multi = self.is_multi

        company_group_id = self.company_group_id

        item_type_id = self.item_type_id

        expiration_type_id = self.expiration_type_id

        expiration_date: str | Unset = UNSET
        if not isinstance(self.expiration_date, Unset):
            expiration_date = self.expiration_date.isoformat()

        expiration_timeout = self.expiration_timeout

        expiration_timeout_unit_id = self.expiration_timeout_unit_id

        is_allow_empty_code = self.is_allow_empty_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if balance is not UNSET:
            field_dict["balance"] = balance
        if is_multi is not UNSET:
            field_dict["is_multi"] = is_multi
        if company_group_id is not UNSET:
            field_dict["company_group_id"] = company_group_id
        if item_type_id is not UNSET:
            field_dict["item_type_id"] = item_type_id
        if expiration_type_id is not UNSET:
            field_dict["expiration_type_id"] = expiration_type_id
        if expiration_date is not UNSET:
            field_dict["expiration_date"] = expiration_date
        if expiration_timeout is not UNSET:
            field_dict["expiration_timeout"] = expiration_timeout
        if expiration_timeout_unit_id is not UNSET:
            field_dict["expiration_timeout_unit_id"] = expiration_timeout_unit_id
        if is_allow_empty_code is not UNSET:
            field_dict["is_allow_empty_code"] = is_allow_empty_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        balance = d.pop("balance", UNSET)

        is_multi = d.pop("is_multi", UNSET)

        company_group_id = d.pop("company_group_id", UNSET)

        item_type_id = d.pop("item_type_id", UNSET)

        expiration_type_id = d.pop("expiration_type_id", UNSET)

        _expiration_date = d.pop("expiration_date", UNSET)
        expiration_date: datetime.datetime | Unset
        if isinstance(_expiration_date, Unset):
            expiration_date = UNSET
        else:
            expiration_date = _timestamps.parse_datetime(_expiration_date)

        expiration_timeout = d.pop("expiration_timeout", UNSET)

        expiration_timeout_unit_id = d.pop("expiration_timeout_unit_id", UNSET)

        is_allow_empty_code = d.pop("is_allow_empty_code", UNSET)

        _model = cls(
            id=id,
            title=title,
            balance=balance,
            is_multi=is_multi,
            company_group_id=company_group_id,
            item_type_id=item_type_id,
            expiration_type_id=expiration_type_id,
            expiration_date=expiration_date,
            expiration_timeout=expiration_timeout,
            expiration_timeout_unit_id=expiration_timeout_unit_id,
            is_allow_empty_code=is_allow_empty_code,
        )

        _model.additional_properties = d
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
