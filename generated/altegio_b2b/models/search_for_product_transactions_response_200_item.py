from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import timestamps as _timestamps
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_for_product_transactions_response_200_item_clients import (
        SearchForProductTransactionsResponse200ItemClients,
    )
    from ..models.search_for_product_transactions_response_200_item_good import (
        SearchForProductTransactionsResponse200ItemGood,
    )
    from ..models.search_for_product_transactions_response_200_item_master import (
        SearchForProductTransactionsResponse200ItemMaster,
    )
    from ..models.search_for_product_transactions_response_200_item_service import (
        SearchForProductTransactionsResponse200ItemService,
    )
    from ..models.search_for_product_transactions_response_200_item_storage import (
        SearchForProductTransactionsResponse200ItemStorage,
    )
    from ..models.search_for_product_transactions_response_200_item_supplier import (
        SearchForProductTransactionsResponse200ItemSupplier,
    )
    from ..models.search_for_product_transactions_response_200_item_unit import (
        SearchForProductTransactionsResponse200ItemUnit,
    )


T = TypeVar("T", bound="SearchForProductTransactionsResponse200Item")


@_attrs_define
class SearchForProductTransactionsResponse200Item:
    """
    Attributes:
        id (int | Unset): Transaction ID
        document_id (int | Unset): Document ID
        type_id (int | Unset): Transaction type identifier
        type_ (str | Unset): Transaction type
        good (SearchForProductTransactionsResponse200ItemGood | Unset): Product
        storage (SearchForProductTransactionsResponse200ItemStorage | Unset): Inventory
        unit (SearchForProductTransactionsResponse200ItemUnit | Unset): Unit of measurement
        operation_unit_type (float | Unset): Unit type: 1 - for sale, 2 - for write-off
        create_date (datetime.datetime | Unset): date of creation
        last_change_date (datetime.datetime | Unset): Last modified date
        cost_per_unit (float | Unset): Unit price
        cost (float | Unset): Price
        discount (float | Unset): Discount
        master (SearchForProductTransactionsResponse200ItemMaster | Unset): team member
        supplier (SearchForProductTransactionsResponse200ItemSupplier | Unset): The supplier
        record_id (int | Unset): Appointment ID
        service (SearchForProductTransactionsResponse200ItemService | Unset): Service
        clients (SearchForProductTransactionsResponse200ItemClients | Unset): Customer
    """

    id: int | Unset = UNSET
    document_id: int | Unset = UNSET
    type_id: int | Unset = UNSET
    type_: str | Unset = UNSET
    good: SearchForProductTransactionsResponse200ItemGood | Unset = UNSET
    storage: SearchForProductTransactionsResponse200ItemStorage | Unset = UNSET
    unit: SearchForProductTransactionsResponse200ItemUnit | Unset = UNSET
    operation_unit_type: float | Unset = UNSET
    create_date: datetime.datetime | Unset = UNSET
    last_change_date: datetime.datetime | Unset = UNSET
    cost_per_unit: float | Unset = UNSET
    cost: float | Unset = UNSET
    discount: float | Unset = UNSET
    master: SearchForProductTransactionsResponse200ItemMaster | Unset = UNSET
    supplier: SearchForProductTransactionsResponse200ItemSupplier | Unset = UNSET
    record_id: int | Unset = UNSET
    service: SearchForProductTransactionsResponse200ItemService | Unset = UNSET
    clients: SearchForProductTransactionsResponse200ItemClients | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        document_id = self.document_id

        type_id = self.type_id

        type_ = self.type_

        good: dict[str, Any] | Unset = UNSET
        if not isinstance(self.good, Unset):
            good = self.good.to_dict()

        storage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.storage, Unset):
            storage = self.storage.to_dict()

        unit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.unit, Unset):
            unit = self.unit.to_dict()

        operation_unit_type = self.operation_unit_type

        create_date: str | Unset = UNSET
        if not isinstance(self.create_date, Unset):
            create_date = self.create_date.isoformat()

        last_change_date: str | Unset = UNSET
        if not isinstance(self.last_change_date, Unset):
            last_change_date = self.last_change_date.isoformat()

        cost_per_unit = self.cost_per_unit

        cost = self.cost

        discount = self.discount

        master: dict[str, Any] | Unset = UNSET
        if not isinstance(self.master, Unset):
            master = self.master.to_dict()

        supplier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.supplier, Unset):
            supplier = self.supplier.to_dict()

        record_id = self.record_id

        service: dict[str, Any] | Unset = UNSET
        if not isinstance(self.service, Unset):
            service = self.service.to_dict()

        clients: dict[str, Any] | Unset = UNSET
        if not isinstance(self.clients, Unset):
            clients = self.clients.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if document_id is not UNSET:
            field_dict["document_id"] = document_id
        if type_id is not UNSET:
            field_dict["type_id"] = type_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if good is not UNSET:
            field_dict["good"] = good
        if storage is not UNSET:
            field_dict["storage"] = storage
        if unit is not UNSET:
            field_dict["unit"] = unit
        if operation_unit_type is not UNSET:
            field_dict["operation_unit_type"] = operation_unit_type
        if create_date is not UNSET:
            field_dict["create_date"] = create_date
        if last_change_date is not UNSET:
            field_dict["last_change_date"] = last_change_date
        if cost_per_unit is not UNSET:
            field_dict["cost_per_unit"] = cost_per_unit
        if cost is not UNSET:
            field_dict["cost"] = cost
        if discount is not UNSET:
            field_dict["discount"] = discount
        if master is not UNSET:
            field_dict["master"] = master
        if supplier is not UNSET:
            field_dict["supplier"] = supplier
        if record_id is not UNSET:
            field_dict["record_id"] = record_id
        if service is not UNSET:
            field_dict["service"] = service
        if clients is not UNSET:
            field_dict["clients"] = clients

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.search_for_product_transactions_response_200_item_clients import (
            SearchForProductTransactionsResponse200ItemClients,  # noqa: PLC0415
        )
        from ..models.search_for_product_transactions_response_200_item_good import (
            SearchForProductTransactionsResponse200ItemGood,  # noqa: PLC0415
        )
        from ..models.search_for_product_transactions_response_200_item_master import (
            SearchForProductTransactionsResponse200ItemMaster,  # noqa: PLC0415
        )
        from ..models.search_for_product_transactions_response_200_item_service import (
            SearchForProductTransactionsResponse200ItemService,  # noqa: PLC0415
        )
        from ..models.search_for_product_transactions_response_200_item_storage import (
            SearchForProductTransactionsResponse200ItemStorage,  # noqa: PLC0415
        )
        from ..models.search_for_product_transactions_response_200_item_supplier import (
            SearchForProductTransactionsResponse200ItemSupplier,  # noqa: PLC0415
        )
        from ..models.search_for_product_transactions_response_200_item_unit import (
            SearchForProductTransactionsResponse200ItemUnit,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        document_id = d.pop("document_id", UNSET)

        type_id = d.pop("type_id", UNSET)

        type_ = d.pop("type", UNSET)

        _good = d.pop("good", UNSET)
        good: SearchForProductTransactionsResponse200ItemGood | Unset
        if isinstance(_good, Unset):
            good = UNSET
        else:
            good = SearchForProductTransactionsResponse200ItemGood.from_dict(_good)

        _storage = d.pop("storage", UNSET)
        storage: SearchForProductTransactionsResponse200ItemStorage | Unset
        if isinstance(_storage, Unset):
            storage = UNSET
        else:
            storage = SearchForProductTransactionsResponse200ItemStorage.from_dict(_storage)

        _unit = d.pop("unit", UNSET)
        unit: SearchForProductTransactionsResponse200ItemUnit | Unset
        if isinstance(_unit, Unset):
            unit = UNSET
        else:
            unit = SearchForProductTransactionsResponse200ItemUnit.from_dict(_unit)

        operation_unit_type = d.pop("operation_unit_type", UNSET)

        _create_date = d.pop("create_date", UNSET)
        create_date: datetime.datetime | Unset
        if isinstance(_create_date, Unset):
            create_date = UNSET
        else:
            create_date = _timestamps.parse_datetime(_create_date)

        _last_change_date = d.pop("last_change_date", UNSET)
        last_change_date: datetime.datetime | Unset
        if isinstance(_last_change_date, Unset):
            last_change_date = UNSET
        else:
            last_change_date = _timestamps.parse_datetime(_last_change_date)

        cost_per_unit = d.pop("cost_per_unit", UNSET)

        cost = d.pop("cost", UNSET)

        discount = d.pop("discount", UNSET)

        _master = d.pop("master", UNSET)
        master: SearchForProductTransactionsResponse200ItemMaster | Unset
        if isinstance(_master, Unset):
            master = UNSET
        else:
            master = SearchForProductTransactionsResponse200ItemMaster.from_dict(_master)

        _supplier = d.pop("supplier", UNSET)
        supplier: SearchForProductTransactionsResponse200ItemSupplier | Unset
        if isinstance(_supplier, Unset):
            supplier = UNSET
        else:
            supplier = SearchForProductTransactionsResponse200ItemSupplier.from_dict(_supplier)

        record_id = d.pop("record_id", UNSET)

        _service = d.pop("service", UNSET)
        service: SearchForProductTransactionsResponse200ItemService | Unset
        if isinstance(_service, Unset):
            service = UNSET
        else:
            service = SearchForProductTransactionsResponse200ItemService.from_dict(_service)

        _clients = d.pop("clients", UNSET)
        clients: SearchForProductTransactionsResponse200ItemClients | Unset
        if isinstance(_clients, Unset):
            clients = UNSET
        else:
            clients = SearchForProductTransactionsResponse200ItemClients.from_dict(_clients)

        _model = cls(
            id=id,
            document_id=document_id,
            type_id=type_id,
            type_=type_,
            good=good,
            storage=storage,
            unit=unit,
            operation_unit_type=operation_unit_type,
            create_date=create_date,
            last_change_date=last_change_date,
            cost_per_unit=cost_per_unit,
            cost=cost,
            discount=discount,
            master=master,
            supplier=supplier,
            record_id=record_id,
            service=service,
            clients=clients,
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
