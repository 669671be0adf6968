from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetLocationInventoriesResponse200Item")


@_attrs_define
class GetLocationInventoriesResponse200Item:
    """
    Attributes:
        id (int | Unset): Inventory ID
        title (str | Unset): Inventory name
        for_service (float | Unset): 1 - if used for automatic write-off of consumables
        for_sale (float | Unset): 1 - if the default inventory for selling products
        comment (str | Unset): Description of the inventory
        weight (float | Unset): Sort order weight
    """

    id: int | Unset = UNSET
    title: str | Unset = UNSET
    for_service: float | Unset = UNSET
    for_sale: float | Unset = UNSET
    comment: str | Unset = UNSET
    weight: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        for_service = self.for_service

        for_sale = self.for_sale

        comment = self.comment

        weight = self.weight

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if for_service is not UNSET:
            field_dict["for_service"] = for_service
        if for_sale is not UNSET:
            field_dict["for_sale"] = for_sale
        if comment is not UNSET:
            field_dict["comment"] = comment
        if weight is not UNSET:
            field_dict["weight"] = weight

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        for_service = d.pop("for_service", UNSET)

        for_sale = d.pop("for_sale", UNSET)

        comment = d.pop("comment", UNSET)

        weight = d.pop("weight", UNSET)

        _model = cls(
            id=id,
            title=title,
            for_service=for_service,
            for_sale=for_sale,
            comment=comment,
            weight=weight,
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
