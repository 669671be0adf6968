from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.print_fiscal_receipt_response_200_bill_json_item_type_0 import (
        PrintFiscalReceiptResponse200BillJsonItemType0,
    )
    from ..models.print_fiscal_receipt_response_200_kkm_transactions_item import (
        PrintFiscalReceiptResponse200KkmTransactionsItem,
    )


T = TypeVar("T", bound="PrintFiscalReceiptResponse200")


@_attrs_define
class PrintFiscalReceiptResponse200:
    """Array of objects with data

    Attributes:
        kkm_type (int | Unset): Type of KKM operation
        kkm_transactions (list[PrintFiscalReceiptResponse200KkmTransactionsItem] | Unset):
        status (int | Unset):
        bill_json (list[list[Any] | PrintFiscalReceiptResponse200BillJsonItemType0] | Unset):
    """

    kkm_type: int | Unset = UNSET
    kkm_transactions: list[PrintFiscalReceiptResponse200KkmTransactionsItem] | Unset = UNSET
    status: int | Unset = UNSET
    bill_json: list[list[Any] | PrintFiscalReceiptResponse200BillJsonItemType0] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.print_fiscal_receipt_response_200_bill_json_item_type_0 import (
            PrintFiscalReceiptResponse200BillJsonItemType0,  # noqa: PLC0415
        )

        kkm_type = self.kkm_type

        kkm_transactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.kkm_transactions, Unset):
            kkm_transactions = []
            for kkm_transactions_item_data in self.kkm_transactions:
                kkm_transactions_item = kkm_transactions_item_data.to_dict()
                kkm_transactions.append(kkm_transactions_item)

        status = self.status

        bill_json: list[dict[str, Any] | list[Any]] | Unset = UNSET
        if not isinstance(self.bill_json, Unset):
            bill_json = []
            for bill_json_item_data in self.bill_json:
                bill_json_item: dict[str, Any] | list[Any]
                if isinstance(bill_json_item_data, PrintFiscalReceiptResponse200BillJsonItemType0):
                    bill_json_item = bill_json_item_data.to_dict()
                else:
                    bill_json_item = bill_json_item_data

                bill_json.append(bill_json_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if kkm_type is not UNSET:
            field_dict["kkm_type"] = kkm_type
        if kkm_transactions is not UNSET:
            field_dict["kkm_transactions"] = kkm_transactions
        if status is not UNSET:
            field_dict["status"] = status
        if bill_json is not UNSET:
            field_dict["bill_json"] = bill_json

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.print_fiscal_receipt_response_200_bill_json_item_type_0 import (
            PrintFiscalReceiptResponse200BillJsonItemType0,  # noqa: PLC0415
        )
        from ..models.print_fiscal_receipt_response_200_kkm_transactions_item import (
            PrintFiscalReceiptResponse200KkmTransactionsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        kkm_type = d.pop("kkm_type", UNSET)

        _kkm_transactions = d.pop("kkm_transactions", UNSET)
        kkm_transactions: list[PrintFiscalReceiptResponse200KkmTransactionsItem] | Unset = UNSET
        if _kkm_transactions is not UNSET:
            kkm_transactions = []
            for kkm_transactions_item_data in _kkm_transactions:
                kkm_transactions_item = PrintFiscalReceiptResponse200KkmTransactionsItem.from_dict(
                    kkm_transactions_item_data
                )

                kkm_transactions.append(kkm_transactions_item)

        status = d.pop("status", UNSET)

        _bill_json = d.pop("bill_json", UNSET)
        bill_json: list[list[Any] | PrintFiscalReceiptResponse200BillJsonItemType0] | Unset = UNSET
        if _bill_json is not UNSET:
            bill_json = []
            for bill_json_item_data in _bill_json:

                def _parse_bill_json_item(data: object) -> list[Any] | PrintFiscalReceiptResponse200BillJsonItemType0:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        bill_json_item_type_0 = PrintFiscalReceiptResponse200BillJsonItemType0.from_dict(data)

                        return bill_json_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, list):
                        raise TypeError()
                    bill_json_item_type_1 = cast(list[Any], data)

                    return bill_json_item_type_1

                bill_json_item = _parse_bill_json_item(bill_json_item_data)

                bill_json.append(bill_json_item)

        _model = cls(
            kkm_type=kkm_type,
            kkm_transactions=kkm_transactions,
            status=status,
            bill_json=bill_json,
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
