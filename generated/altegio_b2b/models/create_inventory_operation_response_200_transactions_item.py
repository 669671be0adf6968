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
    from ..models.create_inventory_operation_response_200_transactions_item_client_item import (
        CreateInventoryOperationResponse200TransactionsItemClientItem,
    )
    from ..models.create_inventory_operation_response_200_transactions_item_good import (
        CreateInventoryOperationResponse200TransactionsItemGood,
    )
    from ..models.create_inventory_operation_response_200_transactions_item_master_item import (
        CreateInventoryOperationResponse200TransactionsItemMasterItem,
    )
    from ..models.create_inventory_operation_response_200_transactions_item_storage import (
        CreateInventoryOperationResponse200TransactionsItemStorage,
    )
    from ..models.create_inventory_operation_response_200_transactions_item_supplier_item import (
        CreateInventoryOperationResponse200TransactionsItemSupplierItem,
    )
    from ..models.create_inventory_operation_response_200_transactions_item_type import (
        CreateInventoryOperationResponse200TransactionsItemType,
    )
    from ..models.create_inventory_operation_response_200_transactions_item_unit import (
        CreateInventoryOperationResponse200TransactionsItemUnit,
    )


T = TypeVar("T", bound="CreateInventoryOperationResponse200TransactionsItem")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "document_id",
        "type_id",
        "type",
        "company_id",
        "good_id",
        "amount",
        "cost_per_unit",
        "discount",
        "cost",
        "unit_id",
        "storage_id",
        "supplier_id",
        "client_id",
        "master_id",
        "create_date",
        "comment",
        "deleted",
        "good",
        "storage",
        "supplier",
        "client",
        "master",
        "unit",
    }
)
_EXTRA = _fields.ANY
_KIND_supplier = _fields.ListOf(_fields.Model("CreateInventoryOperationResponse200TransactionsItemSupplierItem"))
_KIND_client = _fields.ListOf(_fields.Model("CreateInventoryOperationResponse200TransactionsItemClientItem"))
_KIND_master = _fields.ListOf(_fields.Model("CreateInventoryOperationResponse200TransactionsItemMasterItem"))


@_attrs_define
class CreateInventoryOperationResponse200TransactionsItem:
    """
    Attributes:
        id (int | Unset): Transaction ID
        document_id (int | Unset): Document ID
        type_id (int | Unset): Document type identifier
        type_ (CreateInventoryOperationResponse200TransactionsItemType | Unset): Document type
        company_id (int | Unset): location ID
        good_id (int | Unset): Item ID
        amount (float | Unset): Quantity
        cost_per_unit (float | Unset): Price per unit
        discount (float | Unset): Skdika
        cost (float | Unset): total price
        unit_id (int | Unset): Unit ID
        storage_id (int | Unset): Inventory ID
        supplier_id (int | Unset): Vendor ID
        client_id (int | Unset): Client ID
        master_id (int | Unset): team member ID
        create_date (datetime.datetime | Unset): date of creation
        comment (str | Unset): A comment
        deleted (bool | Unset): Has the transaction been deleted?
        good (CreateInventoryOperationResponse200TransactionsItemGood | Unset): Product
        storage (CreateInventoryOperationResponse200TransactionsItemStorage | Unset): Inventory
        supplier (list[CreateInventoryOperationResponse200TransactionsItemSupplierItem] | Unset): The supplier
        client (list[CreateInventoryOperationResponse200TransactionsItemClientItem] | Unset): Customer
        master (list[CreateInventoryOperationResponse200TransactionsItemMasterItem] | Unset): Team Member
        unit (CreateInventoryOperationResponse200TransactionsItemUnit | Unset): Units
    """

    id: int | Unset = UNSET
    document_id: int | Unset = UNSET
    type_id: int | Unset = UNSET
    type_: CreateInventoryOperationResponse200TransactionsItemType | Unset = UNSET
    company_id: int | Unset = UNSET
    good_id: int | Unset = UNSET
    amount: float | Unset = UNSET
    cost_per_unit: float | Unset = UNSET
    discount: float | Unset = UNSET
    cost: float | Unset = UNSET
    unit_id: int | Unset = UNSET
    storage_id: int | Unset = UNSET
    supplier_id: int | Unset = UNSET
    client_id: int | Unset = UNSET
    master_id: int | Unset = UNSET
    create_date: datetime.datetime | Unset = UNSET
    comment: str | Unset = UNSET
    deleted: bool | Unset = UNSET
    good: CreateInventoryOperationResponse200TransactionsItemGood | Unset = UNSET
    storage: CreateInventoryOperationResponse200TransactionsItemStorage | Unset = UNSET
    supplier: list[CreateInventoryOperationResponse200TransactionsItemSupplierItem] | Unset = UNSET
    client: list[CreateInventoryOperationResponse200TransactionsItemClientItem] | Unset = UNSET
    master: list[CreateInventoryOperationResponse200TransactionsItemMasterItem] | Unset = UNSET
    unit: CreateInventoryOperationResponse200TransactionsItemUnit | Unset = UNSET
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
        if type_ is not UNSET:
            field_dict["type"] = _fields.write_model(
                type_, _models.CreateInventoryOperationResponse200TransactionsItemType, "type_"
            )

        company_id = self.company_id
        if type(company_id) is not int and company_id is not UNSET:
            company_id = _fields.write_integer(company_id, "company_id")
        if company_id is not UNSET:
            field_dict["company_id"] = company_id

        good_id = self.good_id
        if type(good_id) is not int and good_id is not UNSET:
            good_id = _fields.write_integer(good_id, "good_id")
        if good_id is not UNSET:
            field_dict["good_id"] = good_id

        amount = self.amount
        if amount is not UNSET:
            field_dict["amount"] = _fields.write_number(amount, "amount")

        cost_per_unit = self.cost_per_unit
        if cost_per_unit is not UNSET:
            field_dict["cost_per_unit"] = _fields.write_number(cost_per_unit, "cost_per_unit")

        discount = self.discount
        if discount is not UNSET:
            field_dict["discount"] = _fields.write_number(discount, "discount")

        cost = self.cost
        if cost is not UNSET:
            field_dict["cost"] = _fields.write_number(cost, "cost")

        unit_id = self.unit_id
        if type(unit_id) is not int and unit_id is not UNSET:
            unit_id = _fields.write_integer(unit_id, "unit_id")
        if unit_id is not UNSET:
            field_dict["unit_id"] = unit_id

        storage_id = self.storage_id
        if type(storage_id) is not int and storage_id is not UNSET:
            storage_id = _fields.write_integer(storage_id, "storage_id")
        if storage_id is not UNSET:
            field_dict["storage_id"] = storage_id

        supplier_id = self.supplier_id
        if type(supplier_id) is not int and supplier_id is not UNSET:
            supplier_id = _fields.write_integer(supplier_id, "supplier_id")
        if supplier_id is not UNSET:
            field_dict["supplier_id"] = supplier_id

        client_id = self.client_id
        if type(client_id) is not int and client_id is not UNSET:
            client_id = _fields.write_integer(client_id, "client_id")
        if client_id is not UNSET:
            field_dict["client_id"] = client_id

        master_id = self.master_id
        if type(master_id) is not int and master_id is not UNSET:
            master_id = _fields.write_integer(master_id, "master_id")
        if master_id is not UNSET:
            field_dict["master_id"] = master_id

        create_date = self.create_date
        if create_date is not UNSET:
            field_dict["create_date"] = _fields.write_datetime(create_date, "create_date")

        comment = self.comment
        if type(comment) is not str and comment is not UNSET:
            comment = _fields.write_string(comment, "comment")
        if comment is not UNSET:
            field_dict["comment"] = comment

        deleted = self.deleted
        if type(deleted) is not bool and deleted is not UNSET:
            deleted = _fields.write_boolean(deleted, "deleted")
        if deleted is not UNSET:
            field_dict["deleted"] = deleted

        good = self.good
        if good is not UNSET:
            field_dict["good"] = _fields.write_model(
                good, _models.CreateInventoryOperationResponse200TransactionsItemGood, "good"
            )

        storage = self.storage
        if storage is not UNSET:
            field_dict["storage"] = _fields.write_model(
                storage, _models.CreateInventoryOperationResponse200TransactionsItemStorage, "storage"
            )

        supplier = self.supplier
        if supplier is not UNSET:
            field_dict["supplier"] = _KIND_supplier.write_field(supplier, "supplier")

        client = self.client
        if client is not UNSET:
            field_dict["client"] = _KIND_client.write_field(client, "client")

        master = self.master
        if master is not UNSET:
            field_dict["master"] = _KIND_master.write_field(master, "master")

        unit = self.unit
        if unit is not UNSET:
            field_dict["unit"] = _fields.write_model(
                unit, _models.CreateInventoryOperationResponse200TransactionsItemUnit, "unit"
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
        if type_ is not UNSET:
            try:
                type_ = _models.CreateInventoryOperationResponse200TransactionsItemType.from_dict(type_)
            except _FieldError as _error:
                raise _error.within("type")

        company_id = _get("company_id", UNSET)
        if type(company_id) is not int and company_id is not UNSET:
            company_id = _fields.read_integer(company_id, "company_id")

        good_id = _get("good_id", UNSET)
        if type(good_id) is not int and good_id is not UNSET:
            good_id = _fields.read_integer(good_id, "good_id")

        amount = _get("amount", UNSET)
        if type(amount) is not float and type(amount) is not int and amount is not UNSET:
            amount = _fields.read_number(amount, "amount")

        cost_per_unit = _get("cost_per_unit", UNSET)
        if type(cost_per_unit) is not float and type(cost_per_unit) is not int and cost_per_unit is not UNSET:
            cost_per_unit = _fields.read_number(cost_per_unit, "cost_per_unit")

        discount = _get("discount", UNSET)
        if type(discount) is not float and type(discount) is not int and discount is not UNSET:
            discount = _fields.read_number(discount, "discount")

        cost = _get("cost", UNSET)
        if type(cost) is not float and type(cost) is not int and cost is not UNSET:
            cost = _fields.read_number(cost, "cost")

        unit_id = _get("unit_id", UNSET)
        if type(unit_id) is not int and unit_id is not UNSET:
            unit_id = _fields.read_integer(unit_id, "unit_id")

        storage_id = _get("storage_id", UNSET)
        if type(storage_id) is not int and storage_id is not UNSET:
            storage_id = _fields.read_integer(storage_id, "storage_id")

        supplier_id = _get("supplier_id", UNSET)
        if type(supplier_id) is not int and supplier_id is not UNSET:
            supplier_id = _fields.read_integer(supplier_id, "supplier_id")

        client_id = _get("client_id", UNSET)
        if type(client_id) is not int and client_id is not UNSET:
            client_id = _fields.read_integer(client_id, "client_id")

        master_id = _get("master_id", UNSET)
        if type(master_id) is not int and master_id is not UNSET:
            master_id = _fields.read_integer(master_id, "master_id")

        create_date = _get("create_date", UNSET)
        if create_date is not UNSET:
            try:
                create_date = _fields.datetime_fromisoformat(create_date)
            except (TypeError, ValueError):
                create_date = _fields.read_datetime(create_date, "create_date")

        comment = _get("comment", UNSET)
        if type(comment) is not str and comment is not UNSET:
            comment = _fields.read_string(comment, "comment")

        deleted = _get("deleted", UNSET)
        if type(deleted) is not bool and deleted is not UNSET:
            deleted = _fields.read_boolean(deleted, "deleted")

        good = _get("good", UNSET)
        if good is not UNSET:
            try:
                good = _models.CreateInventoryOperationResponse200TransactionsItemGood.from_dict(good)
            except _FieldError as _error:
                raise _error.within("good")

        storage = _get("storage", UNSET)
        if storage is not UNSET:
            try:
                storage = _models.CreateInventoryOperationResponse200TransactionsItemStorage.from_dict(storage)
            except _FieldError as _error:
                raise _error.within("storage")

        supplier = _get("supplier", UNSET)
        if supplier is not UNSET:
            supplier = _KIND_supplier.read_field(supplier, "supplier")

        client = _get("client", UNSET)
        if client is not UNSET:
            client = _KIND_client.read_field(client, "client")

        master = _get("master", UNSET)
        if master is not UNSET:
            master = _KIND_master.read_field(master, "master")

        unit = _get("unit", UNSET)
        if unit is not UNSET:
            try:
                unit = _models.CreateInventoryOperationResponse200TransactionsItemUnit.from_dict(unit)
            except _FieldError as _error:
                raise _error.within("unit")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.document_id = document_id
        _model.type_id = type_id
        _model.type_ = type_
        _model.company_id = company_id
        _model.good_id = good_id
        _model.amount = amount
        _model.cost_per_unit = cost_per_unit
        _model.discount = discount
        _model.cost = cost
        _model.unit_id = unit_id
        _model.storage_id = storage_id
        _model.supplier_id = supplier_id
        _model.client_id = client_id
        _model.master_id = master_id
        _model.create_date = create_date
        _model.comment = comment
        _model.deleted = deleted
        _model.good = good
        _model.storage = storage
        _model.supplier = supplier
        _model.client = client
        _model.master = master
        _model.unit = unit
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not CreateInventoryOperationResponse200TransactionsItem:
            _fields.init_added_fields(_model, CreateInventoryOperationResponse200TransactionsItem)
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
