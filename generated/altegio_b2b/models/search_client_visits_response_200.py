from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_client_visits_response_200_goods_transactions_item import (
        SearchClientVisitsResponse200GoodsTransactionsItem,
    )
    from ..models.search_client_visits_response_200_records_item import SearchClientVisitsResponse200RecordsItem


T = TypeVar("T", bound="SearchClientVisitsResponse200")


@_attrs_define
class SearchClientVisitsResponse200:
    """Data on customer visits, including appointments and product sales.

    Attributes:
        goods_transactions (list[SearchClientVisitsResponse200GoodsTransactionsItem] | Unset): List of product sales
            transactions.
        records (list[SearchClientVisitsResponse200RecordsItem] | Unset): List of customer appointments.
    """

    goods_transactions: list[SearchClientVisitsResponse200GoodsTransactionsItem] | Unset = UNSET
    records: list[SearchClientVisitsResponse200RecordsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        goods_transactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.goods_transactions, Unset):
            goods_transactions = []
            for goods_transactions_item_data in self.goods_transactions:
                goods_transactions_item = goods_transactions_item_data.to_dict()
                goods_transactions.append(goods_transactions_item)

        records: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.records, Unset):
            records = []
            for records_item_data in self.records:
                records_item = records_item_data.to_dict()
                records.append(records_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if goods_transactions is not UNSET:
            field_dict["goods_transactions"] = goods_transactions
        if records is not UNSET:
            field_dict["records"] = records

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.search_client_visits_response_200_goods_transactions_item import (
            SearchClientVisitsResponse200GoodsTransactionsItem,  # noqa: PLC0415
        )
        from ..models.search_client_visits_response_200_records_item import SearchClientVisitsResponse200RecordsItem  # noqa: PLC0415

        d = dict(src_dict)
        _goods_transactions = d.pop("goods_transactions", UNSET)
        goods_transactions: list[SearchClientVisitsResponse200GoodsTransactionsItem] | Unset = UNSET
        if _goods_transactions is not UNSET:
            goods_transactions = []
            for goods_transactions_item_data in _goods_transactions:
                goods_transactions_item = SearchClientVisitsResponse200GoodsTransactionsItem.from_dict(
                    goods_transactions_item_data
                )

                goods_transactions.append(goods_transactions_item)

        _records = d.pop("records", UNSET)
        records: list[SearchClientVisitsResponse200RecordsItem] | Unset = UNSET
        if _records is not UNSET:
            records = []
            for records_item_data in _records:
                records_item = SearchClientVisitsResponse200RecordsItem.from_dict(records_item_data)

                records.append(records_item)

        search_client_visits_response_200 = cls(
            goods_transactions=goods_transactions,
            records=records,
        )

        search_client_visits_response_200.additional_properties = d
        return search_client_visits_response_200

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
