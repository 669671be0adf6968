from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_day_end_report_data_response_200z_data_1481101200_item_masters_item_service_item_transactions_item import (
        GetDayEndReportDataResponse200ZData1481101200ItemMastersItemServiceItemTransactionsItem,
    )


T = TypeVar("T", bound="GetDayEndReportDataResponse200ZData1481101200ItemMastersItemServiceItem")


@_attrs_define
class GetDayEndReportDataResponse200ZData1481101200ItemMastersItemServiceItem:
    """
    Attributes:
        item_title (str | Unset): Service name
        first_cost (float | Unset): Initial cost
        discount (float | Unset): Discount
        result_cost (float | Unset): the total cost
        transactions (list[GetDayEndReportDataResponse200ZData1481101200ItemMastersItemServiceItemTransactionsItem] |
            Unset): Transactions
    """

    item_title: str | Unset = UNSET
    first_cost: float | Unset = UNSET
    discount: float | Unset = UNSET
    result_cost: float | Unset = UNSET
    transactions: (
        list[GetDayEndReportDataResponse200ZData1481101200ItemMastersItemServiceItemTransactionsItem] | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item_title = self.item_title

        first_cost = self.first_cost

        discount = self.discount

        result_cost = self.result_cost

        transactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.transactions, Unset):
            transactions = []
            for transactions_item_data in self.transactions:
                transactions_item = transactions_item_data.to_dict()
                transactions.append(transactions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if item_title is not UNSET:
            field_dict["item_title"] = item_title
        if first_cost is not UNSET:
            field_dict["first_cost"] = first_cost
        if discount is not UNSET:
            field_dict["discount"] = discount
        if result_cost is not UNSET:
            field_dict["result_cost"] = result_cost
        if transactions is not UNSET:
            field_dict["transactions"] = transactions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_day_end_report_data_response_200z_data_1481101200_item_masters_item_service_item_transactions_item import (
            GetDayEndReportDataResponse200ZData1481101200ItemMastersItemServiceItemTransactionsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        item_title = d.pop("item_title", UNSET)

        first_cost = d.pop("first_cost", UNSET)

        discount = d.pop("discount", UNSET)

        result_cost = d.pop("result_cost", UNSET)

        _transactions = d.pop("transactions", UNSET)
        transactions: (
            list[GetDayEndReportDataResponse200ZData1481101200ItemMastersItemServiceItemTransactionsItem] | Unset
        ) = UNSET
        if _transactions is not UNSET:
            transactions = []
            for transactions_item_data in _transactions:
                transactions_item = (
                    GetDayEndReportDataResponse200ZData1481101200ItemMastersItemServiceItemTransactionsItem.from_dict(
                        transactions_item_data
                    )
                )

                transactions.append(transactions_item)

        _model = cls(
            item_title=item_title,
            first_cost=first_cost,
            discount=discount,
            result_cost=result_cost,
            transactions=transactions,
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
