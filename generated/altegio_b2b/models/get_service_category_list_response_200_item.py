from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetServiceCategoryListResponse200Item")


@_attrs_define
class GetServiceCategoryListResponse200Item:
    """
    Attributes:
        id (int | Unset): Category ID
        salon_service_id (int | Unset): Category ID for the location on the chain
        title (str | Unset): name of category
        api_id (str | Unset): External Category ID
        weight (float | Unset): Category weight (used to sort categories when displayed)
        staff (list[float] | Unset): List of team member IDs providing the service
        is_chain (bool | Unset): Whether category belongs to chain
    """

    id: int | Unset = UNSET
    salon_service_id: int | Unset = UNSET
    title: str | Unset = UNSET
    api_id: str | Unset = UNSET
    weight: float | Unset = UNSET
    staff: list[float] | Unset = UNSET
    is_chain: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        salon_service_id = self.salon_service_id

        title = self.title

        api_id = self.api_id

        weight = self.weight

        staff: list[float] | Unset = UNSET
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
        if api_id is not UNSET:
            field_dict["api_id"] = api_id
        if weight is not UNSET:
            field_dict["weight"] = weight
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

        api_id = d.pop("api_id", UNSET)

        weight = d.pop("weight", UNSET)

        staff = cast(list[float], d.pop("staff", UNSET))

        is_chain = d.pop("is_chain", UNSET)

        _model = cls(
            id=id,
            salon_service_id=salon_service_id,
            title=title,
            api_id=api_id,
            weight=weight,
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
