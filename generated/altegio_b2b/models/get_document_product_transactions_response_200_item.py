from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetDocumentProductTransactionsResponse200Item")


@_attrs_define
class GetDocumentProductTransactionsResponse200Item:
    """
    Attributes:
        amount (float | Unset): Quantity of products
        client_id (int | Unset): Client ID
        comment (str | Unset): A comment
        company_id (int | Unset): location ID
        cost (float | Unset): The total cost of the products
        cost_per_unit (float | Unset): Unit price
        create_date (datetime.datetime | Unset): date of creation
        deleted (bool | Unset): Has the transaction been deleted?
        discount (float | Unset): Discount
        document_id (int | Unset): Document ID
        good_id (int | Unset): Item ID
        id (int | Unset): Transaction ID
        master_id (int | Unset): team member ID
        operation_unit_type (float | Unset): Unit type: 1 - for sale, 2 - for write-off
        pkg_amount (float | Unset): Amount in a package
        record_id (int | Unset): Appointment ID
        service_id (int | Unset): Service ID
        storage_id (int | Unset): Inventory ID
        supplier_id (int | Unset): Vendor ID
        type_id (int | Unset): Transaction type identifier
        unit_id (int | Unset): Unit ID
        user_id (int | Unset): User ID
    """

    amount: float | Unset = UNSET
    client_id: int | Unset = UNSET
    comment: str | Unset = UNSET
    company_id: int | Unset = UNSET
    cost: float | Unset = UNSET
    cost_per_unit: float | Unset = UNSET
    create_date: datetime.datetime | Unset = UNSET
    deleted: bool | Unset = UNSET
    discount: float | Unset = UNSET
    document_id: int | Unset = UNSET
    good_id: int | Unset = UNSET
    id: int | Unset = UNSET
    master_id: int | Unset = UNSET
    operation_unit_type: float | Unset = UNSET
    pkg_amount: float | Unset = UNSET
    record_id: int | Unset = UNSET
    service_id: int | Unset = UNSET
    storage_id: int | Unset = UNSET
    supplier_id: int | Unset = UNSET
    type_id: int | Unset = UNSET
    unit_id: int | Unset = UNSET
    user_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        client_id = self.client_id

        comment = self.comment

        company_id = self.company_id

        cost = self.cost

        cost_per_unit = self.cost_per_unit

        create_date: str | Unset = UNSET
        if not isinstance(self.create_date, Unset):
            create_date = self.create_date.isoformat()

        deleted = self.deleted

        discount = self.discount

        document_id = self.document_id

        good_id = self.good_id

        id = self.id

        master_id = self.master_id

        operation_unit_type = self.operation_unit_type

        pkg_amount = self.pkg_amount

        record_id = self.record_id

        service_id = self.service_id

        storage_id = self.storage_id

        supplier_id = self.supplier_id

        type_id = self.type_id

        unit_id = self.unit_id

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if comment is not UNSET:
            field_dict["comment"] = comment
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if cost is not UNSET:
            field_dict["cost"] = cost
        if cost_per_unit is not UNSET:
            field_dict["cost_per_unit"] = cost_per_unit
        if create_date is not UNSET:
            field_dict["create_date"] = create_date
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if discount is not UNSET:
            field_dict["discount"] = discount
        if document_id is not UNSET:
            field_dict["document_id"] = document_id
        if good_id is not UNSET:
            field_dict["good_id"] = good_id
        if id is not UNSET:
            field_dict["id"] = id
        if master_id is not UNSET:
            field_dict["master_id"] = master_id
        if operation_unit_type is not UNSET:
            field_dict["operation_unit_type"] = operation_unit_type
        if pkg_amount is not UNSET:
            field_dict["pkg_amount"] = pkg_amount
        if record_id is not UNSET:
            field_dict["record_id"] = record_id
        if service_id is not UNSET:
            field_dict["service_id"] = service_id
        if storage_id is not UNSET:
            field_dict["storage_id"] = storage_id
        if supplier_id is not UNSET:
            field_dict["supplier_id"] = supplier_id
        if type_id is not UNSET:
            field_dict["type_id"] = type_id
        if unit_id is not UNSET:
            field_dict["unit_id"] = unit_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = d.pop("amount", UNSET)

        client_id = d.pop("client_id", UNSET)

        comment = d.pop("comment", UNSET)

        company_id = d.pop("company_id", UNSET)

        cost = d.pop("cost", UNSET)

        cost_per_unit = d.pop("cost_per_unit", UNSET)

        _create_date = d.pop("create_date", UNSET)
        create_date: datetime.datetime | Unset
        if isinstance(_create_date, Unset):
            create_date = UNSET
        else:
            create_date = datetime.datetime.fromisoformat(_create_date)

        deleted = d.pop("deleted", UNSET)

        discount = d.pop("discount", UNSET)

        document_id = d.pop("document_id", UNSET)

        good_id = d.pop("good_id", UNSET)

        id = d.pop("id", UNSET)

        master_id = d.pop("master_id", UNSET)

        operation_unit_type = d.pop("operation_unit_type", UNSET)

        pkg_amount = d.pop("pkg_amount", UNSET)

        record_id = d.pop("record_id", UNSET)

        service_id = d.pop("service_id", UNSET)

        storage_id = d.pop("storage_id", UNSET)

        supplier_id = d.pop("supplier_id", UNSET)

        type_id = d.pop("type_id", UNSET)

        unit_id = d.pop("unit_id", UNSET)

        user_id = d.pop("user_id", UNSET)

        get_document_product_transactions_response_200_item = cls(
            amount=amount,
            client_id=client_id,
            comment=comment,
            company_id=company_id,
            cost=cost,
            cost_per_unit=cost_per_unit,
            create_date=create_date,
            deleted=deleted,
            discount=discount,
            document_id=document_id,
            good_id=good_id,
            id=id,
            master_id=master_id,
            operation_unit_type=operation_unit_type,
            pkg_amount=pkg_amount,
            record_id=record_id,
            service_id=service_id,
            storage_id=storage_id,
            supplier_id=supplier_id,
            type_id=type_id,
            unit_id=unit_id,
            user_id=user_id,
        )

        get_document_product_transactions_response_200_item.additional_properties = d
        return get_document_product_transactions_response_200_item

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
