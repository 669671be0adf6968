from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.the_object_of_the_model_appointment_in_the_history_of_visits_to_the_client import (
        TheObjectOfTheModelAppointmentInTheHistoryOfVisitsToTheClient,
    )
    from ..models.the_object_of_the_model_sale_of_goods_in_the_history_of_visits_to_the_client import (
        TheObjectOfTheModelSaleOfGoodsInTheHistoryOfVisitsToTheClient,
    )


T = TypeVar("T", bound="SearchClientVisitsResponse200")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "goods_transactions",
        "records",
    }
)
_EXTRA = _fields.ANY
_KIND_goods_transactions = _fields.ListOf(
    _fields.Model("TheObjectOfTheModelSaleOfGoodsInTheHistoryOfVisitsToTheClient")
)
_KIND_records = _fields.ListOf(_fields.Model("TheObjectOfTheModelAppointmentInTheHistoryOfVisitsToTheClient"))


@_attrs_define
class SearchClientVisitsResponse200:
    """Data on customer visits, including appointments and product sales.

    Example:
        {'goods_transactions': [{'id': 123, 'comment': 'Comment to the sale of goods', 'date':
            '2026-01-31T12:34:56-05:00', 'visit_id': 0, 'record_id': 0, 'goods': [{'id': 123, 'title': 'My product',
            'amount': -1, 'unit': 'PCS.', 'cost_per_unit': 1000, 'first_cost': -1000, 'discount_percent': 0, 'cost_to_pay':
            1000, 'paid_sum': 1000, 'payment_status': 'paid_full'}], 'staff': {'id': 123, 'name': 'James Smith',
            'company_id': 123, 'specialization': 'Master', 'avatar': 'https://app.alteg.io/images/no-master-sm.png',
            'avatar_big': 'https://app.alteg.io/images/no-master.png', 'position': {'id': 123, 'title': 'team member'}},
            'company': {'id': 123, 'title': 'My branch office.'}}], 'records': [{'id': 123, 'comment': 'Comment to post',
            'date': '2026-01-31T12:34:56-05:00', 'visit_id': 123, 'attendance': 1, 'services': [{'id': 123, 'title': 'My
            service', 'first_cost': 1000, 'discount_percent': 0, 'cost_to_pay': 1000, 'paid_sum': 1000, 'payment_status':
            'paid_full', 'consumables': [{'title': 'My consumable', 'amount': 1, 'cost_per_unit': 1000, 'unit': 'PCS.'}]}],
            'staff': {'id': 123, 'name': 'James Smith', 'company_id': 123, 'specialization': 'Master', 'avatar':
            'https://app.alteg.io/images/no-master-sm.png', 'avatar_big': 'https://app.alteg.io/images/no-master.png',
            'position': {'id': 123, 'title': 'team member'}}, 'company': {'id': 123, 'title': 'My branch office.'}, 'tips':
            {'has_tips': False, 'sum': None}, 'comer': {'id': 123, 'title': 'James Smith', 'slug': 'person'}}]}

    Attributes:
        goods_transactions (list[TheObjectOfTheModelSaleOfGoodsInTheHistoryOfVisitsToTheClient] | Unset): List of
            product sales transactions.
        records (list[TheObjectOfTheModelAppointmentInTheHistoryOfVisitsToTheClient] | Unset): List of customer
            appointments.
    """

    goods_transactions: list[TheObjectOfTheModelSaleOfGoodsInTheHistoryOfVisitsToTheClient] | Unset = UNSET
    records: list[TheObjectOfTheModelAppointmentInTheHistoryOfVisitsToTheClient] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        goods_transactions = self.goods_transactions
        if goods_transactions is not UNSET:
            field_dict["goods_transactions"] = _KIND_goods_transactions.write_field(
                goods_transactions, "goods_transactions"
            )

        records = self.records
        if records is not UNSET:
            field_dict["records"] = _KIND_records.write_field(records, "records")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        goods_transactions = _get("goods_transactions", UNSET)
        if goods_transactions is not UNSET:
            goods_transactions = _KIND_goods_transactions.read_field(goods_transactions, "goods_transactions")

        records = _get("records", UNSET)
        if records is not UNSET:
            records = _KIND_records.read_field(records, "records")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.goods_transactions = goods_transactions
        _model.records = records
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not SearchClientVisitsResponse200:
            _fields.init_added_fields(_model, SearchClientVisitsResponse200)
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
