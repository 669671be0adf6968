from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetDayEndReportDataResponse200ZData1481101200ItemMastersItemServiceItemTransactionsItem")


@_attrs_define
class GetDayEndReportDataResponse200ZData1481101200ItemMastersItemServiceItemTransactionsItem:
    """
    Attributes:
        accounts_amount (float | Unset): Amount paid to the location account
        loyalty_amount (float | Unset): Amount paid by loyalty
        payment_type (str | Unset): Payment type
    """

    accounts_amount: float | Unset = UNSET
    loyalty_amount: float | Unset = UNSET
    payment_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accounts_amount = self.accounts_amount

        loyalty_amount = self.loyalty_amount

        payment_type = self.payment_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if accounts_amount is not UNSET:
            field_dict["accounts_amount"] = accounts_amount
        if loyalty_amount is not UNSET:
            field_dict["loyalty_amount"] = loyalty_amount
        if payment_type is not UNSET:
            field_dict["payment_type"] = payment_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        accounts_amount = d.pop("accounts_amount", UNSET)

        loyalty_amount = d.pop("loyalty_amount", UNSET)

        payment_type = d.pop("payment_type", UNSET)

        _model = cls(
            accounts_amount=accounts_amount,
            loyalty_amount=loyalty_amount,
            payment_type=payment_type,
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
