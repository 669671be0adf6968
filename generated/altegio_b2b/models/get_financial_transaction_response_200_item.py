from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_financial_transaction_response_200_item_account import (
        GetFinancialTransactionResponse200ItemAccount,
    )
    from ..models.get_financial_transaction_response_200_item_client import GetFinancialTransactionResponse200ItemClient
    from ..models.get_financial_transaction_response_200_item_expense import (
        GetFinancialTransactionResponse200ItemExpense,
    )
    from ..models.get_financial_transaction_response_200_item_master import GetFinancialTransactionResponse200ItemMaster
    from ..models.get_financial_transaction_response_200_item_supplier import (
        GetFinancialTransactionResponse200ItemSupplier,
    )


T = TypeVar("T", bound="GetFinancialTransactionResponse200Item")


@_attrs_define
class GetFinancialTransactionResponse200Item:
    """
    Attributes:
        account (GetFinancialTransactionResponse200ItemAccount | Unset): Location account
        amount (float | Unset): Transaction amount
        client (GetFinancialTransactionResponse200ItemClient | Unset): Customer
        comment (str | Unset): A comment
        date (datetime.datetime | Unset): Transaction creation date
        document_id (int | Unset): Document ID
        expense (GetFinancialTransactionResponse200ItemExpense | Unset): Payment type
        id (int | Unset): Transaction ID
        last_change_date (datetime.datetime | Unset): Last modified date
        master (GetFinancialTransactionResponse200ItemMaster | Unset): Team Member
        record_id (int | Unset): Appointment ID
        sold_item_id (int | Unset): Identifier of the sold product/service
        sold_item_type (float | Unset): Sale entity type (product/service)
        supplier (GetFinancialTransactionResponse200ItemSupplier | Unset): counterparty
        visit_id (int | Unset): Visit ID
    """

    account: GetFinancialTransactionResponse200ItemAccount | Unset = UNSET
    amount: float | Unset = UNSET
    client: GetFinancialTransactionResponse200ItemClient | Unset = UNSET
    comment: str | Unset = UNSET
    date: datetime.datetime | Unset = UNSET
    document_id: int | Unset = UNSET
    expense: GetFinancialTransactionResponse200ItemExpense | Unset = UNSET
    id: int | Unset = UNSET
    last_change_date: datetime.datetime | Unset = UNSET
    master: GetFinancialTransactionResponse200ItemMaster | Unset = UNSET
    record_id: int | Unset = UNSET
    sold_item_id: int | Unset = UNSET
    sold_item_type: float | Unset = UNSET
    supplier: GetFinancialTransactionResponse200ItemSupplier | Unset = UNSET
    visit_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        amount = self.amount

        client: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client, Unset):
            client = self.client.to_dict()

        comment = self.comment

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        document_id = self.document_id

        expense: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expense, Unset):
            expense = self.expense.to_dict()

        id = self.id

        last_change_date: str | Unset = UNSET
        if not isinstance(self.last_change_date, Unset):
            last_change_date = self.last_change_date.isoformat()

        master: dict[str, Any] | Unset = UNSET
        if not isinstance(self.master, Unset):
            master = self.master.to_dict()

        record_id = self.record_id

        sold_item_id = self.sold_item_id

        sold_item_type = self.sold_item_type

        supplier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.supplier, Unset):
            supplier = self.supplier.to_dict()

        visit_id = self.visit_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account is not UNSET:
            field_dict["account"] = account
        if amount is not UNSET:
            field_dict["amount"] = amount
        if client is not UNSET:
            field_dict["client"] = client
        if comment is not UNSET:
            field_dict["comment"] = comment
        if date is not UNSET:
            field_dict["date"] = date
        if document_id is not UNSET:
            field_dict["document_id"] = document_id
        if expense is not UNSET:
            field_dict["expense"] = expense
        if id is not UNSET:
            field_dict["id"] = id
        if last_change_date is not UNSET:
            field_dict["last_change_date"] = last_change_date
        if master is not UNSET:
            field_dict["master"] = master
        if record_id is not UNSET:
            field_dict["record_id"] = record_id
        if sold_item_id is not UNSET:
            field_dict["sold_item_id"] = sold_item_id
        if sold_item_type is not UNSET:
            field_dict["sold_item_type"] = sold_item_type
        if supplier is not UNSET:
            field_dict["supplier"] = supplier
        if visit_id is not UNSET:
            field_dict["visit_id"] = visit_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_financial_transaction_response_200_item_account import (
            GetFinancialTransactionResponse200ItemAccount,  # noqa: PLC0415
        )
        from ..models.get_financial_transaction_response_200_item_client import (
            GetFinancialTransactionResponse200ItemClient,  # noqa: PLC0415
        )
        from ..models.get_financial_transaction_response_200_item_expense import (
            GetFinancialTransactionResponse200ItemExpense,  # noqa: PLC0415
        )
        from ..models.get_financial_transaction_response_200_item_master import (
            GetFinancialTransactionResponse200ItemMaster,  # noqa: PLC0415
        )
        from ..models.get_financial_transaction_response_200_item_supplier import (
            GetFinancialTransactionResponse200ItemSupplier,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _account = d.pop("account", UNSET)
        account: GetFinancialTransactionResponse200ItemAccount | Unset
        if isinstance(_account, Unset):
            account = UNSET
        else:
            account = GetFinancialTransactionResponse200ItemAccount.from_dict(_account)

        amount = d.pop("amount", UNSET)

        _client = d.pop("client", UNSET)
        client: GetFinancialTransactionResponse200ItemClient | Unset
        if isinstance(_client, Unset):
            client = UNSET
        else:
            client = GetFinancialTransactionResponse200ItemClient.from_dict(_client)

        comment = d.pop("comment", UNSET)

        _date = d.pop("date", UNSET)
        date: datetime.datetime | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.datetime.fromisoformat(_date)

        document_id = d.pop("document_id", UNSET)

        _expense = d.pop("expense", UNSET)
        expense: GetFinancialTransactionResponse200ItemExpense | Unset
        if isinstance(_expense, Unset):
            expense = UNSET
        else:
            expense = GetFinancialTransactionResponse200ItemExpense.from_dict(_expense)

        id = d.pop("id", UNSET)

        _last_change_date = d.pop("last_change_date", UNSET)
        last_change_date: datetime.datetime | Unset
        if isinstance(_last_change_date, Unset):
            last_change_date = UNSET
        else:
            last_change_date = datetime.datetime.fromisoformat(_last_change_date)

        _master = d.pop("master", UNSET)
        master: GetFinancialTransactionResponse200ItemMaster | Unset
        if isinstance(_master, Unset):
            master = UNSET
        else:
            master = GetFinancialTransactionResponse200ItemMaster.from_dict(_master)

        record_id = d.pop("record_id", UNSET)

        sold_item_id = d.pop("sold_item_id", UNSET)

        sold_item_type = d.pop("sold_item_type", UNSET)

        _supplier = d.pop("supplier", UNSET)
        supplier: GetFinancialTransactionResponse200ItemSupplier | Unset
        if isinstance(_supplier, Unset):
            supplier = UNSET
        else:
            supplier = GetFinancialTransactionResponse200ItemSupplier.from_dict(_supplier)

        visit_id = d.pop("visit_id", UNSET)

        get_financial_transaction_response_200_item = cls(
            account=account,
            amount=amount,
            client=client,
            comment=comment,
            date=date,
            document_id=document_id,
            expense=expense,
            id=id,
            last_change_date=last_change_date,
            master=master,
            record_id=record_id,
            sold_item_id=sold_item_id,
            sold_item_type=sold_item_type,
            supplier=supplier,
            visit_id=visit_id,
        )

        get_financial_transaction_response_200_item.additional_properties = d
        return get_financial_transaction_response_200_item

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
