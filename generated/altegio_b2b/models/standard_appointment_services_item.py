from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StandardAppointmentServicesItem")


@_attrs_define
class StandardAppointmentServicesItem:
    """
    Attributes:
        id (int | Unset): Service ID
        first_cost (float | Unset): Initial cost of the service
        discount (float | Unset): Service discount
        cost (float | Unset): The total cost of the service
    """

    id: int | Unset = UNSET
    first_cost: float | Unset = UNSET
    discount: float | Unset = UNSET
    cost: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        first_cost = self.first_cost

        discount = self.discount

        cost = self.cost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if first_cost is not UNSET:
            field_dict["first_cost"] = first_cost
        if discount is not UNSET:
            field_dict["discount"] = discount
        if cost is not UNSET:
            field_dict["cost"] = cost

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        first_cost = d.pop("first_cost", UNSET)

        discount = d.pop("discount", UNSET)

        cost = d.pop("cost", UNSET)

        _model = cls(
            id=id,
            first_cost=first_cost,
            discount=discount,
            cost=cost,
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
