from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetServicesAvailableForBookingResponse200CategoryItem")


@_attrs_define
class GetServicesAvailableForBookingResponse200CategoryItem:
    """
    Attributes:
        id (int | Unset): Category ID
        title (str | Unset): Service category name
        gender (float | Unset): Gender for which the service is provided
        api_id (int | str | Unset): External Category ID
        weight (float | Unset): Service category weight. Services are sorted by weight, heavier ones first.
    """

    id: int | Unset = UNSET
    title: str | Unset = UNSET
    gender: float | Unset = UNSET
    api_id: int | str | Unset = UNSET
    weight: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        gender = self.gender

        api_id: int | str | Unset
        if isinstance(self.api_id, Unset):
            api_id = UNSET
        else:
            api_id = self.api_id

        weight = self.weight

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if gender is not UNSET:
            field_dict["gender"] = gender
        if api_id is not UNSET:
            field_dict["api_id"] = api_id
        if weight is not UNSET:
            field_dict["weight"] = weight

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        gender = d.pop("gender", UNSET)

        def _parse_api_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        api_id = _parse_api_id(d.pop("api_id", UNSET))

        weight = d.pop("weight", UNSET)

        _model = cls(
            id=id,
            title=title,
            gender=gender,
            api_id=api_id,
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
