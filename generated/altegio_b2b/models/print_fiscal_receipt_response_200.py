from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.print_fiscal_receipt_response_200_bill_json_item import PrintFiscalReceiptResponse200BillJsonItem
    from ..models.print_fiscal_receipt_response_200_kkm_transactions_item import (
        PrintFiscalReceiptResponse200KkmTransactionsItem,
    )


T = TypeVar("T", bound="PrintFiscalReceiptResponse200")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "kkm_type",
        "kkm_transactions",
        "status",
        "bill_json",
    }
)
_EXTRA = _fields.ANY
_KIND_kkm_transactions = _fields.ListOf(_fields.Model("PrintFiscalReceiptResponse200KkmTransactionsItem"))
_KIND_bill_json = _fields.ListOf(_fields.Model("PrintFiscalReceiptResponse200BillJsonItem"))


@_attrs_define
class PrintFiscalReceiptResponse200:
    """Array of objects with data

    Attributes:
        kkm_type (int | Unset): Type of KKM operation
        kkm_transactions (list[PrintFiscalReceiptResponse200KkmTransactionsItem] | Unset):
        status (int | Unset):
        bill_json (list[PrintFiscalReceiptResponse200BillJsonItem] | Unset):
    """

    kkm_type: int | Unset = UNSET
    kkm_transactions: list[PrintFiscalReceiptResponse200KkmTransactionsItem] | Unset = UNSET
    status: int | Unset = UNSET
    bill_json: list[PrintFiscalReceiptResponse200BillJsonItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        kkm_type = self.kkm_type
        if type(kkm_type) is not int and kkm_type is not UNSET:
            kkm_type = _fields.write_integer(kkm_type, "kkm_type")
        if kkm_type is not UNSET:
            field_dict["kkm_type"] = kkm_type

        kkm_transactions = self.kkm_transactions
        if kkm_transactions is not UNSET:
            field_dict["kkm_transactions"] = _KIND_kkm_transactions.write_field(kkm_transactions, "kkm_transactions")

        status = self.status
        if type(status) is not int and status is not UNSET:
            status = _fields.write_integer(status, "status")
        if status is not UNSET:
            field_dict["status"] = status

        bill_json = self.bill_json
        if bill_json is not UNSET:
            field_dict["bill_json"] = _KIND_bill_json.write_field(bill_json, "bill_json")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        kkm_type = _get("kkm_type", UNSET)
        if type(kkm_type) is not int and kkm_type is not UNSET:
            kkm_type = _fields.read_integer(kkm_type, "kkm_type")

        kkm_transactions = _get("kkm_transactions", UNSET)
        if kkm_transactions is not UNSET:
            kkm_transactions = _KIND_kkm_transactions.read_field(kkm_transactions, "kkm_transactions")

        status = _get("status", UNSET)
        if type(status) is not int and status is not UNSET:
            status = _fields.read_integer(status, "status")

        bill_json = _get("bill_json", UNSET)
        if bill_json is not UNSET:
            bill_json = _KIND_bill_json.read_field(bill_json, "bill_json")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.kkm_type = kkm_type
        _model.kkm_transactions = kkm_transactions
        _model.status = status
        _model.bill_json = bill_json
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not PrintFiscalReceiptResponse200:
            _fields.init_added_fields(_model, PrintFiscalReceiptResponse200)
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
