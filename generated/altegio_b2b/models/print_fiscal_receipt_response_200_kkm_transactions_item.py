from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import timestamps as _timestamps
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.print_fiscal_receipt_response_200_kkm_transactions_item_cashier import (
        PrintFiscalReceiptResponse200KkmTransactionsItemCashier,
    )
    from ..models.print_fiscal_receipt_response_200_kkm_transactions_item_document import (
        PrintFiscalReceiptResponse200KkmTransactionsItemDocument,
    )
    from ..models.print_fiscal_receipt_response_200_kkm_transactions_item_status import (
        PrintFiscalReceiptResponse200KkmTransactionsItemStatus,
    )
    from ..models.print_fiscal_receipt_response_200_kkm_transactions_item_type import (
        PrintFiscalReceiptResponse200KkmTransactionsItemType,
    )


T = TypeVar("T", bound="PrintFiscalReceiptResponse200KkmTransactionsItem")


@_attrs_define
class PrintFiscalReceiptResponse200KkmTransactionsItem:
    """
    Attributes:
        id (int | Unset): Transaction ID
        print_date (datetime.datetime | Unset): Check printing date
        printed_count (float | Unset): Number of checks printed
        sum_ (int | Unset): Sum
        type_ (PrintFiscalReceiptResponse200KkmTransactionsItemType | Unset): Type of transaction
        status (PrintFiscalReceiptResponse200KkmTransactionsItemStatus | Unset): Receipt printing status
        document (PrintFiscalReceiptResponse200KkmTransactionsItemDocument | Unset): Transaction document
        cashier (PrintFiscalReceiptResponse200KkmTransactionsItemCashier | Unset): Cashier
    """

    id: int | Unset = UNSET
    print_date: datetime.datetime | Unset = UNSET
    printed_count: float | Unset = UNSET
    sum_: int | Unset = UNSET
    type_: PrintFiscalReceiptResponse200KkmTransactionsItemType | Unset = UNSET
    status: PrintFiscalReceiptResponse200KkmTransactionsItemStatus | Unset = UNSET
    document: PrintFiscalReceiptResponse200KkmTransactionsItemDocument | Unset = UNSET
    cashier: PrintFiscalReceiptResponse200KkmTransactionsItemCashier | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        print_date: str | Unset = UNSET
        if not isinstance(self.print_date, Unset):
            print_date = self.print_date.isoformat()

        printed_count = self.printed_count

        sum_ = self.sum_

        type_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.to_dict()

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        document: dict[str, Any] | Unset = UNSET
        if not isinstance(self.document, Unset):
            document = self.document.to_dict()

        cashier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cashier, Unset):
            cashier = self.cashier.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if print_date is not UNSET:
            field_dict["print_date"] = print_date
        if printed_count is not UNSET:
            field_dict["printed_count"] = printed_count
        if sum_ is not UNSET:
            field_dict["sum"] = sum_
        if type_ is not UNSET:
            field_dict["type"] = type_
        if status is not UNSET:
            field_dict["status"] = status
        if document is not UNSET:
            field_dict["document"] = document
        if cashier is not UNSET:
            field_dict["cashier"] = cashier

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.print_fiscal_receipt_response_200_kkm_transactions_item_cashier import (
            PrintFiscalReceiptResponse200KkmTransactionsItemCashier,  # noqa: PLC0415
        )
        from ..models.print_fiscal_receipt_response_200_kkm_transactions_item_document import (
            PrintFiscalReceiptResponse200KkmTransactionsItemDocument,  # noqa: PLC0415
        )
        from ..models.print_fiscal_receipt_response_200_kkm_transactions_item_status import (
            PrintFiscalReceiptResponse200KkmTransactionsItemStatus,  # noqa: PLC0415
        )
        from ..models.print_fiscal_receipt_response_200_kkm_transactions_item_type import (
            PrintFiscalReceiptResponse200KkmTransactionsItemType,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _print_date = d.pop("print_date", UNSET)
        print_date: datetime.datetime | Unset
        if isinstance(_print_date, Unset):
            print_date = UNSET
        else:
            print_date = _timestamps.parse_datetime(_print_date)

        printed_count = d.pop("printed_count", UNSET)

        sum_ = d.pop("sum", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: PrintFiscalReceiptResponse200KkmTransactionsItemType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = PrintFiscalReceiptResponse200KkmTransactionsItemType.from_dict(_type_)

        _status = d.pop("status", UNSET)
        status: PrintFiscalReceiptResponse200KkmTransactionsItemStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = PrintFiscalReceiptResponse200KkmTransactionsItemStatus.from_dict(_status)

        _document = d.pop("document", UNSET)
        document: PrintFiscalReceiptResponse200KkmTransactionsItemDocument | Unset
        if isinstance(_document, Unset):
            document = UNSET
        else:
            document = PrintFiscalReceiptResponse200KkmTransactionsItemDocument.from_dict(_document)

        _cashier = d.pop("cashier", UNSET)
        cashier: PrintFiscalReceiptResponse200KkmTransactionsItemCashier | Unset
        if isinstance(_cashier, Unset):
            cashier = UNSET
        else:
            cashier = PrintFiscalReceiptResponse200KkmTransactionsItemCashier.from_dict(_cashier)

        _model = cls(
            id=id,
            print_date=print_date,
            printed_count=printed_count,
            sum_=sum_,
            type_=type_,
            status=status,
            document=document,
            cashier=cashier,
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
