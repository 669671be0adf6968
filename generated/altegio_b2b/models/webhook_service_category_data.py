from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookServiceCategoryData")


@_attrs_define
class WebhookServiceCategoryData:
    """Service category data sent in webhook notifications.

    Attributes:
        id (int | Unset): Service category ID.
        salon_service_id (int | Unset):
        title (str | Unset):
        weight (int | Unset): Sort order.
        api_id (str | Unset):
        staff (list[int] | Unset): Team member IDs assigned to this category.
        is_chain (bool | Unset):
    """

    id: int | Unset = UNSET
    salon_service_id: int | Unset = UNSET
    title: str | Unset = UNSET
    weight: int | Unset = UNSET
    api_id: str | Unset = UNSET
    staff: list[int] | Unset = UNSET
    is_chain: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        salon_service_id = self.salon_service_id

        title = self.title

        weight = self.weight

        api_id = self.api_id

        staff: list[int] | Unset = UNSET
        if not isinstance(self.staff, Unset):
            staff = self.staff

        is_chain = self.is_chain

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if salon_service_id is not UNSET:
            field_dict["salon_service_id"] = salon_service_id
        if title is not UNSET:
            field_dict["title"] = title
        if weight is not UNSET:
            field_dict["weight"] = weight
        if api_id is not UNSET:
            field_dict["api_id"] = api_id
        if staff is not UNSET:
            field_dict["staff"] = staff
        if is_chain is not UNSET:
            field_dict["is_chain"] = is_chain

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        salon_service_id = d.pop("salon_service_id", UNSET)

        title = d.pop("title", UNSET)

        weight = d.pop("weight", UNSET)

        api_id = d.pop("api_id", UNSET)

        staff = cast(list[int], d.pop("staff", UNSET))

        is_chain = d.pop("is_chain", UNSET)

        _model = cls(
            id=id,
            salon_service_id=salon_service_id,
            title=title,
            weight=weight,
            api_id=api_id,
            staff=staff,
            is_chain=is_chain,
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
