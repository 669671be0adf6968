from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import timestamps as _timestamps
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
        id = self.id

        document_id = self.document_id

        type_id = self.type_id

        type_ = self.type_

        operation_unit_type = self.operation_unit_type

        amount = self.amount

        create_date: str | Unset = UNSET
        if not isinstance(self.create_date, Unset):
            create_date = self.create_date.isoformat()

        cost_per_unit = self.cost_per_unit

        cost = self.cost

        discount = self.discount

        comment = self.comment

        record_id = self.record_id

        last_change_date: str | Unset = UNSET
        if not isinstance(self.last_change_date, Unset):
            last_change_date = self.last_change_date.isoformat()

        loyalty_abonement_id: int | None | Unset
        if isinstance(self.loyalty_abonement_id, Unset):
            loyalty_abonement_id = UNSET
        else:
            loyalty_abonement_id = self.loyalty_abonement_id

        loyalty_certificate_id: int | None | Unset
        if isinstance(self.loyalty_certificate_id, Unset):
            loyalty_certificate_id = UNSET
        else:
            loyalty_certificate_id = self.loyalty_certificate_id

        good: dict[str, Any] | Unset = UNSET
        if not isinstance(self.good, Unset):
            good = self.good.to_dict()

        unit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.unit, Unset):
            unit = self.unit.to_dict()

        storage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.storage, Unset):
            storage = self.storage.to_dict()

        client: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client, Unset):
            client = self.client.to_dict()

        master: dict[str, Any] | Unset = UNSET
        if not isinstance(self.master, Unset):
            master = self.master.to_dict()

        service: dict[str, Any] | Unset = UNSET
        if not isinstance(self.service, Unset):
            service = self.service.to_dict()

        supplier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.supplier, Unset):
            supplier = self.supplier.to_dict()

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
        if operation_unit_type is not UNSET:
            field_dict["operation_unit_type"] = operation_unit_type
        if amount is not UNSET:
            field_dict["amount"] = amount
        if create_date is not UNSET:
            field_dict["create_date"] = create_date
        if cost_per_unit is not UNSET:
            field_dict["cost_per_unit"] = cost_per_unit
        if cost is not UNSET:
            field_dict["cost"] = cost
        if discount is not UNSET:
            field_dict["discount"] = discount
        if comment is not UNSET:
            field_dict["comment"] = comment
        if record_id is not UNSET:
            field_dict["record_id"] = record_id
        if last_change_date is not UNSET:
            field_dict["last_change_date"] = last_change_date
        if loyalty_abonement_id is not UNSET:
            field_dict["loyalty_abonement_id"] = loyalty_abonement_id
        if loyalty_certificate_id is not UNSET:
            field_dict["loyalty_certificate_id"] = loyalty_certificate_id
        if good is not UNSET:
            field_dict["good"] = good
        if unit is not UNSET:
            field_dict["unit"] = unit
        if storage is not UNSET:
            field_dict["storage"] = storage
        if client is not UNSET:
            field_dict["client"] = client
        if master is not UNSET:
            field_dict["master"] = master
        if service is not UNSET:
            field_dict["service"] = service
        if supplier is not UNSET:
            field_dict["supplier"] = supplier

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_goods_operation_data_client import WebhookGoodsOperationDataClient  # noqa: PLC0415
        from ..models.webhook_goods_operation_data_good import WebhookGoodsOperationDataGood  # noqa: PLC0415
        from ..models.webhook_goods_operation_data_master import WebhookGoodsOperationDataMaster  # noqa: PLC0415
        from ..models.webhook_goods_operation_data_service import WebhookGoodsOperationDataService  # noqa: PLC0415
        from ..models.webhook_goods_operation_data_storage import WebhookGoodsOperationDataStorage  # noqa: PLC0415
        from ..models.webhook_goods_operation_data_supplier import WebhookGoodsOperationDataSupplier  # noqa: PLC0415
        from ..models.webhook_goods_operation_data_unit import WebhookGoodsOperationDataUnit  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        document_id = d.pop("document_id", UNSET)

        type_id = d.pop("type_id", UNSET)

        type_ = d.pop("type", UNSET)

        operation_unit_type = d.pop("operation_unit_type", UNSET)

        amount = d.pop("amount", UNSET)

        _create_date = d.pop("create_date", UNSET)
        create_date: datetime.datetime | Unset
        if isinstance(_create_date, Unset):
            create_date = UNSET
        else:
            create_date = _timestamps.parse_datetime(_create_date)

        cost_per_unit = d.pop("cost_per_unit", UNSET)

        cost = d.pop("cost", UNSET)

        discount = d.pop("discount", UNSET)

        comment = d.pop("comment", UNSET)

        record_id = d.pop("record_id", UNSET)

        _last_change_date = d.pop("last_change_date", UNSET)
        last_change_date: datetime.datetime | Unset
        if isinstance(_last_change_date, Unset):
            last_change_date = UNSET
        else:
            last_change_date = _timestamps.parse_datetime(_last_change_date)

        def _parse_loyalty_abonement_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        loyalty_abonement_id = _parse_loyalty_abonement_id(d.pop("loyalty_abonement_id", UNSET))

        def _parse_loyalty_certificate_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        loyalty_certificate_id = _parse_loyalty_certificate_id(d.pop("loyalty_certificate_id", UNSET))

        _good = d.pop("good", UNSET)
        good: WebhookGoodsOperationDataGood | Unset
        if isinstance(_good, Unset):
            good = UNSET
        else:
            good = WebhookGoodsOperationDataGood.from_dict(_good)

        _unit = d.pop("unit", UNSET)
        unit: WebhookGoodsOperationDataUnit | Unset
        if isinstance(_unit, Unset):
            unit = UNSET
        else:
            unit = WebhookGoodsOperationDataUnit.from_dict(_unit)

        _storage = d.pop("storage", UNSET)
        storage: WebhookGoodsOperationDataStorage | Unset
        if isinstance(_storage, Unset):
            storage = UNSET
        else:
            storage = WebhookGoodsOperationDataStorage.from_dict(_storage)

        _client = d.pop("client", UNSET)
        client: WebhookGoodsOperationDataClient | Unset
        if isinstance(_client, Unset):
            client = UNSET
        else:
            client = WebhookGoodsOperationDataClient.from_dict(_client)

        _master = d.pop("master", UNSET)
        master: WebhookGoodsOperationDataMaster | Unset
        if isinstance(_master, Unset):
            master = UNSET
        else:
            master = WebhookGoodsOperationDataMaster.from_dict(_master)

        _service = d.pop("service", UNSET)
        service: WebhookGoodsOperationDataService | Unset
        if isinstance(_service, Unset):
            service = UNSET
        else:
            service = WebhookGoodsOperationDataService.from_dict(_service)

        _supplier = d.pop("supplier", UNSET)
        supplier: WebhookGoodsOperationDataSupplier | Unset
        if isinstance(_supplier, Unset):
            supplier = UNSET
        else:
            supplier = WebhookGoodsOperationDataSupplier.from_dict(_supplier)

        _model = cls(
            id=id,
            document_id=document_id,
            type_id=type_id,
            type_=type_,
            operation_unit_type=operation_unit_type,
            amount=amount,
            create_date=create_date,
            cost_per_unit=cost_per_unit,
            cost=cost,
            discount=discount,
            comment=comment,
            record_id=record_id,
            last_change_date=last_change_date,
            loyalty_abonement_id=loyalty_abonement_id,
            loyalty_certificate_id=loyalty_certificate_id,
            good=good,
            unit=unit,
            storage=storage,
            client=client,
            master=master,
            service=service,
            supplier=supplier,
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
