from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import timestamps as _timestamps
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_financial_transaction_response_200_item_account import (
        UpdateFinancialTransactionResponse200ItemAccount,
    )
    from ..models.update_financial_transaction_response_200_item_client import (
        UpdateFinancialTransactionResponse200ItemClient,
    )
    from ..models.update_financial_transaction_response_200_item_expense import (
        UpdateFinancialTransactionResponse200ItemExpense,
    )
    from ..models.update_financial_transaction_response_200_item_master import (
        UpdateFinancialTransactionResponse200ItemMaster,
    )
    from ..models.update_financial_transaction_response_200_item_supplier import (
        UpdateFinancialTransactionResponse200ItemSupplier,
    )


T = TypeVar("T", bound="UpdateFinancialTransactionResponse200Item")


@_attrs_define
class UpdateFinancialTransactionResponse200Item:
    """
    Attributes:
        id (int | Unset): Transaction ID
        document_id (int | Unset): Document ID
        expense (UpdateFinancialTransactionResponse200ItemExpense | Unset): Payment type
        date (datetime.datetime | Unset): Transaction creation date
        amount (float | Unset): Transaction amount
        comment (str | Unset): A comment
        master (UpdateFinancialTransactionResponse200ItemMaster | Unset): Team Member
        supplier (UpdateFinancialTransactionResponse200ItemSupplier | Unset): counterparty
        account (UpdateFinancialTransactionResponse200ItemAccount | Unset): Location account
        client (UpdateFinancialTransactionResponse200ItemClient | Unset): Customer
        last_change_date (datetime.datetime | Unset): Last modified date
        record_id (int | Unset): Appointment ID
        visit_id (int | Unset): Visit ID
        sold_item_id (int | Unset): Identifier of the sold product/service
        sold_item_type (float | Unset): Sale entity type (product/service)
    """

    id: int | Unset = UNSET
    document_id: int | Unset = UNSET
    expense: UpdateFinancialTransactionResponse200ItemExpense | Unset = UNSET
    date: datetime.datetime | Unset = UNSET
    amount: float | Unset = UNSET
    comment: str | Unset = UNSET
    master: UpdateFinancialTransactionResponse200ItemMaster | Unset = UNSET
    supplier: UpdateFinancialTransactionResponse200ItemSupplier | Unset = UNSET
    account: UpdateFinancialTransactionResponse200ItemAccount | Unset = UNSET
    client: UpdateFinancialTransactionResponse200ItemClient | Unset = UNSET
    last_change_date: datetime.datetime | Unset = UNSET
    record_id: int | Unset = UNSET
    visit_id: int | Unset = UNSET
    sold_item_id: int | Unset = UNSET
    sold_item_type: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        document_id = self.document_id

        expense: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expense, Unset):
            expense = self.expense.to_dict()

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        amount = self.amount

        comment = self.comment

        master: dict[str, Any] | Unset = UNSET
        if not isinstance(self.master, Unset):
            master = self.master.to_dict()

        supplier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.supplier, Unset):
            supplier = self.supplier.to_dict()

        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        client: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client, Unset):
            client = self.client.to_dict()

        last_change_date: str | Unset = UNSET
        if not isinstance(self.last_change_date, Unset):
            last_change_date = self.last_change_date.isoformat()

        record_id = self.record_id

        visit_id = self.visit_id

        sold_item_id = self.sold_item_id

        sold_item_type = self.sold_item_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if document_id is not UNSET:
            field_dict["document_id"] = document_id
        if expense is not UNSET:
            field_dict["expense"] = expense
        if date is not UNSET:
            field_dict["date"] = date
        if amount is not UNSET:
            field_dict["amount"] = amount
        if comment is not UNSET:
            field_dict["comment"] = comment
        if master is not UNSET:
            field_dict["master"] = master
        if supplier is not UNSET:
            field_dict["supplier"] = supplier
        if account is not UNSET:
            field_dict["account"] = account
        if client is not UNSET:
            field_dict["client"] = client
        if last_change_date is not UNSET:
            field_dict["last_change_date"] = last_change_date
        if record_id is not UNSET:
            field_dict["record_id"] = record_id
        if visit_id is not UNSET:
            field_dict["visit_id"] = visit_id
        if sold_item_id is not UNSET:
            field_dict["sold_item_id"] = sold_item_id
        if sold_item_type is not UNSET:
            field_dict["sold_item_type"] = sold_item_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_financial_transaction_response_200_item_account import (
            UpdateFinancialTransactionResponse200ItemAccount,  # noqa: PLC0415
        )
        from ..models.update_financial_transaction_response_200_item_client import (
            UpdateFinancialTransactionResponse200ItemClient,  # noqa: PLC0415
        )
        from ..models.update_financial_transaction_response_200_item_expense import (
            UpdateFinancialTransactionResponse200ItemExpense,  # noqa: PLC0415
        )
        from ..models.update_financial_transaction_response_200_item_master import (
            UpdateFinancialTransactionResponse200ItemMaster,  # noqa: PLC0415
        )
        from ..models.update_financial_transaction_response_200_item_supplier import (
            UpdateFinancialTransactionResponse200ItemSupplier,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        document_id = d.pop("document_id", UNSET)

        _expense = d.pop("expense", UNSET)
        expense: UpdateFinancialTransactionResponse200ItemExpense | Unset
        if isinstance(_expense, Unset):
            expense = UNSET
        else:
            expense = UpdateFinancialTransactionResponse200ItemExpense.from_dict(_expense)

        _date = d.pop("date", UNSET)
        date: datetime.datetime | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = _timestamps.parse_datetime(_date)

        amount = d.pop("amount", UNSET)

        comment = d.pop("comment", UNSET)

        _master = d.pop("master", UNSET)
        master: UpdateFinancialTransactionResponse200ItemMaster | Unset
        if isinstance(_master, Unset):
            master = UNSET
        else:
            master = UpdateFinancialTransactionResponse200ItemMaster.from_dict(_master)

        _supplier = d.pop("supplier", UNSET)
        supplier: UpdateFinancialTransactionResponse200ItemSupplier | Unset
        if isinstance(_supplier, Unset):
            supplier = UNSET
        else:
            supplier = UpdateFinancialTransactionResponse200ItemSupplier.from_dict(_supplier)

        _account = d.pop("account", UNSET)
        account: UpdateFinancialTransactionResponse200ItemAccount | Unset
        if isinstance(_account, Unset):
            account = UNSET
        else:
            account = UpdateFinancialTransactionResponse200ItemAccount.from_dict(_account)

        _client = d.pop("client", UNSET)
        client: UpdateFinancialTransactionResponse200ItemClient | Unset
        if isinstance(_client, Unset):
            client = UNSET
        else:
            client = UpdateFinancialTransactionResponse200ItemClient.from_dict(_client)

        _last_change_date = d.pop("last_change_date", UNSET)
        last_change_date: datetime.datetime | Unset
        if isinstance(_last_change_date, Unset):
            last_change_date = UNSET
        else:
            last_change_date = _timestamps.parse_datetime(_last_change_date)

        record_id = d.pop("record_id", UNSET)

        visit_id = d.pop("visit_id", UNSET)

        sold_item_id = d.pop("sold_item_id", UNSET)

        sold_item_type = d.pop("sold_item_type", UNSET)

        _model = cls(
            id=id,
            document_id=document_id,
            expense=expense,
            date=date,
            amount=amount,
            comment=comment,
            master=master,
            supplier=supplier,
            account=account,
            client=client,
            last_change_date=last_change_date,
            record_id=record_id,
            visit_id=visit_id,
            sold_item_id=sold_item_id,
            sold_item_type=sold_item_type,
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
