from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._runtime import fields as _fields
from .._runtime.errors import FieldError as _FieldError
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
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "document_id",
        "type_id",
        "type",
        "good",
        "storage",
        "unit",
        "operation_unit_type",
        "create_date",
        "last_change_date",
        "cost_per_unit",
        "cost",
        "discount",
        "master",
        "supplier",
        "record_id",
        "service",
        "clients",
    }
)
_EXTRA = _fields.ANY


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
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        id = self.id
        if type(id) is not int and id is not UNSET:
            id = _fields.write_integer(id, "id")
        if id is not UNSET:
            field_dict["id"] = id

        document_id = self.document_id
        if type(document_id) is not int and document_id is not UNSET:
            document_id = _fields.write_integer(document_id, "document_id")
        if document_id is not UNSET:
            field_dict["document_id"] = document_id

        type_id = self.type_id
        if type(type_id) is not int and type_id is not UNSET:
            type_id = _fields.write_integer(type_id, "type_id")
        if type_id is not UNSET:
            field_dict["type_id"] = type_id

        type_ = self.type_
        if type(type_) is not str and type_ is not UNSET:
            type_ = _fields.write_string(type_, "type_")
        if type_ is not UNSET:
            field_dict["type"] = type_

        good = self.good
        if good is not UNSET:
            field_dict["good"] = _fields.write_model(
                good, _models.SearchForProductTransactionsResponse200ItemGood, "good"
            )

        storage = self.storage
        if storage is not UNSET:
            field_dict["storage"] = _fields.write_model(
                storage, _models.SearchForProductTransactionsResponse200ItemStorage, "storage"
            )

        unit = self.unit
        if unit is not UNSET:
            field_dict["unit"] = _fields.write_model(
                unit, _models.SearchForProductTransactionsResponse200ItemUnit, "unit"
            )

        operation_unit_type = self.operation_unit_type
        if operation_unit_type is not UNSET:
            field_dict["operation_unit_type"] = _fields.write_number(operation_unit_type, "operation_unit_type")

        create_date = self.create_date
        if create_date is not UNSET:
            field_dict["create_date"] = _fields.write_datetime(create_date, "create_date")

        last_change_date = self.last_change_date
        if last_change_date is not UNSET:
            field_dict["last_change_date"] = _fields.write_datetime(last_change_date, "last_change_date")

        cost_per_unit = self.cost_per_unit
        if cost_per_unit is not UNSET:
            field_dict["cost_per_unit"] = _fields.write_number(cost_per_unit, "cost_per_unit")

        cost = self.cost
        if cost is not UNSET:
            field_dict["cost"] = _fields.write_number(cost, "cost")

        discount = self.discount
        if discount is not UNSET:
            field_dict["discount"] = _fields.write_number(discount, "discount")

        master = self.master
        if master is not UNSET:
            field_dict["master"] = _fields.write_model(
                master, _models.SearchForProductTransactionsResponse200ItemMaster, "master"
            )

        supplier = self.supplier
        if supplier is not UNSET:
            field_dict["supplier"] = _fields.write_model(
                supplier, _models.SearchForProductTransactionsResponse200ItemSupplier, "supplier"
            )

        record_id = self.record_id
        if type(record_id) is not int and record_id is not UNSET:
            record_id = _fields.write_integer(record_id, "record_id")
        if record_id is not UNSET:
            field_dict["record_id"] = record_id

        service = self.service
        if service is not UNSET:
            field_dict["service"] = _fields.write_model(
                service, _models.SearchForProductTransactionsResponse200ItemService, "service"
            )

        clients = self.clients
        if clients is not UNSET:
            field_dict["clients"] = _fields.write_model(
                clients, _models.SearchForProductTransactionsResponse200ItemClients, "clients"
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _fields.read_integer(id, "id")

        document_id = _get("document_id", UNSET)
        if type(document_id) is not int and document_id is not UNSET:
            document_id = _fields.read_integer(document_id, "document_id")

        type_id = _get("type_id", UNSET)
        if type(type_id) is not int and type_id is not UNSET:
            type_id = _fields.read_integer(type_id, "type_id")

        type_ = _get("type", UNSET)
        if type(type_) is not str and type_ is not UNSET:
            type_ = _fields.read_string(type_, "type")

        good = _get("good", UNSET)
        if good is not UNSET:
            try:
                good = _models.SearchForProductTransactionsResponse200ItemGood.from_dict(good)
            except _FieldError as _error:
                raise _error.within("good")

        storage = _get("storage", UNSET)
        if storage is not UNSET:
            try:
                storage = _models.SearchForProductTransactionsResponse200ItemStorage.from_dict(storage)
            except _FieldError as _error:
                raise _error.within("storage")

        unit = _get("unit", UNSET)
        if unit is not UNSET:
            try:
                unit = _models.SearchForProductTransactionsResponse200ItemUnit.from_dict(unit)
            except _FieldError as _error:
                raise _error.within("unit")

        operation_unit_type = _get("operation_unit_type", UNSET)
        if (
            type(operation_unit_type) is not float
            and type(operation_unit_type) is not int
            and operation_unit_type is not UNSET
        ):
            operation_unit_type = _fields.read_number(operation_unit_type, "operation_unit_type")

        create_date = _get("create_date", UNSET)
        if create_date is not UNSET:
            try:
                create_date = _fields.datetime_fromisoformat(create_date)
            except (TypeError, ValueError):
                create_date = _fields.read_datetime(create_date, "create_date")

        last_change_date = _get("last_change_date", UNSET)
        if last_change_date is not UNSET:
            try:
                last_change_date = _fields.datetime_fromisoformat(last_change_date)
            except (TypeError, ValueError):
                last_change_date = _fields.read_datetime(last_change_date, "last_change_date")

        cost_per_unit = _get("cost_per_unit", UNSET)
        if type(cost_per_unit) is not float and type(cost_per_unit) is not int and cost_per_unit is not UNSET:
            cost_per_unit = _fields.read_number(cost_per_unit, "cost_per_unit")

        cost = _get("cost", UNSET)
        if type(cost) is not float and type(cost) is not int and cost is not UNSET:
            cost = _fields.read_number(cost, "cost")

        discount = _get("discount", UNSET)
        if type(discount) is not float and type(discount) is not int and discount is not UNSET:
            discount = _fields.read_number(discount, "discount")

        master = _get("master", UNSET)
        if master is not UNSET:
            try:
                master = _models.SearchForProductTransactionsResponse200ItemMaster.from_dict(master)
            except _FieldError as _error:
                raise _error.within("master")

        supplier = _get("supplier", UNSET)
        if supplier is not UNSET:
            try:
                supplier = _models.SearchForProductTransactionsResponse200ItemSupplier.from_dict(supplier)
            except _FieldError as _error:
                raise _error.within("supplier")

        record_id = _get("record_id", UNSET)
        if type(record_id) is not int and record_id is not UNSET:
            record_id = _fields.read_integer(record_id, "record_id")

        service = _get("service", UNSET)
        if service is not UNSET:
            try:
                service = _models.SearchForProductTransactionsResponse200ItemService.from_dict(service)
            except _FieldError as _error:
                raise _error.within("service")

        clients = _get("clients", UNSET)
        if clients is not UNSET:
            try:
                clients = _models.SearchForProductTransactionsResponse200ItemClients.from_dict(clients)
            except _FieldError as _error:
                raise _error.within("clients")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.document_id = document_id
        _model.type_id = type_id
        _model.type_ = type_
        _model.good = good
        _model.storage = storage
        _model.unit = unit
        _model.operation_unit_type = operation_unit_type
        _model.create_date = create_date
        _model.last_change_date = last_change_date
        _model.cost_per_unit = cost_per_unit
        _model.cost = cost
        _model.discount = discount
        _model.master = master
        _model.supplier = supplier
        _model.record_id = record_id
        _model.service = service
        _model.clients = clients
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not SearchForProductTransactionsResponse200Item:
            _fields.init_added_fields(_model, SearchForProductTransactionsResponse200Item)
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
