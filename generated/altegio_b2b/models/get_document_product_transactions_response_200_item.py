from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import timestamps as _timestamps
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetDocumentProductTransactionsResponse200Item")


@_attrs_define
class GetDocumentProductTransactionsResponse200Item:
    """
    Attributes:
        id (int | Unset): Transaction ID
        document_id (int | Unset): Document ID
        type_id (int | Unset): Transaction type identifier
        company_id (int | Unset): location ID
        good_id (int | Unset): Item ID
        amount (float | Unset): Quantity of products
        cost_per_unit (float | Unset): Unit price
        discount (float | Unset): Discount
        cost (float | Unset): The total cost of the products
        unit_id (int | Unset): Unit ID
        operation_unit_type (float | Unset): Unit type: 1 - for sale, 2 - for write-off
        storage_id (int | Unset): Inventory ID
        supplier_id (int | Unset): Vendor ID
        record_id (int | Unset): Appointment ID
        client_id (int | Unset): Client ID
        master_id (int | Unset): team member ID
        create_date (datetime.datetime | Unset): date of creation
        comment (str | Unset): A comment
        service_id (int | Unset): Service ID
        user_id (int | Unset): User ID
        deleted (bool | Unset): Has the transaction been deleted?
        pkg_amount (float | Unset): Amount in a package
    """

    id: int | Unset = UNSET
    document_id: int | Unset = UNSET
    type_id: int | Unset = UNSET
    company_id: int | Unset = UNSET
    good_id: int | Unset = UNSET
    amount: float | Unset = UNSET
    cost_per_unit: float | Unset = UNSET
    discount: float | Unset = UNSET
    cost: float | Unset = UNSET
    unit_id: int | Unset = UNSET
    operation_unit_type: float | Unset = UNSET
    storage_id: int | Unset = UNSET
    supplier_id: int | Unset = UNSET
    record_id: int | Unset = UNSET
    client_id: int | Unset = UNSET
    master_id: int | Unset = UNSET
    create_date: datetime.datetime | Unset = UNSET
    comment: str | Unset = UNSET
    service_id: int | Unset = UNSET
    user_id: int | Unset = UNSET
    deleted: bool | Unset = UNSET
    pkg_amount: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        document_id = self.document_id

        type_id = self.type_id

        company_id = self.company_id

        good_id = self.good_id

        amount = self.amount

        cost_per_unit = self.cost_per_unit

        discount = self.discount

        cost = self.cost

        unit_id = self.unit_id

        operation_unit_type = self.operation_unit_type

        storage_id = self.storage_id

        supplier_id = self.supplier_id

        record_id = self.record_id

        client_id = self.client_id

        master_id = self.master_id

        create_date: str | Unset = UNSET
        if not isinstance(self.create_date, Unset):
            create_date = self.create_date.isoformat()

        comment = self.comment

        service_id = self.service_id

        user_id = self.user_id

        deleted = self.deleted

        pkg_amount = self.pkg_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if document_id is not UNSET:
            field_dict["document_id"] = document_id
        if type_id is not UNSET:
            field_dict["type_id"] = type_id
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
        if operation_unit_type is not UNSET:
            field_dict["operation_unit_type"] = operation_unit_type
        if storage_id is not UNSET:
            field_dict["storage_id"] = storage_id
        if supplier_id is not UNSET:
            field_dict["supplier_id"] = supplier_id
        if record_id is not UNSET:
            field_dict["record_id"] = record_id
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if master_id is not UNSET:
            field_dict["master_id"] = master_id
        if create_date is not UNSET:
            field_dict["create_date"] = create_date
        if comment is not UNSET:
            field_dict["comment"] = comment
        if service_id is not UNSET:
            field_dict["service_id"] = service_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if pkg_amount is not UNSET:
            field_dict["pkg_amount"] = pkg_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        document_id = d.pop("document_id", UNSET)

        type_id = d.pop("type_id", UNSET)

        company_id = d.pop("company_id", UNSET)

        good_id = d.pop("good_id", UNSET)

        amount = d.pop("amount", UNSET)

        cost_per_unit = d.pop("cost_per_unit", UNSET)

        discount = d.pop("discount", UNSET)

        cost = d.pop("cost", UNSET)

        unit_id = d.pop("unit_id", UNSET)

        operation_unit_type = d.pop("operation_unit_type", UNSET)

        storage_id = d.pop("storage_id", UNSET)

        supplier_id = d.pop("supplier_id", UNSET)

        record_id = d.pop("record_id", UNSET)

        client_id = d.pop("client_id", UNSET)

        master_id = d.pop("master_id", UNSET)

        _create_date = d.pop("create_date", UNSET)
        create_date: datetime.datetime | Unset
        if isinstance(_create_date, Unset):
            create_date = UNSET
        else:
            create_date = _timestamps.parse_datetime(_create_date)

        comment = d.pop("comment", UNSET)

        service_id = d.pop("service_id", UNSET)

        user_id = d.pop("user_id", UNSET)

        deleted = d.pop("deleted", UNSET)

        pkg_amount = d.pop("pkg_amount", UNSET)

        _model = cls(
            id=id,
            document_id=document_id,
            type_id=type_id,
            company_id=company_id,
            good_id=good_id,
            amount=amount,
            cost_per_unit=cost_per_unit,
            discount=discount,
            cost=cost,
            unit_id=unit_id,
            operation_unit_type=operation_unit_type,
            storage_id=storage_id,
            supplier_id=supplier_id,
            record_id=record_id,
            client_id=client_id,
            master_id=master_id,
            create_date=create_date,
            comment=comment,
            service_id=service_id,
            user_id=user_id,
            deleted=deleted,
            pkg_amount=pkg_amount,
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
