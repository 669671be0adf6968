from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateClientAccountTopupOperationBody")


@_attrs_define
class CreateClientAccountTopupOperationBody:
    """
    Attributes:
        client_id (int): ID of the client, the owner of the client account
        deposit_id (int): client account ID
        amount (float): replenishment amount
        account_id (int): Checkout ID for payment
        master_id (int | Unset): team member ID
    """

    client_id: int
    deposit_id: int
    amount: float
    account_id: int
    master_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        deposit_id = self.deposit_id

        amount = self.amount

        account_id = self.account_id

        master_id = self.master_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "client_id": client_id,
                "deposit_id": deposit_id,
                "amount": amount,
                "account_id": account_id,
            }
        )
        if master_id is not UNSET:
            field_dict["master_id"] = master_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        client_id = d.pop("client_id")

        deposit_id = d.pop("deposit_id")

        amount = d.pop("amount")

        account_id = d.pop("account_id")

        master_id = d.pop("master_id", UNSET)

        _model = cls(
            client_id=client_id,
            deposit_id=deposit_id,
            amount=amount,
            account_id=account_id,
            master_id=master_id,
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
