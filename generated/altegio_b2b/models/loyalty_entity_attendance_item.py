from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LoyaltyEntityAttendanceItem")


@_attrs_define
class LoyaltyEntityAttendanceItem:
    """The entity to which the action applies (if applied selectively)

    Example:
        {'id': 234, 'title': 'Product category', 'is_service': False, 'is_category': True}

    Attributes:
        id (int | Unset): Related entity ID
        title (str | Unset): Related entity name
        is_service (bool | Unset): Flag: true - service/category of services, false - product/category of products
        is_category (bool | Unset): Flag: true - service/product category, false - service/product
    """

    id: int | Unset = UNSET
    title: str | Unset = UNSET
    is_service: bool | Unset = UNSET
    is_category: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        is_service = self.is_service

        is_category = self.is_category

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if is_service is not UNSET:
            field_dict["is_service"] = is_service
        if is_category is not UNSET:
            field_dict["is_category"] = is_category

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        is_service = d.pop("is_service", UNSET)

        is_category = d.pop("is_category", UNSET)

        _model = cls(
            id=id,
            title=title,
            is_service=is_service,
            is_category=is_category,
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
