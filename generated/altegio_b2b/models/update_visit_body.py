from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_visit_body_deleted_transaction_ids_item import UpdateVisitBodyDeletedTransactionIdsItem
    from ..models.update_visit_body_goods_transactions_item import UpdateVisitBodyGoodsTransactionsItem
    from ..models.update_visit_body_new_transactions_item import UpdateVisitBodyNewTransactionsItem
    from ..models.update_visit_body_services_item import UpdateVisitBodyServicesItem


T = TypeVar("T", bound="UpdateVisitBody")


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
        attendance = self.attendance

        comment = self.comment

        new_transactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.new_transactions, Unset):
            new_transactions = []
            for new_transactions_item_data in self.new_transactions:
                new_transactions_item = new_transactions_item_data.to_dict()
                new_transactions.append(new_transactions_item)

        deleted_transaction_ids: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.deleted_transaction_ids, Unset):
            deleted_transaction_ids = []
            for deleted_transaction_ids_item_data in self.deleted_transaction_ids:
                deleted_transaction_ids_item = deleted_transaction_ids_item_data.to_dict()
                deleted_transaction_ids.append(deleted_transaction_ids_item)

        goods_transactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.goods_transactions, Unset):
            goods_transactions = []
            for goods_transactions_item_data in self.goods_transactions:
                goods_transactions_item = goods_transactions_item_data.to_dict()
                goods_transactions.append(goods_transactions_item)

        services: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.services, Unset):
            services = []
            for services_item_data in self.services:
                services_item = services_item_data.to_dict()
                services.append(services_item)

        fast_payment = self.fast_payment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attendance": attendance,
                "comment": comment,
            }
        )
        if new_transactions is not UNSET:
            field_dict["new_transactions"] = new_transactions
        if deleted_transaction_ids is not UNSET:
            field_dict["deleted_transaction_ids"] = deleted_transaction_ids
        if goods_transactions is not UNSET:
            field_dict["goods_transactions"] = goods_transactions
        if services is not UNSET:
            field_dict["services"] = services
        if fast_payment is not UNSET:
            field_dict["fast_payment"] = fast_payment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_visit_body_deleted_transaction_ids_item import UpdateVisitBodyDeletedTransactionIdsItem  # noqa: PLC0415
        from ..models.update_visit_body_goods_transactions_item import UpdateVisitBodyGoodsTransactionsItem  # noqa: PLC0415
        from ..models.update_visit_body_new_transactions_item import UpdateVisitBodyNewTransactionsItem  # noqa: PLC0415
        from ..models.update_visit_body_services_item import UpdateVisitBodyServicesItem  # noqa: PLC0415

        d = dict(src_dict)
        attendance = d.pop("attendance")

        comment = d.pop("comment")

        _new_transactions = d.pop("new_transactions", UNSET)
        new_transactions: list[UpdateVisitBodyNewTransactionsItem] | Unset = UNSET
        if _new_transactions is not UNSET:
            new_transactions = []
            for new_transactions_item_data in _new_transactions:
                new_transactions_item = UpdateVisitBodyNewTransactionsItem.from_dict(new_transactions_item_data)

                new_transactions.append(new_transactions_item)

        _deleted_transaction_ids = d.pop("deleted_transaction_ids", UNSET)
        deleted_transaction_ids: list[UpdateVisitBodyDeletedTransactionIdsItem] | Unset = UNSET
        if _deleted_transaction_ids is not UNSET:
            deleted_transaction_ids = []
            for deleted_transaction_ids_item_data in _deleted_transaction_ids:
                deleted_transaction_ids_item = UpdateVisitBodyDeletedTransactionIdsItem.from_dict(
                    deleted_transaction_ids_item_data
                )

                deleted_transaction_ids.append(deleted_transaction_ids_item)

        _goods_transactions = d.pop("goods_transactions", UNSET)
        goods_transactions: list[UpdateVisitBodyGoodsTransactionsItem] | Unset = UNSET
        if _goods_transactions is not UNSET:
            goods_transactions = []
            for goods_transactions_item_data in _goods_transactions:
                goods_transactions_item = UpdateVisitBodyGoodsTransactionsItem.from_dict(goods_transactions_item_data)

                goods_transactions.append(goods_transactions_item)

        _services = d.pop("services", UNSET)
        services: list[UpdateVisitBodyServicesItem] | Unset = UNSET
        if _services is not UNSET:
            services = []
            for services_item_data in _services:
                services_item = UpdateVisitBodyServicesItem.from_dict(services_item_data)

                services.append(services_item)

        fast_payment = d.pop("fast_payment", UNSET)

        _model = cls(
            attendance=attendance,
            comment=comment,
            new_transactions=new_transactions,
            deleted_transaction_ids=deleted_transaction_ids,
            goods_transactions=goods_transactions,
            services=services,
            fast_payment=fast_payment,
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
