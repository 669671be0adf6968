from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_financial_transaction_response_200_account import CreateFinancialTransactionResponse200Account
    from ..models.create_financial_transaction_response_200_client import CreateFinancialTransactionResponse200Client
    from ..models.create_financial_transaction_response_200_expense import CreateFinancialTransactionResponse200Expense
    from ..models.create_financial_transaction_response_200_master import CreateFinancialTransactionResponse200Master
    from ..models.create_financial_transaction_response_200_supplier_item import (
        CreateFinancialTransactionResponse200SupplierItem,
    )


T = TypeVar("T", bound="CreateFinancialTransactionResponse200")


@_attrs_define
class CreateFinancialTransactionResponse200:
    """Object with data

    Attributes:
        account (CreateFinancialTransactionResponse200Account | Unset): Location account
        account_id (int | Unset): Checkout ID
        amount (float | Unset): Transaction amount
        client (CreateFinancialTransactionResponse200Client | Unset): Customer
        client_id (int | Unset): Client ID
        comment (str | Unset): A comment
        date (datetime.datetime | Unset): Transaction creation date
        document_id (int | Unset): Document ID
        expense (CreateFinancialTransactionResponse200Expense | Unset): Payment type
        expense_id (int | Unset): Payment Item ID
        goods_transaction_id (int | Unset): Commodity transaction ID
        id (int | Unset): Transaction ID
        item_id (int | Unset):
        master (CreateFinancialTransactionResponse200Master | Unset): team member
        master_id (int | Unset): team member ID
        record_id (int | Unset): Appointment ID
        supplier (list[CreateFinancialTransactionResponse200SupplierItem] | Unset): counterparty
        supplier_id (int | Unset): Supplier ID
        target_type_id (int | Unset):
        type_id (int | Unset): Payment type ID
    """

    account: CreateFinancialTransactionResponse200Account | Unset = UNSET
    account_id: int | Unset = UNSET
    amount: float | Unset = UNSET
    client: CreateFinancialTransactionResponse200Client | Unset = UNSET
    client_id: int | Unset = UNSET
    comment: str | Unset = UNSET
    date: datetime.datetime | Unset = UNSET
    document_id: int | Unset = UNSET
    expense: CreateFinancialTransactionResponse200Expense | Unset = UNSET
    expense_id: int | Unset = UNSET
    goods_transaction_id: int | Unset = UNSET
    id: int | Unset = UNSET
    item_id: int | Unset = UNSET
    master: CreateFinancialTransactionResponse200Master | Unset = UNSET
    master_id: int | Unset = UNSET
    record_id: int | Unset = UNSET
    supplier: list[CreateFinancialTransactionResponse200SupplierItem] | Unset = UNSET
    supplier_id: int | Unset = UNSET
    target_type_id: int | Unset = UNSET
    type_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        account_id = self.account_id

        amount = self.amount

        client: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client, Unset):
            client = self.client.to_dict()

        client_id = self.client_id

        comment = self.comment

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        document_id = self.document_id

        expense: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expense, Unset):
            expense = self.expense.to_dict()

        expense_id = self.expense_id

        goods_transaction_id = self.goods_transaction_id

        id = self.id

        item_id = self.item_id

        master: dict[str, Any] | Unset = UNSET
        if not isinstance(self.master, Unset):
            master = self.master.to_dict()

        master_id = self.master_id

        record_id = self.record_id

        supplier: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.supplier, Unset):
            supplier = []
            for supplier_item_data in self.supplier:
                supplier_item = supplier_item_data.to_dict()
                supplier.append(supplier_item)

        supplier_id = self.supplier_id

        target_type_id = self.target_type_id

        type_id = self.type_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account is not UNSET:
            field_dict["account"] = account
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if client is not UNSET:
            field_dict["client"] = client
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if comment is not UNSET:
            field_dict["comment"] = comment
        if date is not UNSET:
            field_dict["date"] = date
        if document_id is not UNSET:
            field_dict["document_id"] = document_id
        if expense is not UNSET:
            field_dict["expense"] = expense
        if expense_id is not UNSET:
            field_dict["expense_id"] = expense_id
        if goods_transaction_id is not UNSET:
            field_dict["goods_transaction_id"] = goods_transaction_id
        if id is not UNSET:
            field_dict["id"] = id
        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        if master is not UNSET:
            field_dict["master"] = master
        if master_id is not UNSET:
            field_dict["master_id"] = master_id
        if record_id is not UNSET:
            field_dict["record_id"] = record_id
        if supplier is not UNSET:
            field_dict["supplier"] = supplier
        if supplier_id is not UNSET:
            field_dict["supplier_id"] = supplier_id
        if target_type_id is not UNSET:
            field_dict["target_type_id"] = target_type_id
        if type_id is not UNSET:
            field_dict["type_id"] = type_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_financial_transaction_response_200_account import (
            CreateFinancialTransactionResponse200Account,  # noqa: PLC0415
        )
        from ..models.create_financial_transaction_response_200_client import (
            CreateFinancialTransactionResponse200Client,  # noqa: PLC0415
        )
        from ..models.create_financial_transaction_response_200_expense import (
            CreateFinancialTransactionResponse200Expense,  # noqa: PLC0415
        )
        from ..models.create_financial_transaction_response_200_master import (
            CreateFinancialTransactionResponse200Master,  # noqa: PLC0415
        )
        from ..models.create_financial_transaction_response_200_supplier_item import (
            CreateFinancialTransactionResponse200SupplierItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _account = d.pop("account", UNSET)
        account: CreateFinancialTransactionResponse200Account | Unset
        if isinstance(_account, Unset):
            account = UNSET
        else:
            account = CreateFinancialTransactionResponse200Account.from_dict(_account)

        account_id = d.pop("account_id", UNSET)

        amount = d.pop("amount", UNSET)

        _client = d.pop("client", UNSET)
        client: CreateFinancialTransactionResponse200Client | Unset
        if isinstance(_client, Unset):
            client = UNSET
        else:
            client = CreateFinancialTransactionResponse200Client.from_dict(_client)

        client_id = d.pop("client_id", UNSET)

        comment = d.pop("comment", UNSET)

        _date = d.pop("date", UNSET)
        date: datetime.datetime | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.datetime.fromisoformat(_date)

        document_id = d.pop("document_id", UNSET)

        _expense = d.pop("expense", UNSET)
        expense: CreateFinancialTransactionResponse200Expense | Unset
        if isinstance(_expense, Unset):
            expense = UNSET
        else:
            expense = CreateFinancialTransactionResponse200Expense.from_dict(_expense)

        expense_id = d.pop("expense_id", UNSET)

        goods_transaction_id = d.pop("goods_transaction_id", UNSET)

        id = d.pop("id", UNSET)

        item_id = d.pop("item_id", UNSET)

        _master = d.pop("master", UNSET)
        master: CreateFinancialTransactionResponse200Master | Unset
        if isinstance(_master, Unset):
            master = UNSET
        else:
            master = CreateFinancialTransactionResponse200Master.from_dict(_master)

        master_id = d.pop("master_id", UNSET)

        record_id = d.pop("record_id", UNSET)

        _supplier = d.pop("supplier", UNSET)
        supplier: list[CreateFinancialTransactionResponse200SupplierItem] | Unset = UNSET
        if _supplier is not UNSET:
            supplier = []
            for supplier_item_data in _supplier:
                supplier_item = CreateFinancialTransactionResponse200SupplierItem.from_dict(supplier_item_data)

                supplier.append(supplier_item)

        supplier_id = d.pop("supplier_id", UNSET)

        target_type_id = d.pop("target_type_id", UNSET)

        type_id = d.pop("type_id", UNSET)

        create_financial_transaction_response_200 = cls(
            account=account,
            account_id=account_id,
            amount=amount,
            client=client,
            client_id=client_id,
            comment=comment,
            date=date,
            document_id=document_id,
            expense=expense,
            expense_id=expense_id,
            goods_transaction_id=goods_transaction_id,
            id=id,
            item_id=item_id,
            master=master,
            master_id=master_id,
            record_id=record_id,
            supplier=supplier,
            supplier_id=supplier_id,
            target_type_id=target_type_id,
            type_id=type_id,
        )

        create_financial_transaction_response_200.additional_properties = d
        return create_financial_transaction_response_200

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
