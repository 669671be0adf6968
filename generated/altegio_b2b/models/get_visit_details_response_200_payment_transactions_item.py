from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import timestamps as _timestamps
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_visit_details_response_200_payment_transactions_item_account import (
        GetVisitDetailsResponse200PaymentTransactionsItemAccount,
    )
    from ..models.get_visit_details_response_200_payment_transactions_item_client import (
        GetVisitDetailsResponse200PaymentTransactionsItemClient,
    )
    from ..models.get_visit_details_response_200_payment_transactions_item_expense import (
        GetVisitDetailsResponse200PaymentTransactionsItemExpense,
    )
    from ..models.get_visit_details_response_200_payment_transactions_item_master_item import (
        GetVisitDetailsResponse200PaymentTransactionsItemMasterItem,
    )
    from ..models.get_visit_details_response_200_payment_transactions_item_supplier_item import (
        GetVisitDetailsResponse200PaymentTransactionsItemSupplierItem,
    )


T = TypeVar("T", bound="GetVisitDetailsResponse200PaymentTransactionsItem")


@_attrs_define
class GetVisitDetailsResponse200PaymentTransactionsItem:
    """
    Attributes:
        id (int | Unset): Payment transaction ID
        document_id (int | Unset): Document ID
        date (datetime.datetime | Unset): Transaction date
        type_id (int | Unset): Transaction type
        expense_id (int | Unset): Payment Item ID
        account_id (int | Unset): Checkout ID
        amount (float | Unset): Payment amount
        client_id (int | Unset): Client ID
        master_id (int | Unset): team member ID
        supplier_id (int | Unset): Vendor ID
        comment (str | Unset): A comment
        item_id (int | Unset): Item ID
        target_type_id (int | Unset):
        record_id (int | Unset): Appointment ID
        goods_transaction_id (int | Unset): Commodity transaction ID
        expense (GetVisitDetailsResponse200PaymentTransactionsItemExpense | Unset): Payment item
        account (GetVisitDetailsResponse200PaymentTransactionsItemAccount | Unset): Location account
        client (GetVisitDetailsResponse200PaymentTransactionsItemClient | Unset): Customer
        master (list[GetVisitDetailsResponse200PaymentTransactionsItemMasterItem] | Unset): team member
        supplier (list[GetVisitDetailsResponse200PaymentTransactionsItemSupplierItem] | Unset): The supplier
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
    expense: GetVisitDetailsResponse200PaymentTransactionsItemExpense | Unset = UNSET
    account: GetVisitDetailsResponse200PaymentTransactionsItemAccount | Unset = UNSET
    client: GetVisitDetailsResponse200PaymentTransactionsItemClient | Unset = UNSET
    master: list[GetVisitDetailsResponse200PaymentTransactionsItemMasterItem] | Unset = UNSET
    supplier: list[GetVisitDetailsResponse200PaymentTransactionsItemSupplierItem] | Unset = UNSET
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

        expense: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expense, Unset):
            expense = self.expense.to_dict()

        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        client: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client, Unset):
            client = self.client.to_dict()

        master: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.master, Unset):
            master = []
            for master_item_data in self.master:
                master_item = master_item_data.to_dict()
                master.append(master_item)

        supplier: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.supplier, Unset):
            supplier = []
            for supplier_item_data in self.supplier:
                supplier_item = supplier_item_data.to_dict()
                supplier.append(supplier_item)

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
        if expense is not UNSET:
            field_dict["expense"] = expense
        if account is not UNSET:
            field_dict["account"] = account
        if client is not UNSET:
            field_dict["client"] = client
        if master is not UNSET:
            field_dict["master"] = master
        if supplier is not UNSET:
            field_dict["supplier"] = supplier

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_visit_details_response_200_payment_transactions_item_account import (
            GetVisitDetailsResponse200PaymentTransactionsItemAccount,  # noqa: PLC0415
        )
        from ..models.get_visit_details_response_200_payment_transactions_item_client import (
            GetVisitDetailsResponse200PaymentTransactionsItemClient,  # noqa: PLC0415
        )
        from ..models.get_visit_details_response_200_payment_transactions_item_expense import (
            GetVisitDetailsResponse200PaymentTransactionsItemExpense,  # noqa: PLC0415
        )
        from ..models.get_visit_details_response_200_payment_transactions_item_master_item import (
            GetVisitDetailsResponse200PaymentTransactionsItemMasterItem,  # noqa: PLC0415
        )
        from ..models.get_visit_details_response_200_payment_transactions_item_supplier_item import (
            GetVisitDetailsResponse200PaymentTransactionsItemSupplierItem,  # noqa: PLC0415
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

        _expense = d.pop("expense", UNSET)
        expense: GetVisitDetailsResponse200PaymentTransactionsItemExpense | Unset
        if isinstance(_expense, Unset):
            expense = UNSET
        else:
            expense = GetVisitDetailsResponse200PaymentTransactionsItemExpense.from_dict(_expense)

        _account = d.pop("account", UNSET)
        account: GetVisitDetailsResponse200PaymentTransactionsItemAccount | Unset
        if isinstance(_account, Unset):
            account = UNSET
        else:
            account = GetVisitDetailsResponse200PaymentTransactionsItemAccount.from_dict(_account)

        _client = d.pop("client", UNSET)
        client: GetVisitDetailsResponse200PaymentTransactionsItemClient | Unset
        if isinstance(_client, Unset):
            client = UNSET
        else:
            client = GetVisitDetailsResponse200PaymentTransactionsItemClient.from_dict(_client)

        _master = d.pop("master", UNSET)
        master: list[GetVisitDetailsResponse200PaymentTransactionsItemMasterItem] | Unset = UNSET
        if _master is not UNSET:
            master = []
            for master_item_data in _master:
                master_item = GetVisitDetailsResponse200PaymentTransactionsItemMasterItem.from_dict(master_item_data)

                master.append(master_item)

        _supplier = d.pop("supplier", UNSET)
        supplier: list[GetVisitDetailsResponse200PaymentTransactionsItemSupplierItem] | Unset = UNSET
        if _supplier is not UNSET:
            supplier = []
            for supplier_item_data in _supplier:
                supplier_item = GetVisitDetailsResponse200PaymentTransactionsItemSupplierItem.from_dict(
                    supplier_item_data
                )

                supplier.append(supplier_item)

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
            expense=expense,
            account=account,
            client=client,
            master=master,
            supplier=supplier,
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
