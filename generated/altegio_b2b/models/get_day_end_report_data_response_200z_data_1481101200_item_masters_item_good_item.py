from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_day_end_report_data_response_200z_data_1481101200_item_masters_item_good_item_transactions_item import (
        GetDayEndReportDataResponse200ZData1481101200ItemMastersItemGoodItemTransactionsItem,
    )


T = TypeVar("T", bound="GetDayEndReportDataResponse200ZData1481101200ItemMastersItemGoodItem")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "item_title",
        "first_cost",
        "discount",
        "result_cost",
        "transactions",
    }
)
_EXTRA = _fields.ANY
_KIND_transactions = _fields.ListOf(
    _fields.Model("GetDayEndReportDataResponse200ZData1481101200ItemMastersItemGoodItemTransactionsItem")
)


@_attrs_define
class GetDayEndReportDataResponse200ZData1481101200ItemMastersItemGoodItem:
    """
    Attributes:
        item_title (str | Unset): Product Name
        first_cost (float | Unset): Initial cost
        discount (float | Unset): Discount
        result_cost (float | Unset): the total cost
        transactions (list[GetDayEndReportDataResponse200ZData1481101200ItemMastersItemGoodItemTransactionsItem] |
            Unset): Transactions
    """

    item_title: str | Unset = UNSET
    first_cost: float | Unset = UNSET
    discount: float | Unset = UNSET
    result_cost: float | Unset = UNSET
    transactions: list[GetDayEndReportDataResponse200ZData1481101200ItemMastersItemGoodItemTransactionsItem] | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        item_title = self.item_title
        if type(item_title) is not str and item_title is not UNSET:
            item_title = _fields.write_string(item_title, "item_title")
        if item_title is not UNSET:
            field_dict["item_title"] = item_title

        first_cost = self.first_cost
        if first_cost is not UNSET:
            field_dict["first_cost"] = _fields.write_number(first_cost, "first_cost")

        discount = self.discount
        if discount is not UNSET:
            field_dict["discount"] = _fields.write_number(discount, "discount")

        result_cost = self.result_cost
        if result_cost is not UNSET:
            field_dict["result_cost"] = _fields.write_number(result_cost, "result_cost")

        transactions = self.transactions
        if transactions is not UNSET:
            field_dict["transactions"] = _KIND_transactions.write_field(transactions, "transactions")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        item_title = _get("item_title", UNSET)
        if type(item_title) is not str and item_title is not UNSET:
            item_title = _fields.read_string(item_title, "item_title")

        first_cost = _get("first_cost", UNSET)
        if type(first_cost) is not float and type(first_cost) is not int and first_cost is not UNSET:
            first_cost = _fields.read_number(first_cost, "first_cost")

        discount = _get("discount", UNSET)
        if type(discount) is not float and type(discount) is not int and discount is not UNSET:
            discount = _fields.read_number(discount, "discount")

        result_cost = _get("result_cost", UNSET)
        if type(result_cost) is not float and type(result_cost) is not int and result_cost is not UNSET:
            result_cost = _fields.read_number(result_cost, "result_cost")

        transactions = _get("transactions", UNSET)
        if transactions is not UNSET:
            transactions = _KIND_transactions.read_field(transactions, "transactions")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.item_title = item_title
        _model.first_cost = first_cost
        _model.discount = discount
        _model.result_cost = result_cost
        _model.transactions = transactions
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetDayEndReportDataResponse200ZData1481101200ItemMastersItemGoodItem:
            _fields.init_added_fields(_model, GetDayEndReportDataResponse200ZData1481101200ItemMastersItemGoodItem)
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
