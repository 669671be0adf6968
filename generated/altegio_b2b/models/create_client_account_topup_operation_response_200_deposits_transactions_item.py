from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_client_account_topup_operation_response_200_deposits_transactions_item_deposit import (
        CreateClientAccountTopupOperationResponse200DepositsTransactionsItemDeposit,
    )
    from ..models.create_client_account_topup_operation_response_200_deposits_transactions_item_deposit_type import (
        CreateClientAccountTopupOperationResponse200DepositsTransactionsItemDepositType,
    )


T = TypeVar("T", bound="CreateClientAccountTopupOperationResponse200DepositsTransactionsItem")


@_attrs_define
class CreateClientAccountTopupOperationResponse200DepositsTransactionsItem:
    """
    Attributes:
        id (int | Unset): Client account transaction ID
        salon_id (int | Unset): location ID
        salon_group_id (int | Unset): Chain ID
        document_id (int | Unset): Document ID
        deposit_id (int | Unset): Personal account ID
        deposit_type_id (int | Unset): Personal account type identifier
        master_id (int | Unset): team member ID
        user_id (int | Unset): User ID
        amount (float | Unset): Top-up amount
        balance_after (float | Unset): Personal account balance after this transaction
        reserved_balance_after (float | Unset): Personal account reserved balance after this transaction
        comment (str | Unset): A comment
        date_create (str | Unset): date of creation
        deleted (bool | Unset): Has the transaction been deleted?
        date_delete (str | Unset): Deletion date
        deposit (CreateClientAccountTopupOperationResponse200DepositsTransactionsItemDeposit | Unset): Personal account
        deposit_type (CreateClientAccountTopupOperationResponse200DepositsTransactionsItemDepositType | Unset): Type of
            personal account
    """

    id: int | Unset = UNSET
    salon_id: int | Unset = UNSET
    salon_group_id: int | Unset = UNSET
    document_id: int | Unset = UNSET
    deposit_id: int | Unset = UNSET
    deposit_type_id: int | Unset = UNSET
    master_id: int | Unset = UNSET
    user_id: int | Unset = UNSET
    amount: float | Unset = UNSET
    balance_after: float | Unset = UNSET
    reserved_balance_after: float | Unset = UNSET
    comment: str | Unset = UNSET
    date_create: str | Unset = UNSET
    deleted: bool | Unset = UNSET
    date_delete: str | Unset = UNSET
    deposit: CreateClientAccountTopupOperationResponse200DepositsTransactionsItemDeposit | Unset = UNSET
    deposit_type: CreateClientAccountTopupOperationResponse200DepositsTransactionsItemDepositType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        salon_id = self.salon_id

        salon_group_id = self.salon_group_id

        document_id = self.document_id

        deposit_id = self.deposit_id

        deposit_type_id = self.deposit_type_id

        master_id = self.master_id

        user_id = self.user_id

        amount = self.amount

        balance_after = self.balance_after

        reserved_balance_after = self.reserved_balance_after

        comment = self.comment

        date_create = self.date_create

        deleted = self.deleted

        date_delete = self.date_delete

        deposit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.deposit, Unset):
            deposit = self.deposit.to_dict()

        deposit_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.deposit_type, Unset):
            deposit_type = self.deposit_type.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if salon_id is not UNSET:
            field_dict["salon_id"] = salon_id
        if salon_group_id is not UNSET:
            field_dict["salon_group_id"] = salon_group_id
        if document_id is not UNSET:
            field_dict["document_id"] = document_id
        if deposit_id is not UNSET:
            field_dict["deposit_id"] = deposit_id
        if deposit_type_id is not UNSET:
            field_dict["deposit_type_id"] = deposit_type_id
        if master_id is not UNSET:
            field_dict["master_id"] = master_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if balance_after is not UNSET:
            field_dict["balance_after"] = balance_after
        if reserved_balance_after is not UNSET:
            field_dict["reserved_balance_after"] = reserved_balance_after
        if comment is not UNSET:
            field_dict["comment"] = comment
        if date_create is not UNSET:
            field_dict["date_create"] = date_create
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if date_delete is not UNSET:
            field_dict["date_delete"] = date_delete
        if deposit is not UNSET:
            field_dict["deposit"] = deposit
        if deposit_type is not UNSET:
            field_dict["deposit_type"] = deposit_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_client_account_topup_operation_response_200_deposits_transactions_item_deposit import (
            CreateClientAccountTopupOperationResponse200DepositsTransactionsItemDeposit,  # noqa: PLC0415
        )
        from ..models.create_client_account_topup_operation_response_200_deposits_transactions_item_deposit_type import (
            CreateClientAccountTopupOperationResponse200DepositsTransactionsItemDepositType,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        salon_id = d.pop("salon_id", UNSET)

        salon_group_id = d.pop("salon_group_id", UNSET)

        document_id = d.pop("document_id", UNSET)

        deposit_id = d.pop("deposit_id", UNSET)

        deposit_type_id = d.pop("deposit_type_id", UNSET)

        master_id = d.pop("master_id", UNSET)

        user_id = d.pop("user_id", UNSET)

        amount = d.pop("amount", UNSET)

        balance_after = d.pop("balance_after", UNSET)

        reserved_balance_after = d.pop("reserved_balance_after", UNSET)

        comment = d.pop("comment", UNSET)

        date_create = d.pop("date_create", UNSET)

        deleted = d.pop("deleted", UNSET)

        date_delete = d.pop("date_delete", UNSET)

        _deposit = d.pop("deposit", UNSET)
        deposit: CreateClientAccountTopupOperationResponse200DepositsTransactionsItemDeposit | Unset
        if isinstance(_deposit, Unset):
            deposit = UNSET
        else:
            deposit = CreateClientAccountTopupOperationResponse200DepositsTransactionsItemDeposit.from_dict(_deposit)

        _deposit_type = d.pop("deposit_type", UNSET)
        deposit_type: CreateClientAccountTopupOperationResponse200DepositsTransactionsItemDepositType | Unset
        if isinstance(_deposit_type, Unset):
            deposit_type = UNSET
        else:
            deposit_type = CreateClientAccountTopupOperationResponse200DepositsTransactionsItemDepositType.from_dict(
                _deposit_type
            )

        _model = cls(
            id=id,
            salon_id=salon_id,
            salon_group_id=salon_group_id,
            document_id=document_id,
            deposit_id=deposit_id,
            deposit_type_id=deposit_type_id,
            master_id=master_id,
            user_id=user_id,
            amount=amount,
            balance_after=balance_after,
            reserved_balance_after=reserved_balance_after,
            comment=comment,
            date_create=date_create,
            deleted=deleted,
            date_delete=date_delete,
            deposit=deposit,
            deposit_type=deposit_type,
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
