from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeleteLoyaltyPaymentTransactionResponse200StatePaymentTransactionsItemAccount")


@_attrs_define
class DeleteLoyaltyPaymentTransactionResponse200StatePaymentTransactionsItemAccount:
    """Location account

    Attributes:
        id (int | Unset): Checkout ID
        title (str | Unset): Location account name
        is_cash (bool | Unset): Is the payment in cash
        is_default (bool | Unset): Is the checkout by default
    """

    id: int | Unset = UNSET
    title: str | Unset = UNSET
    is_cash: bool | Unset = UNSET
    is_default: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        is_cash = self.is_cash

        is_default = self.is_default

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if is_cash is not UNSET:
            field_dict["is_cash"] = is_cash
        if is_default is not UNSET:
            field_dict["is_default"] = is_default

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        is_cash = d.pop("is_cash", UNSET)

        is_default = d.pop("is_default", UNSET)

        _model = cls(
            id=id,
            title=title,
            is_cash=is_cash,
            is_default=is_default,
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
