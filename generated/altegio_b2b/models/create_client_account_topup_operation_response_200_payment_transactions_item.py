from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import timestamps as _timestamps
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_client_account_topup_operation_response_200_payment_transactions_item_type import (
        CreateClientAccountTopupOperationResponse200PaymentTransactionsItemType,
    )


T = TypeVar("T", bound="CreateClientAccountTopupOperationResponse200PaymentTransactionsItem")


@_attrs_define
class CreateClientAccountTopupOperationResponse200PaymentTransactionsItem:
    """
    Attributes:
        id (int | Unset): Payment transaction ID
        document_id (int | Unset): Document ID
        date (datetime.datetime | Unset): date of payment
        type_id (int | Unset): Document type identifier
        expense_id (int | Unset): Payment Item ID
        account_id (int | Unset): Checkout ID
        amount (float | Unset): Transaction amount
        client_id (int | Unset): Client ID
        master_id (int | Unset): team member ID
        supplier_id (int | Unset): Vendor ID
        comment (str | Unset): A comment
        item_id (int | Unset):
        target_type_id (int | Unset):
        record_id (int | Unset): Appointment ID
        goods_transaction_id (int | Unset): Commodity transaction ID
        type_ (CreateClientAccountTopupOperationResponse200PaymentTransactionsItemType | Unset):
    """

    id: int | Unset = UNSET
    document_id: int | Unset = UNSET
    date: datetime.datetime | Unset = UNSET
    type_id: int | Unset = UNSET
    expense_id: int | Unset = UNSET
    account_id: int | Unset = UNSET
    amount: float | Unset = UNSET
    client_id: int | Unset = UNSET
    master_id: int | Unset = UNSET
    supplier_id: int | Unset = UNSET
    comment: str | Unset = UNSET
    item_id: int | Unset = UNSET
    target_type_id: int | Unset = UNSET
    record_id: int | Unset = UNSET
    goods_transaction_id: int | Unset = UNSET
    type_: CreateClientAccountTopupOperationResponse200PaymentTransactionsItemType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        document_id = self.document_id

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        type_id = self.type_id

        expense_id = self.expense_id

        account_id = self.account_id

        amount = self.amount

        client_id = self.client_id

        master_id = self.master_id

        supplier_id = self.supplier_id

        comment = self.comment

        item_id = self.item_id

        target_type_id = self.target_type_id

        record_id = self.record_id

        goods_transaction_id = self.goods_transaction_id

        type_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if document_id is not UNSET:
            field_dict["document_id"] = document_id
        if date is not UNSET:
            field_dict["date"] = date
        if type_id is not UNSET:
            field_dict["type_id"] = type_id
        if expense_id is not UNSET:
            field_dict["expense_id"] = expense_id
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if master_id is not UNSET:
            field_dict["master_id"] = master_id
        if supplier_id is not UNSET:
            field_dict["supplier_id"] = supplier_id
        if comment is not UNSET:
            field_dict["comment"] = comment
        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        if target_type_id is not UNSET:
            field_dict["target_type_id"] = target_type_id
        if record_id is not UNSET:
            field_dict["record_id"] = record_id
        if goods_transaction_id is not UNSET:
            field_dict["goods_transaction_id"] = goods_transaction_id
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_client_account_topup_operation_response_200_payment_transactions_item_type import (
            CreateClientAccountTopupOperationResponse200PaymentTransactionsItemType,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        document_id = d.pop("document_id", UNSET)

        _date = d.pop("date", UNSET)
        date: datetime.datetime | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = _timestamps.parse_datetime(_date)

        type_id = d.pop("type_id", UNSET)

        expense_id = d.pop("expense_id", UNSET)

        account_id = d.pop("account_id", UNSET)

        amount = d.pop("amount", UNSET)

        client_id = d.pop("client_id", UNSET)

        master_id = d.pop("master_id", UNSET)

        supplier_id = d.pop("supplier_id", UNSET)

        comment = d.pop("comment", UNSET)

        item_id = d.pop("item_id", UNSET)

        target_type_id = d.pop("target_type_id", UNSET)

        record_id = d.pop("record_id", UNSET)

        goods_transaction_id = d.pop("goods_transaction_id", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: CreateClientAccountTopupOperationResponse200PaymentTransactionsItemType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = CreateClientAccountTopupOperationResponse200PaymentTransactionsItemType.from_dict(_type_)

        _model = cls(
            id=id,
            document_id=document_id,
            date=date,
            type_id=type_id,
            expense_id=expense_id,
            account_id=account_id,
            amount=amount,
            client_id=client_id,
            master_id=master_id,
            supplier_id=supplier_id,
            comment=comment,
            item_id=item_id,
            target_type_id=target_type_id,
            record_id=record_id,
            goods_transaction_id=goods_transaction_id,
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
