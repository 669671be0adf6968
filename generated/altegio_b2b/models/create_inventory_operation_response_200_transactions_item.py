from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import timestamps as _timestamps
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

        discount = self.discount

        cost = self.cost

        unit_id = self.unit_id

        storage_id = self.storage_id

        supplier_id = self.supplier_id

        client_id = self.client_id

        master_id = self.master_id

        create_date: str | Unset = UNSET
        if not isinstance(self.create_date, Unset):
            create_date = self.create_date.isoformat()

        comment = self.comment

        deleted = self.deleted

        good: dict[str, Any] | Unset = UNSET
        if not isinstance(self.good, Unset):
            good = self.good.to_dict()

        storage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.storage, Unset):
            storage = self.storage.to_dict()

        supplier: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.supplier, Unset):
            supplier = []
            for supplier_item_data in self.supplier:
                supplier_item = supplier_item_data.to_dict()
                supplier.append(supplier_item)

        client: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.client, Unset):
            client = []
            for client_item_data in self.client:
                client_item = client_item_data.to_dict()
                client.append(client_item)

        master: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.master, Unset):
            master = []
            for master_item_data in self.master:
                master_item = master_item_data.to_dict()
                master.append(master_item)

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
        if discount is not UNSET:
            field_dict["discount"] = discount
        if cost is not UNSET:
            field_dict["cost"] = cost
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
        if comment is not UNSET:
            field_dict["comment"] = comment
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if good is not UNSET:
            field_dict["good"] = good
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
        from ..models.create_inventory_operation_response_200_transactions_item_client_item import (
            CreateInventoryOperationResponse200TransactionsItemClientItem,  # noqa: PLC0415
        )
        from ..models.create_inventory_operation_response_200_transactions_item_good import (
            CreateInventoryOperationResponse200TransactionsItemGood,  # noqa: PLC0415
        )
        from ..models.create_inventory_operation_response_200_transactions_item_master_item import (
            CreateInventoryOperationResponse200TransactionsItemMasterItem,  # noqa: PLC0415
        )
        from ..models.create_inventory_operation_response_200_transactions_item_storage import (
            CreateInventoryOperationResponse200TransactionsItemStorage,  # noqa: PLC0415
        )
        from ..models.create_inventory_operation_response_200_transactions_item_supplier_item import (
            CreateInventoryOperationResponse200TransactionsItemSupplierItem,  # noqa: PLC0415
        )
        from ..models.create_inventory_operation_response_200_transactions_item_type import (
            CreateInventoryOperationResponse200TransactionsItemType,  # noqa: PLC0415
        )
        from ..models.create_inventory_operation_response_200_transactions_item_unit import (
            CreateInventoryOperationResponse200TransactionsItemUnit,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        document_id = d.pop("document_id", UNSET)

        type_id = d.pop("type_id", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: CreateInventoryOperationResponse200TransactionsItemType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = CreateInventoryOperationResponse200TransactionsItemType.from_dict(_type_)

        company_id = d.pop("company_id", UNSET)

        good_id = d.pop("good_id", UNSET)

        amount = d.pop("amount", UNSET)

        cost_per_unit = d.pop("cost_per_unit", UNSET)

        discount = d.pop("discount", UNSET)

        cost = d.pop("cost", UNSET)

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

        comment = d.pop("comment", UNSET)

        deleted = d.pop("deleted", UNSET)

        _good = d.pop("good", UNSET)
        good: CreateInventoryOperationResponse200TransactionsItemGood | Unset
        if isinstance(_good, Unset):
            good = UNSET
        else:
            good = CreateInventoryOperationResponse200TransactionsItemGood.from_dict(_good)

        _storage = d.pop("storage", UNSET)
        storage: CreateInventoryOperationResponse200TransactionsItemStorage | Unset
        if isinstance(_storage, Unset):
            storage = UNSET
        else:
            storage = CreateInventoryOperationResponse200TransactionsItemStorage.from_dict(_storage)

        _supplier = d.pop("supplier", UNSET)
        supplier: list[CreateInventoryOperationResponse200TransactionsItemSupplierItem] | Unset = UNSET
        if _supplier is not UNSET:
            supplier = []
            for supplier_item_data in _supplier:
                supplier_item = CreateInventoryOperationResponse200TransactionsItemSupplierItem.from_dict(
                    supplier_item_data
                )

                supplier.append(supplier_item)

        _client = d.pop("client", UNSET)
        client: list[CreateInventoryOperationResponse200TransactionsItemClientItem] | Unset = UNSET
        if _client is not UNSET:
            client = []
            for client_item_data in _client:
                client_item = CreateInventoryOperationResponse200TransactionsItemClientItem.from_dict(client_item_data)

                client.append(client_item)

        _master = d.pop("master", UNSET)
        master: list[CreateInventoryOperationResponse200TransactionsItemMasterItem] | Unset = UNSET
        if _master is not UNSET:
            master = []
            for master_item_data in _master:
                master_item = CreateInventoryOperationResponse200TransactionsItemMasterItem.from_dict(master_item_data)

                master.append(master_item)

        _unit = d.pop("unit", UNSET)
        unit: CreateInventoryOperationResponse200TransactionsItemUnit | Unset
        if isinstance(_unit, Unset):
            unit = UNSET
        else:
            unit = CreateInventoryOperationResponse200TransactionsItemUnit.from_dict(_unit)

        _model = cls(
            id=id,
            document_id=document_id,
            type_id=type_id,
            type_=type_,
            company_id=company_id,
            good_id=good_id,
            amount=amount,
            cost_per_unit=cost_per_unit,
            discount=discount,
            cost=cost,
            unit_id=unit_id,
            storage_id=storage_id,
            supplier_id=supplier_id,
            client_id=client_id,
            master_id=master_id,
            create_date=create_date,
            comment=comment,
            deleted=deleted,
            good=good,
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
