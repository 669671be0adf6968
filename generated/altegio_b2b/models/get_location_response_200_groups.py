from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields

if TYPE_CHECKING:
    from ..models.get_location_response_200_groups_additional_property import (
        GetLocationResponse200GroupsAdditionalProperty,
    )


T = TypeVar("T", bound="GetLocationResponse200Groups")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset({})
_EXTRA = _fields.Model("GetLocationResponse200GroupsAdditionalProperty")


@_attrs_define
class GetLocationResponse200Groups:
    """All location chains. Only when show_groups=1 is set"""

    additional_properties: dict[str, GetLocationResponse200GroupsAdditionalProperty] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetLocationResponse200Groups:
            _fields.init_added_fields(_model, GetLocationResponse200Groups)
        return _model

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> GetLocationResponse200GroupsAdditionalProperty:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: GetLocationResponse200GroupsAdditionalProperty) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
