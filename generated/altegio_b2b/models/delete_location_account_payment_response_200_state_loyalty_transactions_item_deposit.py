from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.delete_location_account_payment_response_200_state_loyalty_transactions_item_deposit_type import (
        DeleteLocationAccountPaymentResponse200StateLoyaltyTransactionsItemDepositType,
    )


T = TypeVar("T", bound="DeleteLocationAccountPaymentResponse200StateLoyaltyTransactionsItemDeposit")


@_attrs_define
class DeleteLocationAccountPaymentResponse200StateLoyaltyTransactionsItemDeposit:
    """Withdrawal from personal account

    Attributes:
        id (int | Unset): Personal account ID
        balance (float | Unset): Available personal account balance
        reserved_balance (float | Unset): Amount currently reserved by active holds
        type_ (DeleteLocationAccountPaymentResponse200StateLoyaltyTransactionsItemDepositType | Unset): Client account
            type
    """

    id: int | Unset = UNSET
    balance: float | Unset = UNSET
    reserved_balance: float | Unset = UNSET
    type_: DeleteLocationAccountPaymentResponse200StateLoyaltyTransactionsItemDepositType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        balance = self.balance

        reserved_balance = self.reserved_balance

        type_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if balance is not UNSET:
            field_dict["balance"] = balance
        if reserved_balance is not UNSET:
            field_dict["reserved_balance"] = reserved_balance
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.delete_location_account_payment_response_200_state_loyalty_transactions_item_deposit_type import (
            DeleteLocationAccountPaymentResponse200StateLoyaltyTransactionsItemDepositType,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        balance = d.pop("balance", UNSET)

        reserved_balance = d.pop("reserved_balance", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: DeleteLocationAccountPaymentResponse200StateLoyaltyTransactionsItemDepositType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = DeleteLocationAccountPaymentResponse200StateLoyaltyTransactionsItemDepositType.from_dict(_type_)

        _model = cls(
            id=id,
            balance=balance,
            reserved_balance=reserved_balance,
            type_=type_,
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
