from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import timestamps as _timestamps
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_client_gift_cards_response_200_item_status import GetClientGiftCardsResponse200ItemStatus
    from ..models.get_client_gift_cards_response_200_item_type import GetClientGiftCardsResponse200ItemType


T = TypeVar("T", bound="GetClientGiftCardsResponse200Item")


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
        id = self.id

        number = self.number

        balance = self.balance

        default_balance = self.default_balance

        type_id = self.type_id

        status_id = self.status_id

        created_date: str | Unset = UNSET
        if not isinstance(self.created_date, Unset):
            created_date = self.created_date.isoformat()

        expiration_date: str | Unset = UNSET
        if not isinstance(self.expiration_date, Unset):
            expiration_date = self.expiration_date.isoformat()

        type_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.to_dict()

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if number is not UNSET:
            field_dict["number"] = number
        if balance is not UNSET:
            field_dict["balance"] = balance
        if default_balance is not UNSET:
            field_dict["default_balance"] = default_balance
        if type_id is not UNSET:
            field_dict["type_id"] = type_id
        if status_id is not UNSET:
            field_dict["status_id"] = status_id
        if created_date is not UNSET:
            field_dict["created_date"] = created_date
        if expiration_date is not UNSET:
            field_dict["expiration_date"] = expiration_date
        if type_ is not UNSET:
            field_dict["type"] = type_
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_client_gift_cards_response_200_item_status import GetClientGiftCardsResponse200ItemStatus  # noqa: PLC0415
        from ..models.get_client_gift_cards_response_200_item_type import GetClientGiftCardsResponse200ItemType  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        number = d.pop("number", UNSET)

        balance = d.pop("balance", UNSET)

        default_balance = d.pop("default_balance", UNSET)

        type_id = d.pop("type_id", UNSET)

        status_id = d.pop("status_id", UNSET)

        _created_date = d.pop("created_date", UNSET)
        created_date: datetime.datetime | Unset
        if isinstance(_created_date, Unset):
            created_date = UNSET
        else:
            created_date = _timestamps.parse_datetime(_created_date)

        _expiration_date = d.pop("expiration_date", UNSET)
        expiration_date: datetime.datetime | Unset
        if isinstance(_expiration_date, Unset):
            expiration_date = UNSET
        else:
            expiration_date = _timestamps.parse_datetime(_expiration_date)

        _type_ = d.pop("type", UNSET)
        type_: GetClientGiftCardsResponse200ItemType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = GetClientGiftCardsResponse200ItemType.from_dict(_type_)

        _status = d.pop("status", UNSET)
        status: GetClientGiftCardsResponse200ItemStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = GetClientGiftCardsResponse200ItemStatus.from_dict(_status)

        _model = cls(
            id=id,
            number=number,
            balance=balance,
            default_balance=default_balance,
            type_id=type_id,
            status_id=status_id,
            created_date=created_date,
            expiration_date=expiration_date,
            type_=type_,
            status=status,
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
