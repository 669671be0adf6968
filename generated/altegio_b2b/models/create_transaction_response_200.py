from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import timestamps as _timestamps
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
        from ..models.create_transaction_response_200_sale_unit_type_0 import CreateTransactionResponse200SaleUnitType0  # noqa: PLC0415
        from ..models.create_transaction_response_200_service_unit_type_0 import (
            CreateTransactionResponse200ServiceUnitType0,  # noqa: PLC0415
        )

        id = self.id

        document_id = self.document_id

        type_id = self.type_id

        type_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.to_dict()

        company_id = self.company_id

        good_id = self.good_id

        amount = self.amount

        cost_per_unit = self.cost_per_unit

        cost = self.cost

        discount = self.discount

        unit_id = self.unit_id

        storage_id = self.storage_id

        supplier_id = self.supplier_id

        client_id = self.client_id

        master_id = self.master_id

        create_date: str | Unset = UNSET
        if not isinstance(self.create_date, Unset):
            create_date = self.create_date.isoformat()

        last_change_date: str | Unset = UNSET
        if not isinstance(self.last_change_date, Unset):
            last_change_date = self.last_change_date.isoformat()

        comment = self.comment

        deleted = self.deleted

        good_special_number = self.good_special_number

        service_amount = self.service_amount

        sale_amount = self.sale_amount

        service_unit_id = self.service_unit_id

        sale_unit_id = self.sale_unit_id

        operation_unit_type = self.operation_unit_type

        good: dict[str, Any] | Unset = UNSET
        if not isinstance(self.good, Unset):
            good = self.good.to_dict()

        sale_unit: dict[str, Any] | None | Unset
        if isinstance(self.sale_unit, Unset):
            sale_unit = UNSET
        elif isinstance(self.sale_unit, CreateTransactionResponse200SaleUnitType0):
            sale_unit = self.sale_unit.to_dict()
        else:
            sale_unit = self.sale_unit

        service_unit: dict[str, Any] | None | Unset
        if isinstance(self.service_unit, Unset):
            service_unit = UNSET
        elif isinstance(self.service_unit, CreateTransactionResponse200ServiceUnitType0):
            service_unit = self.service_unit.to_dict()
        else:
            service_unit = self.service_unit

        goods_marks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.goods_marks, Unset):
            goods_marks = []
            for goods_marks_item_data in self.goods_marks:
                goods_marks_item = goods_marks_item_data.to_dict()
                goods_marks.append(goods_marks_item)

        storage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.storage, Unset):
            storage = self.storage.to_dict()

        supplier: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.supplier, Unset):
            supplier = []
            for supplier_item_data in self.supplier:
                supplier_item = supplier_item_data.to_dict()
                supplier.append(supplier_item)

        client: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.client, Unset):
            client = UNSET
        elif isinstance(self.client, list):
            client = []
            for client_type_0_item_data in self.client:
                client_type_0_item = client_type_0_item_data.to_dict()
                client.append(client_type_0_item)

        else:
            client = self.client.to_dict()

        master: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.master, Unset):
            master = UNSET
        elif isinstance(self.master, list):
            master = []
            for master_type_0_item_data in self.master:
                master_type_0_item = master_type_0_item_data.to_dict()
                master.append(master_type_0_item)

        else:
            master = self.master.to_dict()

        unit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.unit, Unset):
            unit = self.unit.to_dict()

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
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if good_id is not UNSET:
            field_dict["good_id"] = good_id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if cost_per_unit is not UNSET:
            field_dict["cost_per_unit"] = cost_per_unit
        if cost is not UNSET:
            field_dict["cost"] = cost
        if discount is not UNSET:
            field_dict["discount"] = discount
        if unit_id is not UNSET:
            field_dict["unit_id"] = unit_id
        if storage_id is not UNSET:
            field_dict["storage_id"] = storage_id
        if supplier_id is not UNSET:
            field_dict["supplier_id"] = supplier_id
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if master_id is not UNSET:
            field_dict["master_id"] = master_id
        if create_date is not UNSET:
            field_dict["create_date"] = create_date
        if last_change_date is not UNSET:
            field_dict["last_change_date"] = last_change_date
        if comment is not UNSET:
            field_dict["comment"] = comment
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if good_special_number is not UNSET:
            field_dict["good_special_number"] = good_special_number
        if service_amount is not UNSET:
            field_dict["service_amount"] = service_amount
        if sale_amount is not UNSET:
            field_dict["sale_amount"] = sale_amount
        if service_unit_id is not UNSET:
            field_dict["service_unit_id"] = service_unit_id
        if sale_unit_id is not UNSET:
            field_dict["sale_unit_id"] = sale_unit_id
        if operation_unit_type is not UNSET:
            field_dict["operation_unit_type"] = operation_unit_type
        if good is not UNSET:
            field_dict["good"] = good
        if sale_unit is not UNSET:
            field_dict["sale_unit"] = sale_unit
        if service_unit is not UNSET:
            field_dict["service_unit"] = service_unit
        if goods_marks is not UNSET:
            field_dict["goods_marks"] = goods_marks
        if storage is not UNSET:
            field_dict["storage"] = storage
        if supplier is not UNSET:
            field_dict["supplier"] = supplier
        if client is not UNSET:
            field_dict["client"] = client
        if master is not UNSET:
            field_dict["master"] = master
        if unit is not UNSET:
            field_dict["unit"] = unit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_transaction_response_200_client_type_0_item import (
            CreateTransactionResponse200ClientType0Item,  # noqa: PLC0415
        )
        from ..models.create_transaction_response_200_client_type_1 import CreateTransactionResponse200ClientType1  # noqa: PLC0415
        from ..models.create_transaction_response_200_good import CreateTransactionResponse200Good  # noqa: PLC0415
        from ..models.create_transaction_response_200_goods_marks_item import CreateTransactionResponse200GoodsMarksItem  # noqa: PLC0415
        from ..models.create_transaction_response_200_master_type_0_item import (
            CreateTransactionResponse200MasterType0Item,  # noqa: PLC0415
        )
        from ..models.create_transaction_response_200_master_type_1 import CreateTransactionResponse200MasterType1  # noqa: PLC0415
        from ..models.create_transaction_response_200_sale_unit_type_0 import CreateTransactionResponse200SaleUnitType0  # noqa: PLC0415
        from ..models.create_transaction_response_200_service_unit_type_0 import (
            CreateTransactionResponse200ServiceUnitType0,  # noqa: PLC0415
        )
        from ..models.create_transaction_response_200_storage import CreateTransactionResponse200Storage  # noqa: PLC0415
        from ..models.create_transaction_response_200_supplier_item import CreateTransactionResponse200SupplierItem  # noqa: PLC0415
        from ..models.create_transaction_response_200_type import CreateTransactionResponse200Type  # noqa: PLC0415
        from ..models.create_transaction_response_200_unit import CreateTransactionResponse200Unit  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        document_id = d.pop("document_id", UNSET)

        type_id = d.pop("type_id", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: CreateTransactionResponse200Type | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = CreateTransactionResponse200Type.from_dict(_type_)

        company_id = d.pop("company_id", UNSET)

        good_id = d.pop("good_id", UNSET)

        amount = d.pop("amount", UNSET)

        cost_per_unit = d.pop("cost_per_unit", UNSET)

        cost = d.pop("cost", UNSET)

        discount = d.pop("discount", UNSET)

        unit_id = d.pop("unit_id", UNSET)

        storage_id = d.pop("storage_id", UNSET)

        supplier_id = d.pop("supplier_id", UNSET)

        client_id = d.pop("client_id", UNSET)

        master_id = d.pop("master_id", UNSET)

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

        comment = d.pop("comment", UNSET)

        deleted = d.pop("deleted", UNSET)

        good_special_number = d.pop("good_special_number", UNSET)

        service_amount = d.pop("service_amount", UNSET)

        sale_amount = d.pop("sale_amount", UNSET)

        service_unit_id = d.pop("service_unit_id", UNSET)

        sale_unit_id = d.pop("sale_unit_id", UNSET)

        operation_unit_type = d.pop("operation_unit_type", UNSET)

        _good = d.pop("good", UNSET)
        good: CreateTransactionResponse200Good | Unset
        if isinstance(_good, Unset):
            good = UNSET
        else:
            good = CreateTransactionResponse200Good.from_dict(_good)

        def _parse_sale_unit(data: object) -> CreateTransactionResponse200SaleUnitType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sale_unit_type_0 = CreateTransactionResponse200SaleUnitType0.from_dict(data)

                return sale_unit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateTransactionResponse200SaleUnitType0 | None | Unset, data)

        sale_unit = _parse_sale_unit(d.pop("sale_unit", UNSET))

        def _parse_service_unit(data: object) -> CreateTransactionResponse200ServiceUnitType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                service_unit_type_0 = CreateTransactionResponse200ServiceUnitType0.from_dict(data)

                return service_unit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateTransactionResponse200ServiceUnitType0 | None | Unset, data)

        service_unit = _parse_service_unit(d.pop("service_unit", UNSET))

        _goods_marks = d.pop("goods_marks", UNSET)
        goods_marks: list[CreateTransactionResponse200GoodsMarksItem] | Unset = UNSET
        if _goods_marks is not UNSET:
            goods_marks = []
            for goods_marks_item_data in _goods_marks:
                goods_marks_item = CreateTransactionResponse200GoodsMarksItem.from_dict(goods_marks_item_data)

                goods_marks.append(goods_marks_item)

        _storage = d.pop("storage", UNSET)
        storage: CreateTransactionResponse200Storage | Unset
        if isinstance(_storage, Unset):
            storage = UNSET
        else:
            storage = CreateTransactionResponse200Storage.from_dict(_storage)

        _supplier = d.pop("supplier", UNSET)
        supplier: list[CreateTransactionResponse200SupplierItem] | Unset = UNSET
        if _supplier is not UNSET:
            supplier = []
            for supplier_item_data in _supplier:
                supplier_item = CreateTransactionResponse200SupplierItem.from_dict(supplier_item_data)

                supplier.append(supplier_item)

        def _parse_client(
            data: object,
        ) -> CreateTransactionResponse200ClientType1 | list[CreateTransactionResponse200ClientType0Item] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                client_type_0 = []
                _client_type_0 = data
                for client_type_0_item_data in _client_type_0:
                    client_type_0_item = CreateTransactionResponse200ClientType0Item.from_dict(client_type_0_item_data)

                    client_type_0.append(client_type_0_item)

                return client_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            client_type_1 = CreateTransactionResponse200ClientType1.from_dict(data)

            return client_type_1

        client = _parse_client(d.pop("client", UNSET))

        def _parse_master(
            data: object,
        ) -> CreateTransactionResponse200MasterType1 | list[CreateTransactionResponse200MasterType0Item] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                master_type_0 = []
                _master_type_0 = data
                for master_type_0_item_data in _master_type_0:
                    master_type_0_item = CreateTransactionResponse200MasterType0Item.from_dict(master_type_0_item_data)

                    master_type_0.append(master_type_0_item)

                return master_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            master_type_1 = CreateTransactionResponse200MasterType1.from_dict(data)

            return master_type_1

        master = _parse_master(d.pop("master", UNSET))

        _unit = d.pop("unit", UNSET)
        unit: CreateTransactionResponse200Unit | Unset
        if isinstance(_unit, Unset):
            unit = UNSET
        else:
            unit = CreateTransactionResponse200Unit.from_dict(_unit)

        _model = cls(
            id=id,
            document_id=document_id,
            type_id=type_id,
            type_=type_,
            company_id=company_id,
            good_id=good_id,
            amount=amount,
            cost_per_unit=cost_per_unit,
            cost=cost,
            discount=discount,
            unit_id=unit_id,
            storage_id=storage_id,
            supplier_id=supplier_id,
            client_id=client_id,
            master_id=master_id,
            create_date=create_date,
            last_change_date=last_change_date,
            comment=comment,
            deleted=deleted,
            good_special_number=good_special_number,
            service_amount=service_amount,
            sale_amount=sale_amount,
            service_unit_id=service_unit_id,
            sale_unit_id=sale_unit_id,
            operation_unit_type=operation_unit_type,
            good=good,
            sale_unit=sale_unit,
            service_unit=service_unit,
            goods_marks=goods_marks,
            storage=storage,
            supplier=supplier,
            client=client,
            master=master,
            unit=unit,
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
