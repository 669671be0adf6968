from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateServiceCategoryBody")


@_attrs_define
class UpdateServiceCategoryBody:
    """Create service category

    Example:
        {'title': 'Haircut very feminine', 'api_id': 'adw322', 'weight': 111, 'staff': [5006, 8901]}

    Attributes:
        title (str | Unset): Service category name
        api_id (str | Unset): External Category ID
        weight (float | Unset): Category weight (used to sort categories when displayed)
        staff (list[float] | Unset): List of IDs of team members providing services from the category
    """

    title: str | Unset = UNSET
    api_id: str | Unset = UNSET
    weight: float | Unset = UNSET
    staff: list[float] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        api_id = self.api_id

        weight = self.weight

        staff: list[float] | Unset = UNSET
        if not isinstance(self.staff, Unset):
            staff = self.staff

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if api_id is not UNSET:
            field_dict["api_id"] = api_id
        if weight is not UNSET:
            field_dict["weight"] = weight
        if staff is not UNSET:
            field_dict["staff"] = staff

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title", UNSET)

        api_id = d.pop("api_id", UNSET)

        weight = d.pop("weight", UNSET)

        staff = cast(list[float], d.pop("staff", UNSET))

        _model = cls(
            title=title,
            api_id=api_id,
            weight=weight,
            staff=staff,
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
