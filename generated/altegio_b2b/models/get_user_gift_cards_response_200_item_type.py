from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import timestamps as _timestamps
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_user_gift_cards_response_200_item_type_item_type import (
        GetUserGiftCardsResponse200ItemTypeItemType,
    )


T = TypeVar("T", bound="GetUserGiftCardsResponse200ItemType")


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

        item_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.item_type, Unset):
            item_type = self.item_type.to_dict()

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
        if item_type is not UNSET:
            field_dict["item_type"] = item_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_user_gift_cards_response_200_item_type_item_type import (
            GetUserGiftCardsResponse200ItemTypeItemType,  # noqa: PLC0415
        )

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

        _item_type = d.pop("item_type", UNSET)
        item_type: GetUserGiftCardsResponse200ItemTypeItemType | Unset
        if isinstance(_item_type, Unset):
            item_type = UNSET
        else:
            item_type = GetUserGiftCardsResponse200ItemTypeItemType.from_dict(_item_type)

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
            item_type=item_type,
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
