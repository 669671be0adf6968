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
    from ..models.create_transaction_response_200_client_type_0_item import CreateTransactionResponse200ClientType0Item
    from ..models.create_transaction_response_200_client_type_1 import CreateTransactionResponse200ClientType1
    from ..models.create_transaction_response_200_good import CreateTransactionResponse200Good
    from ..models.create_transaction_response_200_goods_marks_item import CreateTransactionResponse200GoodsMarksItem
    from ..models.create_transaction_response_200_master_type_0_item import CreateTransactionResponse200MasterType0Item
    from ..models.create_transaction_response_200_master_type_1 import CreateTransactionResponse200MasterType1
    from ..models.create_transaction_response_200_sale_unit_type_0 import CreateTransactionResponse200SaleUnitType0
    from ..models.create_transaction_response_200_service_unit_type_0 import (
        CreateTransactionResponse200ServiceUnitType0,
    )
    from ..models.create_transaction_response_200_storage import CreateTransactionResponse200Storage
    from ..models.create_transaction_response_200_supplier_item import CreateTransactionResponse200SupplierItem
    from ..models.create_transaction_response_200_type import CreateTransactionResponse200Type
    from ..models.create_transaction_response_200_unit import CreateTransactionResponse200Unit


T = TypeVar("T", bound="CreateTransactionResponse200")
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
        "cost",
        "discount",
        "unit_id",
        "storage_id",
        "supplier_id",
        "client_id",
        "master_id",
        "create_date",
        "last_change_date",
        "comment",
        "deleted",
        "good_special_number",
        "service_amount",
        "sale_amount",
        "service_unit_id",
        "sale_unit_id",
        "operation_unit_type",
        "good",
        "sale_unit",
        "service_unit",
        "goods_marks",
        "storage",
        "supplier",
        "client",
        "master",
        "unit",
    }
)
_EXTRA = _fields.ANY
_KIND_sale_unit = _fields.OneOf(
    _fields.Model("CreateTransactionResponse200SaleUnitType0"),
    _fields.NULL,
)
_KIND_service_unit = _fields.OneOf(
    _fields.Model("CreateTransactionResponse200ServiceUnitType0"),
    _fields.NULL,
)
_KIND_goods_marks = _fields.ListOf(_fields.Model("CreateTransactionResponse200GoodsMarksItem"))
_KIND_supplier = _fields.ListOf(_fields.Model("CreateTransactionResponse200SupplierItem"))
_KIND_client = _fields.OneOf(
    _fields.ListOf(_fields.Model("CreateTransactionResponse200ClientType0Item")),
    _fields.Model("CreateTransactionResponse200ClientType1"),
)
_KIND_master = _fields.OneOf(
    _fields.ListOf(_fields.Model("CreateTransactionResponse200MasterType0Item")),
    _fields.Model("CreateTransactionResponse200MasterType1"),
)


@_attrs_define
class CreateTransactionResponse200:
    """Object with data

    Attributes:
        id (int | Unset):
        document_id (int | Unset):
        type_id (int | Unset):
        type_ (CreateTransactionResponse200Type | Unset): Transaction type
        company_id (int | Unset): location ID
        good_id (int | Unset): Product ID
        amount (float | Unset): Quantity
        cost_per_unit (float | Unset): Unit price
        cost (float | Unset): Price
        discount (float | Unset): Discount
        unit_id (int | Unset): Unit ID
        storage_id (int | Unset): Inventory ID
        supplier_id (int | Unset): Vendor ID
        client_id (int | Unset): Client ID
        master_id (int | Unset): team member ID
        create_date (datetime.datetime | Unset): date of creation
        last_change_date (datetime.datetime | Unset): Last modified date
        comment (str | Unset): A comment
        deleted (bool | Unset): Delete transaction flag
        good_special_number (str | Unset): Special number (e.g., certificate code)
        service_amount (float | Unset): Service quantity
        sale_amount (float | Unset): Sale quantity
        service_unit_id (int | Unset): Service unit ID
        sale_unit_id (int | Unset): Sale unit ID
        operation_unit_type (float | Unset): Operation unit type
        good (CreateTransactionResponse200Good | Unset): Product
        sale_unit (CreateTransactionResponse200SaleUnitType0 | None | Unset): Sales unit (can be object or null)
        service_unit (CreateTransactionResponse200ServiceUnitType0 | None | Unset): Sales unit for service (can be
            object or null)
        goods_marks (list[CreateTransactionResponse200GoodsMarksItem] | Unset): Product marking codes
        storage (CreateTransactionResponse200Storage | Unset): Inventory
        supplier (list[CreateTransactionResponse200SupplierItem] | Unset): The supplier
        client (CreateTransactionResponse200ClientType1 | list[CreateTransactionResponse200ClientType0Item] | Unset):
            Customer (can be array or object)
        master (CreateTransactionResponse200MasterType1 | list[CreateTransactionResponse200MasterType0Item] | Unset):
            Team Member (can be array or object)
        unit (CreateTransactionResponse200Unit | Unset): unit of measurement
    """

    id: int | Unset = UNSET
    document_id: int | Unset = UNSET
    type_id: int | Unset = UNSET
    type_: CreateTransactionResponse200Type | Unset = UNSET
    company_id: int | Unset = UNSET
    good_id: int | Unset = UNSET
    amount: float | Unset = UNSET
    cost_per_unit: float | Unset = UNSET
    cost: float | Unset = UNSET
    discount: float | Unset = UNSET
    unit_id: int | Unset = UNSET
    storage_id: int | Unset = UNSET
    supplier_id: int | Unset = UNSET
    client_id: int | Unset = UNSET
    master_id: int | Unset = UNSET
    create_date: datetime.datetime | Unset = UNSET
    last_change_date: datetime.datetime | Unset = UNSET
    comment: str | Unset = UNSET
    deleted: bool | Unset = UNSET
    good_special_number: str | Unset = UNSET
    service_amount: float | Unset = UNSET
    sale_amount: float | Unset = UNSET
    service_unit_id: int | Unset = UNSET
    sale_unit_id: int | Unset = UNSET
    operation_unit_type: float | Unset = UNSET
    good: CreateTransactionResponse200Good | Unset = UNSET
    sale_unit: CreateTransactionResponse200SaleUnitType0 | None | Unset = UNSET
    service_unit: CreateTransactionResponse200ServiceUnitType0 | None | Unset = UNSET
    goods_marks: list[CreateTransactionResponse200GoodsMarksItem] | Unset = UNSET
    storage: CreateTransactionResponse200Storage | Unset = UNSET
    supplier: list[CreateTransactionResponse200SupplierItem] | Unset = UNSET
    client: CreateTransactionResponse200ClientType1 | list[CreateTransactionResponse200ClientType0Item] | Unset = UNSET
    master: CreateTransactionResponse200MasterType1 | list[CreateTransactionResponse200MasterType0Item] | Unset = UNSET
    unit: CreateTransactionResponse200Unit | Unset = UNSET
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
            field_dict["type"] = _fields.write_model(type_, _models.CreateTransactionResponse200Type, "type_")

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

        cost = self.cost
        if cost is not UNSET:
            field_dict["cost"] = _fields.write_number(cost, "cost")

        discount = self.discount
        if discount is not UNSET:
            field_dict["discount"] = _fields.write_number(discount, "discount")

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

        last_change_date = self.last_change_date
        if last_change_date is not UNSET:
            field_dict["last_change_date"] = _fields.write_datetime(last_change_date, "last_change_date")

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

        good_special_number = self.good_special_number
        if type(good_special_number) is not str and good_special_number is not UNSET:
            good_special_number = _fields.write_string(good_special_number, "good_special_number")
        if good_special_number is not UNSET:
            field_dict["good_special_number"] = good_special_number

        service_amount = self.service_amount
        if service_amount is not UNSET:
            field_dict["service_amount"] = _fields.write_number(service_amount, "service_amount")

        sale_amount = self.sale_amount
        if sale_amount is not UNSET:
            field_dict["sale_amount"] = _fields.write_number(sale_amount, "sale_amount")

        service_unit_id = self.service_unit_id
        if type(service_unit_id) is not int and service_unit_id is not UNSET:
            service_unit_id = _fields.write_integer(service_unit_id, "service_unit_id")
        if service_unit_id is not UNSET:
            field_dict["service_unit_id"] = service_unit_id

        sale_unit_id = self.sale_unit_id
        if type(sale_unit_id) is not int and sale_unit_id is not UNSET:
            sale_unit_id = _fields.write_integer(sale_unit_id, "sale_unit_id")
        if sale_unit_id is not UNSET:
            field_dict["sale_unit_id"] = sale_unit_id

        operation_unit_type = self.operation_unit_type
        if operation_unit_type is not UNSET:
            field_dict["operation_unit_type"] = _fields.write_number(operation_unit_type, "operation_unit_type")

        good = self.good
        if good is not UNSET:
            field_dict["good"] = _fields.write_model(good, _models.CreateTransactionResponse200Good, "good")

        sale_unit = self.sale_unit
        if sale_unit is not UNSET:
            field_dict["sale_unit"] = _KIND_sale_unit.write_field(sale_unit, "sale_unit")

        service_unit = self.service_unit
        if service_unit is not UNSET:
            field_dict["service_unit"] = _KIND_service_unit.write_field(service_unit, "service_unit")

        goods_marks = self.goods_marks
        if goods_marks is not UNSET:
            field_dict["goods_marks"] = _KIND_goods_marks.write_field(goods_marks, "goods_marks")

        storage = self.storage
        if storage is not UNSET:
            field_dict["storage"] = _fields.write_model(storage, _models.CreateTransactionResponse200Storage, "storage")

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
            field_dict["unit"] = _fields.write_model(unit, _models.CreateTransactionResponse200Unit, "unit")

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
                type_ = _models.CreateTransactionResponse200Type.from_dict(type_)
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

        cost = _get("cost", UNSET)
        if type(cost) is not float and type(cost) is not int and cost is not UNSET:
            cost = _fields.read_number(cost, "cost")

        discount = _get("discount", UNSET)
        if type(discount) is not float and type(discount) is not int and discount is not UNSET:
            discount = _fields.read_number(discount, "discount")

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

        last_change_date = _get("last_change_date", UNSET)
        if last_change_date is not UNSET:
            try:
                last_change_date = _fields.datetime_fromisoformat(last_change_date)
            except (TypeError, ValueError):
                last_change_date = _fields.read_datetime(last_change_date, "last_change_date")

        comment = _get("comment", UNSET)
        if type(comment) is not str and comment is not UNSET:
            comment = _fields.read_string(comment, "comment")

        deleted = _get("deleted", UNSET)
        if type(deleted) is not bool and deleted is not UNSET:
            deleted = _fields.read_boolean(deleted, "deleted")

        good_special_number = _get("good_special_number", UNSET)
        if type(good_special_number) is not str and good_special_number is not UNSET:
            good_special_number = _fields.read_string(good_special_number, "good_special_number")

        service_amount = _get("service_amount", UNSET)
        if type(service_amount) is not float and type(service_amount) is not int and service_amount is not UNSET:
            service_amount = _fields.read_number(service_amount, "service_amount")

        sale_amount = _get("sale_amount", UNSET)
        if type(sale_amount) is not float and type(sale_amount) is not int and sale_amount is not UNSET:
            sale_amount = _fields.read_number(sale_amount, "sale_amount")

        service_unit_id = _get("service_unit_id", UNSET)
        if type(service_unit_id) is not int and service_unit_id is not UNSET:
            service_unit_id = _fields.read_integer(service_unit_id, "service_unit_id")

        sale_unit_id = _get("sale_unit_id", UNSET)
        if type(sale_unit_id) is not int and sale_unit_id is not UNSET:
            sale_unit_id = _fields.read_integer(sale_unit_id, "sale_unit_id")

        operation_unit_type = _get("operation_unit_type", UNSET)
        if (
            type(operation_unit_type) is not float
            and type(operation_unit_type) is not int
            and operation_unit_type is not UNSET
        ):
            operation_unit_type = _fields.read_number(operation_unit_type, "operation_unit_type")

        good = _get("good", UNSET)
        if good is not UNSET:
            try:
                good = _models.CreateTransactionResponse200Good.from_dict(good)
            except _FieldError as _error:
                raise _error.within("good")

        sale_unit = _get("sale_unit", UNSET)
        if sale_unit is not UNSET and sale_unit is not None:
            try:
                sale_unit = _models.CreateTransactionResponse200SaleUnitType0.from_dict(sale_unit)
            except _FieldError as _error:
                raise _error.within("sale_unit")

        service_unit = _get("service_unit", UNSET)
        if service_unit is not UNSET and service_unit is not None:
            try:
                service_unit = _models.CreateTransactionResponse200ServiceUnitType0.from_dict(service_unit)
            except _FieldError as _error:
                raise _error.within("service_unit")

        goods_marks = _get("goods_marks", UNSET)
        if goods_marks is not UNSET:
            goods_marks = _KIND_goods_marks.read_field(goods_marks, "goods_marks")

        storage = _get("storage", UNSET)
        if storage is not UNSET:
            try:
                storage = _models.CreateTransactionResponse200Storage.from_dict(storage)
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
                unit = _models.CreateTransactionResponse200Unit.from_dict(unit)
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
        _model.cost = cost
        _model.discount = discount
        _model.unit_id = unit_id
        _model.storage_id = storage_id
        _model.supplier_id = supplier_id
        _model.client_id = client_id
        _model.master_id = master_id
        _model.create_date = create_date
        _model.last_change_date = last_change_date
        _model.comment = comment
        _model.deleted = deleted
        _model.good_special_number = good_special_number
        _model.service_amount = service_amount
        _model.sale_amount = sale_amount
        _model.service_unit_id = service_unit_id
        _model.sale_unit_id = sale_unit_id
        _model.operation_unit_type = operation_unit_type
        _model.good = good
        _model.sale_unit = sale_unit
        _model.service_unit = service_unit
        _model.goods_marks = goods_marks
        _model.storage = storage
        _model.supplier = supplier
        _model.client = client
        _model.master = master
        _model.unit = unit
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not CreateTransactionResponse200:
            _fields.init_added_fields(_model, CreateTransactionResponse200)
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
