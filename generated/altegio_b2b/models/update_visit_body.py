from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_visit_body_deleted_transaction_ids_item import UpdateVisitBodyDeletedTransactionIdsItem
    from ..models.update_visit_body_goods_transactions_item import UpdateVisitBodyGoodsTransactionsItem
    from ..models.update_visit_body_new_transactions_item import UpdateVisitBodyNewTransactionsItem
    from ..models.update_visit_body_services_item import UpdateVisitBodyServicesItem


T = TypeVar("T", bound="UpdateVisitBody")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "attendance",
        "comment",
        "new_transactions",
        "deleted_transaction_ids",
        "goods_transactions",
        "services",
        "fast_payment",
    }
)
_EXTRA = _fields.ANY
_KIND_new_transactions = _fields.ListOf(_fields.Model("UpdateVisitBodyNewTransactionsItem"))
_KIND_deleted_transaction_ids = _fields.ListOf(_fields.Model("UpdateVisitBodyDeletedTransactionIdsItem"))
_KIND_goods_transactions = _fields.ListOf(_fields.Model("UpdateVisitBodyGoodsTransactionsItem"))
_KIND_services = _fields.ListOf(_fields.Model("UpdateVisitBodyServicesItem"))


@_attrs_define
class UpdateVisitBody:
    """Edit Visit

    Example:
        {'attendance': 1, 'comment': '', 'new_transactions': [{'id': 12345, 'amount': 100, 'account_id': 23322}],
            'deleted_transaction_ids': [], 'fast_payment': 1, 'goods_transactions': [{'id': 2168657, 'title': 'Vital Creme
            Shampoo Plus', 'barcode': '123', 'article': '120277', 'amount': -1, 'cost_per_unit': 15, 'price': 15, 'cost':
            12, 'operation_unit_type': 2, 'master_id': 55436, 'storage_id': 91303, 'good_id': 232658, 'discount': 20}],
            'services': [{'id': 389045, 'title': 'Hand massage (10 min)', 'cost': 255, 'cost_per_unit': 300, 'discount': 15,
            'first_cost': 300, 'record_id': 10403702}]}

    Attributes:
        attendance (float): Visit status (2 - The user confirmed the appointment, 1 - The user came, the services were
            provided, 0 - the user is waiting, -1 - the user did not show)
        comment (str): A comment
        new_transactions (list[UpdateVisitBodyNewTransactionsItem] | Unset): Array of objects of new commodity
            transactions
        deleted_transaction_ids (list[UpdateVisitBodyDeletedTransactionIdsItem] | Unset): Array of instance IDs
        goods_transactions (list[UpdateVisitBodyGoodsTransactionsItem] | Unset): Array of commodity transactions objects
        services (list[UpdateVisitBodyServicesItem] | Unset): Array of objects with services
        fast_payment (float | Unset): Quick payment 1 - cash, 2 - cashless, 129 - cash and print, 130 - cashless and
            print
    """

    attendance: float
    comment: str
    new_transactions: list[UpdateVisitBodyNewTransactionsItem] | Unset = UNSET
    deleted_transaction_ids: list[UpdateVisitBodyDeletedTransactionIdsItem] | Unset = UNSET
    goods_transactions: list[UpdateVisitBodyGoodsTransactionsItem] | Unset = UNSET
    services: list[UpdateVisitBodyServicesItem] | Unset = UNSET
    fast_payment: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        attendance = self.attendance
        field_dict["attendance"] = _fields.write_number(attendance, "attendance")

        comment = self.comment
        if type(comment) is not str:
            comment = _fields.write_string(comment, "comment")
        field_dict["comment"] = comment

        new_transactions = self.new_transactions
        if new_transactions is not UNSET:
            field_dict["new_transactions"] = _KIND_new_transactions.write_field(new_transactions, "new_transactions")

        deleted_transaction_ids = self.deleted_transaction_ids
        if deleted_transaction_ids is not UNSET:
            field_dict["deleted_transaction_ids"] = _KIND_deleted_transaction_ids.write_field(
                deleted_transaction_ids, "deleted_transaction_ids"
            )

        goods_transactions = self.goods_transactions
        if goods_transactions is not UNSET:
            field_dict["goods_transactions"] = _KIND_goods_transactions.write_field(
                goods_transactions, "goods_transactions"
            )

        services = self.services
        if services is not UNSET:
            field_dict["services"] = _KIND_services.write_field(services, "services")

        fast_payment = self.fast_payment
        if fast_payment is not UNSET:
            field_dict["fast_payment"] = _fields.write_number(fast_payment, "fast_payment")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        attendance = _get("attendance", UNSET)
        if type(attendance) is not float and type(attendance) is not int:
            attendance = _fields.read_number(attendance, "attendance")

        comment = _get("comment", UNSET)
        if type(comment) is not str:
            comment = _fields.read_string(comment, "comment")

        new_transactions = _get("new_transactions", UNSET)
        if new_transactions is not UNSET:
            new_transactions = _KIND_new_transactions.read_field(new_transactions, "new_transactions")

        deleted_transaction_ids = _get("deleted_transaction_ids", UNSET)
        if deleted_transaction_ids is not UNSET:
            deleted_transaction_ids = _KIND_deleted_transaction_ids.read_field(
                deleted_transaction_ids, "deleted_transaction_ids"
            )

        goods_transactions = _get("goods_transactions", UNSET)
        if goods_transactions is not UNSET:
            goods_transactions = _KIND_goods_transactions.read_field(goods_transactions, "goods_transactions")

        services = _get("services", UNSET)
        if services is not UNSET:
            services = _KIND_services.read_field(services, "services")

        fast_payment = _get("fast_payment", UNSET)
        if type(fast_payment) is not float and type(fast_payment) is not int and fast_payment is not UNSET:
            fast_payment = _fields.read_number(fast_payment, "fast_payment")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.attendance = attendance
        _model.comment = comment
        _model.new_transactions = new_transactions
        _model.deleted_transaction_ids = deleted_transaction_ids
        _model.goods_transactions = goods_transactions
        _model.services = services
        _model.fast_payment = fast_payment
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not UpdateVisitBody:
            _fields.init_added_fields(_model, UpdateVisitBody)
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
