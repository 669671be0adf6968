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
    from ..models.webhook_goods_operation_data_client import WebhookGoodsOperationDataClient
    from ..models.webhook_goods_operation_data_good import WebhookGoodsOperationDataGood
    from ..models.webhook_goods_operation_data_master import WebhookGoodsOperationDataMaster
    from ..models.webhook_goods_operation_data_service import WebhookGoodsOperationDataService
    from ..models.webhook_goods_operation_data_storage import WebhookGoodsOperationDataStorage
    from ..models.webhook_goods_operation_data_supplier import WebhookGoodsOperationDataSupplier
    from ..models.webhook_goods_operation_data_unit import WebhookGoodsOperationDataUnit


T = TypeVar("T", bound="WebhookGoodsOperationData")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "document_id",
        "type_id",
        "type",
        "operation_unit_type",
        "amount",
        "create_date",
        "cost_per_unit",
        "cost",
        "discount",
        "comment",
        "record_id",
        "last_change_date",
        "loyalty_abonement_id",
        "loyalty_certificate_id",
        "good",
        "unit",
        "storage",
        "client",
        "master",
        "service",
        "supplier",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class WebhookGoodsOperationData:
    """Product operation data sent in webhook notifications. Covers all operation types: sale, receipt, consumable write-
    off, product write-off, and movement.

        Attributes:
            id (int | Unset): Transaction ID.
            document_id (int | Unset):
            type_id (int | Unset): Transaction type: 1 — sale, 2 — write-off, etc.
            type_ (str | Unset):
            operation_unit_type (str | Unset):
            amount (float | Unset):
            create_date (datetime.datetime | Unset):
            cost_per_unit (float | Unset):
            cost (float | Unset):
            discount (float | Unset):
            comment (str | Unset):
            record_id (int | Unset):
            last_change_date (datetime.datetime | Unset):
            loyalty_abonement_id (int | None | Unset):
            loyalty_certificate_id (int | None | Unset):
            good (WebhookGoodsOperationDataGood | Unset): Related product.
            unit (WebhookGoodsOperationDataUnit | Unset):
            storage (WebhookGoodsOperationDataStorage | Unset):
            client (WebhookGoodsOperationDataClient | Unset):
            master (WebhookGoodsOperationDataMaster | Unset):
            service (WebhookGoodsOperationDataService | Unset):
            supplier (WebhookGoodsOperationDataSupplier | Unset):
    """

    id: int | Unset = UNSET
    document_id: int | Unset = UNSET
    type_id: int | Unset = UNSET
    type_: str | Unset = UNSET
    operation_unit_type: str | Unset = UNSET
    amount: float | Unset = UNSET
    create_date: datetime.datetime | Unset = UNSET
    cost_per_unit: float | Unset = UNSET
    cost: float | Unset = UNSET
    discount: float | Unset = UNSET
    comment: str | Unset = UNSET
    record_id: int | Unset = UNSET
    last_change_date: datetime.datetime | Unset = UNSET
    loyalty_abonement_id: int | None | Unset = UNSET
    loyalty_certificate_id: int | None | Unset = UNSET
    good: WebhookGoodsOperationDataGood | Unset = UNSET
    unit: WebhookGoodsOperationDataUnit | Unset = UNSET
    storage: WebhookGoodsOperationDataStorage | Unset = UNSET
    client: WebhookGoodsOperationDataClient | Unset = UNSET
    master: WebhookGoodsOperationDataMaster | Unset = UNSET
    service: WebhookGoodsOperationDataService | Unset = UNSET
    supplier: WebhookGoodsOperationDataSupplier | Unset = UNSET
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

        operation_unit_type = self.operation_unit_type
        if type(operation_unit_type) is not str and operation_unit_type is not UNSET:
            operation_unit_type = _fields.write_string(operation_unit_type, "operation_unit_type")
        if operation_unit_type is not UNSET:
            field_dict["operation_unit_type"] = operation_unit_type

        amount = self.amount
        if amount is not UNSET:
            field_dict["amount"] = _fields.write_number(amount, "amount")

        create_date = self.create_date
        if create_date is not UNSET:
            field_dict["create_date"] = _fields.write_datetime(create_date, "create_date")

        cost_per_unit = self.cost_per_unit
        if cost_per_unit is not UNSET:
            field_dict["cost_per_unit"] = _fields.write_number(cost_per_unit, "cost_per_unit")

        cost = self.cost
        if cost is not UNSET:
            field_dict["cost"] = _fields.write_number(cost, "cost")

        discount = self.discount
        if discount is not UNSET:
            field_dict["discount"] = _fields.write_number(discount, "discount")

        comment = self.comment
        if type(comment) is not str and comment is not UNSET:
            comment = _fields.write_string(comment, "comment")
        if comment is not UNSET:
            field_dict["comment"] = comment

        record_id = self.record_id
        if type(record_id) is not int and record_id is not UNSET:
            record_id = _fields.write_integer(record_id, "record_id")
        if record_id is not UNSET:
            field_dict["record_id"] = record_id

        last_change_date = self.last_change_date
        if last_change_date is not UNSET:
            field_dict["last_change_date"] = _fields.write_datetime(last_change_date, "last_change_date")

        loyalty_abonement_id = self.loyalty_abonement_id
        if (
            type(loyalty_abonement_id) is not int
            and loyalty_abonement_id is not UNSET
            and loyalty_abonement_id is not None
        ):
            loyalty_abonement_id = _fields.write_integer(loyalty_abonement_id, "loyalty_abonement_id")
        if loyalty_abonement_id is not UNSET:
            field_dict["loyalty_abonement_id"] = loyalty_abonement_id

        loyalty_certificate_id = self.loyalty_certificate_id
        if (
            type(loyalty_certificate_id) is not int
            and loyalty_certificate_id is not UNSET
            and loyalty_certificate_id is not None
        ):
            loyalty_certificate_id = _fields.write_integer(loyalty_certificate_id, "loyalty_certificate_id")
        if loyalty_certificate_id is not UNSET:
            field_dict["loyalty_certificate_id"] = loyalty_certificate_id

        good = self.good
        if good is not UNSET:
            field_dict["good"] = _fields.write_model(good, _models.WebhookGoodsOperationDataGood, "good")

        unit = self.unit
        if unit is not UNSET:
            field_dict["unit"] = _fields.write_model(unit, _models.WebhookGoodsOperationDataUnit, "unit")

        storage = self.storage
        if storage is not UNSET:
            field_dict["storage"] = _fields.write_model(storage, _models.WebhookGoodsOperationDataStorage, "storage")

        client = self.client
        if client is not UNSET:
            field_dict["client"] = _fields.write_model(client, _models.WebhookGoodsOperationDataClient, "client")

        master = self.master
        if master is not UNSET:
            field_dict["master"] = _fields.write_model(master, _models.WebhookGoodsOperationDataMaster, "master")

        service = self.service
        if service is not UNSET:
            field_dict["service"] = _fields.write_model(service, _models.WebhookGoodsOperationDataService, "service")

        supplier = self.supplier
        if supplier is not UNSET:
            field_dict["supplier"] = _fields.write_model(
                supplier, _models.WebhookGoodsOperationDataSupplier, "supplier"
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

        operation_unit_type = _get("operation_unit_type", UNSET)
        if type(operation_unit_type) is not str and operation_unit_type is not UNSET:
            operation_unit_type = _fields.read_string(operation_unit_type, "operation_unit_type")

        amount = _get("amount", UNSET)
        if type(amount) is not float and type(amount) is not int and amount is not UNSET:
            amount = _fields.read_number(amount, "amount")

        create_date = _get("create_date", UNSET)
        if create_date is not UNSET:
            try:
                create_date = _fields.datetime_fromisoformat(create_date)
            except (TypeError, ValueError):
                create_date = _fields.read_datetime(create_date, "create_date")

        cost_per_unit = _get("cost_per_unit", UNSET)
        if type(cost_per_unit) is not float and type(cost_per_unit) is not int and cost_per_unit is not UNSET:
            cost_per_unit = _fields.read_number(cost_per_unit, "cost_per_unit")

        cost = _get("cost", UNSET)
        if type(cost) is not float and type(cost) is not int and cost is not UNSET:
            cost = _fields.read_number(cost, "cost")

        discount = _get("discount", UNSET)
        if type(discount) is not float and type(discount) is not int and discount is not UNSET:
            discount = _fields.read_number(discount, "discount")

        comment = _get("comment", UNSET)
        if type(comment) is not str and comment is not UNSET:
            comment = _fields.read_string(comment, "comment")

        record_id = _get("record_id", UNSET)
        if type(record_id) is not int and record_id is not UNSET:
            record_id = _fields.read_integer(record_id, "record_id")

        last_change_date = _get("last_change_date", UNSET)
        if last_change_date is not UNSET:
            try:
                last_change_date = _fields.datetime_fromisoformat(last_change_date)
            except (TypeError, ValueError):
                last_change_date = _fields.read_datetime(last_change_date, "last_change_date")

        loyalty_abonement_id = _get("loyalty_abonement_id", UNSET)
        if (
            type(loyalty_abonement_id) is not int
            and loyalty_abonement_id is not UNSET
            and loyalty_abonement_id is not None
        ):
            loyalty_abonement_id = _fields.read_integer(loyalty_abonement_id, "loyalty_abonement_id")

        loyalty_certificate_id = _get("loyalty_certificate_id", UNSET)
        if (
            type(loyalty_certificate_id) is not int
            and loyalty_certificate_id is not UNSET
            and loyalty_certificate_id is not None
        ):
            loyalty_certificate_id = _fields.read_integer(loyalty_certificate_id, "loyalty_certificate_id")

        good = _get("good", UNSET)
        if good is not UNSET:
            try:
                good = _models.WebhookGoodsOperationDataGood.from_dict(good)
            except _FieldError as _error:
                raise _error.within("good")

        unit = _get("unit", UNSET)
        if unit is not UNSET:
            try:
                unit = _models.WebhookGoodsOperationDataUnit.from_dict(unit)
            except _FieldError as _error:
                raise _error.within("unit")

        storage = _get("storage", UNSET)
        if storage is not UNSET:
            try:
                storage = _models.WebhookGoodsOperationDataStorage.from_dict(storage)
            except _FieldError as _error:
                raise _error.within("storage")

        client = _get("client", UNSET)
        if client is not UNSET:
            try:
                client = _models.WebhookGoodsOperationDataClient.from_dict(client)
            except _FieldError as _error:
                raise _error.within("client")

        master = _get("master", UNSET)
        if master is not UNSET:
            try:
                master = _models.WebhookGoodsOperationDataMaster.from_dict(master)
            except _FieldError as _error:
                raise _error.within("master")

        service = _get("service", UNSET)
        if service is not UNSET:
            try:
                service = _models.WebhookGoodsOperationDataService.from_dict(service)
            except _FieldError as _error:
                raise _error.within("service")

        supplier = _get("supplier", UNSET)
        if supplier is not UNSET:
            try:
                supplier = _models.WebhookGoodsOperationDataSupplier.from_dict(supplier)
            except _FieldError as _error:
                raise _error.within("supplier")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.document_id = document_id
        _model.type_id = type_id
        _model.type_ = type_
        _model.operation_unit_type = operation_unit_type
        _model.amount = amount
        _model.create_date = create_date
        _model.cost_per_unit = cost_per_unit
        _model.cost = cost
        _model.discount = discount
        _model.comment = comment
        _model.record_id = record_id
        _model.last_change_date = last_change_date
        _model.loyalty_abonement_id = loyalty_abonement_id
        _model.loyalty_certificate_id = loyalty_certificate_id
        _model.good = good
        _model.unit = unit
        _model.storage = storage
        _model.client = client
        _model.master = master
        _model.service = service
        _model.supplier = supplier
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not WebhookGoodsOperationData:
            _fields.init_added_fields(_model, WebhookGoodsOperationData)
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
