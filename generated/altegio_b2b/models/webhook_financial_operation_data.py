from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import timestamps as _timestamps
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_financial_operation_data_account import WebhookFinancialOperationDataAccount
    from ..models.webhook_financial_operation_data_client import WebhookFinancialOperationDataClient
    from ..models.webhook_financial_operation_data_expense import WebhookFinancialOperationDataExpense
    from ..models.webhook_financial_operation_data_master import WebhookFinancialOperationDataMaster
    from ..models.webhook_financial_operation_data_record import WebhookFinancialOperationDataRecord
    from ..models.webhook_financial_operation_data_supplier import WebhookFinancialOperationDataSupplier


T = TypeVar("T", bound="WebhookFinancialOperationData")


@_attrs_define
class WebhookFinancialOperationData:
    """Financial transaction data sent in webhook notifications. Includes default relations (expense, master, supplier,
    account, client) and webhook-specific includes (record, client.email). May optionally include
    payment_system_transaction_ids if the feature is enabled for the location.

        Attributes:
            id (int | Unset): Transaction ID.
            document_id (int | Unset):
            date (datetime.datetime | None | Unset):
            amount (float | Unset):
            comment (str | Unset):
            last_change_date (datetime.datetime | None | Unset):
            record_id (int | Unset):
            visit_id (int | Unset):
            sold_item_id (int | Unset):
            sold_item_type (str | Unset):
            expense (WebhookFinancialOperationDataExpense | Unset): Expense category.
            master (WebhookFinancialOperationDataMaster | Unset): Team member.
            supplier (WebhookFinancialOperationDataSupplier | Unset): Supplier.
            account (WebhookFinancialOperationDataAccount | Unset): Payment account.
            client (WebhookFinancialOperationDataClient | Unset): Client with email included.
            record (WebhookFinancialOperationDataRecord | Unset): Linked appointment (compact).
            payment_system_transaction_ids (list[str] | Unset): Payment system transaction IDs (optional, feature-flagged).
    """

    id: int | Unset = UNSET
    document_id: int | Unset = UNSET
    date: datetime.datetime | None | Unset = UNSET
    amount: float | Unset = UNSET
    comment: str | Unset = UNSET
    last_change_date: datetime.datetime | None | Unset = UNSET
    record_id: int | Unset = UNSET
    visit_id: int | Unset = UNSET
    sold_item_id: int | Unset = UNSET
    sold_item_type: str | Unset = UNSET
    expense: WebhookFinancialOperationDataExpense | Unset = UNSET
    master: WebhookFinancialOperationDataMaster | Unset = UNSET
    supplier: WebhookFinancialOperationDataSupplier | Unset = UNSET
    account: WebhookFinancialOperationDataAccount | Unset = UNSET
    client: WebhookFinancialOperationDataClient | Unset = UNSET
    record: WebhookFinancialOperationDataRecord | Unset = UNSET
    payment_system_transaction_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        document_id = self.document_id

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, datetime.datetime):
            date = self.date.isoformat()
        else:
            date = self.date

        amount = self.amount

        comment = self.comment

        last_change_date: None | str | Unset
        if isinstance(self.last_change_date, Unset):
            last_change_date = UNSET
        elif isinstance(self.last_change_date, datetime.datetime):
            last_change_date = self.last_change_date.isoformat()
        else:
            last_change_date = self.last_change_date

        record_id = self.record_id

        visit_id = self.visit_id

        sold_item_id = self.sold_item_id

        sold_item_type = self.sold_item_type

        expense: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expense, Unset):
            expense = self.expense.to_dict()

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

        record: dict[str, Any] | Unset = UNSET
        if not isinstance(self.record, Unset):
            record = self.record.to_dict()

        payment_system_transaction_ids: list[str] | Unset = UNSET
        if not isinstance(self.payment_system_transaction_ids, Unset):
            payment_system_transaction_ids = self.payment_system_transaction_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if document_id is not UNSET:
            field_dict["document_id"] = document_id
        if date is not UNSET:
            field_dict["date"] = date
        if amount is not UNSET:
            field_dict["amount"] = amount
        if comment is not UNSET:
            field_dict["comment"] = comment
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
        if expense is not UNSET:
            field_dict["expense"] = expense
        if master is not UNSET:
            field_dict["master"] = master
        if supplier is not UNSET:
            field_dict["supplier"] = supplier
        if account is not UNSET:
            field_dict["account"] = account
        if client is not UNSET:
            field_dict["client"] = client
        if record is not UNSET:
            field_dict["record"] = record
        if payment_system_transaction_ids is not UNSET:
            field_dict["payment_system_transaction_ids"] = payment_system_transaction_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_financial_operation_data_account import WebhookFinancialOperationDataAccount  # noqa: PLC0415
        from ..models.webhook_financial_operation_data_client import WebhookFinancialOperationDataClient  # noqa: PLC0415
        from ..models.webhook_financial_operation_data_expense import WebhookFinancialOperationDataExpense  # noqa: PLC0415
        from ..models.webhook_financial_operation_data_master import WebhookFinancialOperationDataMaster  # noqa: PLC0415
        from ..models.webhook_financial_operation_data_record import WebhookFinancialOperationDataRecord  # noqa: PLC0415
        from ..models.webhook_financial_operation_data_supplier import WebhookFinancialOperationDataSupplier  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        document_id = d.pop("document_id", UNSET)

        def _parse_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_type_0 = _timestamps.parse_datetime(data)

                return date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date = _parse_date(d.pop("date", UNSET))

        amount = d.pop("amount", UNSET)

        comment = d.pop("comment", UNSET)

        def _parse_last_change_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_change_date_type_0 = _timestamps.parse_datetime(data)

                return last_change_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_change_date = _parse_last_change_date(d.pop("last_change_date", UNSET))

        record_id = d.pop("record_id", UNSET)

        visit_id = d.pop("visit_id", UNSET)

        sold_item_id = d.pop("sold_item_id", UNSET)

        sold_item_type = d.pop("sold_item_type", UNSET)

        _expense = d.pop("expense", UNSET)
        expense: WebhookFinancialOperationDataExpense | Unset
        if isinstance(_expense, Unset):
            expense = UNSET
        else:
            expense = WebhookFinancialOperationDataExpense.from_dict(_expense)

        _master = d.pop("master", UNSET)
        master: WebhookFinancialOperationDataMaster | Unset
        if isinstance(_master, Unset):
            master = UNSET
        else:
            master = WebhookFinancialOperationDataMaster.from_dict(_master)

        _supplier = d.pop("supplier", UNSET)
        supplier: WebhookFinancialOperationDataSupplier | Unset
        if isinstance(_supplier, Unset):
            supplier = UNSET
        else:
            supplier = WebhookFinancialOperationDataSupplier.from_dict(_supplier)

        _account = d.pop("account", UNSET)
        account: WebhookFinancialOperationDataAccount | Unset
        if isinstance(_account, Unset):
            account = UNSET
        else:
            account = WebhookFinancialOperationDataAccount.from_dict(_account)

        _client = d.pop("client", UNSET)
        client: WebhookFinancialOperationDataClient | Unset
        if isinstance(_client, Unset):
            client = UNSET
        else:
            client = WebhookFinancialOperationDataClient.from_dict(_client)

        _record = d.pop("record", UNSET)
        record: WebhookFinancialOperationDataRecord | Unset
        if isinstance(_record, Unset):
            record = UNSET
        else:
            record = WebhookFinancialOperationDataRecord.from_dict(_record)

        payment_system_transaction_ids = cast(list[str], d.pop("payment_system_transaction_ids", UNSET))

        _model = cls(
            id=id,
            document_id=document_id,
            date=date,
            amount=amount,
            comment=comment,
            last_change_date=last_change_date,
            record_id=record_id,
            visit_id=visit_id,
            sold_item_id=sold_item_id,
            sold_item_type=sold_item_type,
            expense=expense,
            master=master,
            supplier=supplier,
            account=account,
            client=client,
            record=record,
            payment_system_transaction_ids=payment_system_transaction_ids,
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
