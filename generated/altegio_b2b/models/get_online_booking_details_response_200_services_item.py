from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetOnlineBookingDetailsResponse200ServicesItem")


@_attrs_define
class GetOnlineBookingDetailsResponse200ServicesItem:
    """
    Attributes:
        id (int | Unset): Service ID
        title (str | Unset): Service name
        amount (int | Unset): Number of ordered services
        seance_length (int | Unset): Service duration in seconds (only if filter by team member is set)
        cost (float | Unset): Service cost
        price_min (float | Unset): Minimum service price
        price_max (float | Unset): Maximum service price
        discount (float | Unset): Discount amount
    """

    id: int | Unset = UNSET
    title: str | Unset = UNSET
    amount: int | Unset = UNSET
    seance_length: int | Unset = UNSET
    cost: float | Unset = UNSET
    price_min: float | Unset = UNSET
    price_max: float | Unset = UNSET
    discount: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        amount = self.amount

        seance_length = self.seance_length

        cost = self.cost

        price_min = self.price_min

        price_max = self.price_max

        discount = self.discount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if amount is not UNSET:
            field_dict["amount"] = amount
        if seance_length is not UNSET:
            field_dict["seance_length"] = seance_length
        if cost is not UNSET:
            field_dict["cost"] = cost
        if price_min is not UNSET:
            field_dict["price_min"] = price_min
        if price_max is not UNSET:
            field_dict["price_max"] = price_max
        if discount is not UNSET:
            field_dict["discount"] = discount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        amount = d.pop("amount", UNSET)

        seance_length = d.pop("seance_length", UNSET)

        cost = d.pop("cost", UNSET)

        price_min = d.pop("price_min", UNSET)

        price_max = d.pop("price_max", UNSET)

        discount = d.pop("discount", UNSET)

        _model = cls(
            id=id,
            title=title,
            amount=amount,
            seance_length=seance_length,
            cost=cost,
            price_min=price_min,
            price_max=price_max,
            discount=discount,
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
