from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_payment_with_loyalty_methods_response_200_state_payment_transactions_item_account import (
        CreatePaymentWithLoyaltyMethodsResponse200StatePaymentTransactionsItemAccount,
    )
    from ..models.create_payment_with_loyalty_methods_response_200_state_payment_transactions_item_expense import (
        CreatePaymentWithLoyaltyMethodsResponse200StatePaymentTransactionsItemExpense,
    )


T = TypeVar("T", bound="CreatePaymentWithLoyaltyMethodsResponse200StatePaymentTransactionsItem")


@_attrs_define
class CreatePaymentWithLoyaltyMethodsResponse200StatePaymentTransactionsItem:
    """
    Attributes:
        id (int | Unset): Payment transaction ID
        document_id (int | Unset): Document ID
        sale_item_id (int | Unset): Sold unit ID
        sale_item_type (str | Unset): Unit sold type
        expense_id (int | Unset): Payment Item ID
        account_id (int | Unset): Checkout ID
        created_at (str | Unset): date of creation
        account (CreatePaymentWithLoyaltyMethodsResponse200StatePaymentTransactionsItemAccount | Unset): Location
            account
        expense (CreatePaymentWithLoyaltyMethodsResponse200StatePaymentTransactionsItemExpense | Unset): Payment Article
    """

    id: int | Unset = UNSET
    document_id: int | Unset = UNSET
    sale_item_id: int | Unset = UNSET
    sale_item_type: str | Unset = UNSET
    expense_id: int | Unset = UNSET
    account_id: int | Unset = UNSET
    created_at: str | Unset = UNSET
    account: CreatePaymentWithLoyaltyMethodsResponse200StatePaymentTransactionsItemAccount | Unset = UNSET
    expense: CreatePaymentWithLoyaltyMethodsResponse200StatePaymentTransactionsItemExpense | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        document_id = self.document_id

        sale_item_id = self.sale_item_id

        sale_item_type = self.sale_item_type

        expense_id = self.expense_id

        account_id = self.account_id

        created_at = self.created_at

        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        expense: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expense, Unset):
            expense = self.expense.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if document_id is not UNSET:
            field_dict["document_id"] = document_id
        if sale_item_id is not UNSET:
            field_dict["sale_item_id"] = sale_item_id
        if sale_item_type is not UNSET:
            field_dict["sale_item_type"] = sale_item_type
        if expense_id is not UNSET:
            field_dict["expense_id"] = expense_id
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if account is not UNSET:
            field_dict["account"] = account
        if expense is not UNSET:
            field_dict["expense"] = expense

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_payment_with_loyalty_methods_response_200_state_payment_transactions_item_account import (
            CreatePaymentWithLoyaltyMethodsResponse200StatePaymentTransactionsItemAccount,  # noqa: PLC0415
        )
        from ..models.create_payment_with_loyalty_methods_response_200_state_payment_transactions_item_expense import (
            CreatePaymentWithLoyaltyMethodsResponse200StatePaymentTransactionsItemExpense,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        document_id = d.pop("document_id", UNSET)

        sale_item_id = d.pop("sale_item_id", UNSET)

        sale_item_type = d.pop("sale_item_type", UNSET)

        expense_id = d.pop("expense_id", UNSET)

        account_id = d.pop("account_id", UNSET)

        created_at = d.pop("created_at", UNSET)

        _account = d.pop("account", UNSET)
        account: CreatePaymentWithLoyaltyMethodsResponse200StatePaymentTransactionsItemAccount | Unset
        if isinstance(_account, Unset):
            account = UNSET
        else:
            account = CreatePaymentWithLoyaltyMethodsResponse200StatePaymentTransactionsItemAccount.from_dict(_account)

        _expense = d.pop("expense", UNSET)
        expense: CreatePaymentWithLoyaltyMethodsResponse200StatePaymentTransactionsItemExpense | Unset
        if isinstance(_expense, Unset):
            expense = UNSET
        else:
            expense = CreatePaymentWithLoyaltyMethodsResponse200StatePaymentTransactionsItemExpense.from_dict(_expense)

        _model = cls(
            id=id,
            document_id=document_id,
            sale_item_id=sale_item_id,
            sale_item_type=sale_item_type,
            expense_id=expense_id,
            account_id=account_id,
            created_at=created_at,
            account=account,
            expense=expense,
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
