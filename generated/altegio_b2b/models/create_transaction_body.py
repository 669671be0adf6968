from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateTransactionBody")


@_attrs_define
class CreateTransactionBody:
    """Create Transaction

    Example:
        {'document_id': 22254960, 'good_id': 232674, 'amount': 1, 'cost_per_unit': 100, 'discount': 10, 'cost': 90,
            'operation_unit_type': 1, 'master_id': 26781, 'client_id': 0, 'supplier_id': 0, 'comment': 'Transaction
            comment'}

    Attributes:
        document_id (int): Document ID
        good_id (int): Item ID
        amount (float): Quantity
        cost_per_unit (float): Unit cost
        discount (float): Discount in %
        cost (float): Total transaction amount
        operation_unit_type (float): unit type: 1 - for sale, 2 - for write-off
        master_id (int | Unset): ID of the team member who sold the product
        client_id (int | Unset): ID of the customer who bought the product
        supplier_id (int | Unset): Vendor ID
        comment (str | Unset): A comment
    """

    document_id: int
    good_id: int
    amount: float
    cost_per_unit: float
    discount: float
    cost: float
    operation_unit_type: float
    master_id: int | Unset = UNSET
    client_id: int | Unset = UNSET
    supplier_id: int | Unset = UNSET
    comment: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        document_id = self.document_id

        good_id = self.good_id

        amount = self.amount

        cost_per_unit = self.cost_per_unit

        discount = self.discount

        cost = self.cost

        operation_unit_type = self.operation_unit_type

        master_id = self.master_id

        client_id = self.client_id

        supplier_id = self.supplier_id

        comment = self.comment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "document_id": document_id,
                "good_id": good_id,
                "amount": amount,
                "cost_per_unit": cost_per_unit,
                "discount": discount,
                "cost": cost,
                "operation_unit_type": operation_unit_type,
            }
        )
        if master_id is not UNSET:
            field_dict["master_id"] = master_id
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if supplier_id is not UNSET:
            field_dict["supplier_id"] = supplier_id
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        document_id = d.pop("document_id")

        good_id = d.pop("good_id")

        amount = d.pop("amount")

        cost_per_unit = d.pop("cost_per_unit")

        discount = d.pop("discount")

        cost = d.pop("cost")

        operation_unit_type = d.pop("operation_unit_type")

        master_id = d.pop("master_id", UNSET)

        client_id = d.pop("client_id", UNSET)

        supplier_id = d.pop("supplier_id", UNSET)

        comment = d.pop("comment", UNSET)

        _model = cls(
            document_id=document_id,
            good_id=good_id,
            amount=amount,
            cost_per_unit=cost_per_unit,
            discount=discount,
            cost=cost,
            operation_unit_type=operation_unit_type,
            master_id=master_id,
            client_id=client_id,
            supplier_id=supplier_id,
            comment=comment,
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
