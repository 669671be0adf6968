from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_memberships_for_event_response_200_data_item import (
        SearchMembershipsForEventResponse200DataItem,
    )
    from ..models.search_memberships_for_event_response_200_included_item import (
        SearchMembershipsForEventResponse200IncludedItem,
    )


T = TypeVar("T", bound="SearchMembershipsForEventResponse200")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "data",
        "included",
    }
)
_EXTRA = _fields.ANY
_KIND_data = _fields.ListOf(_fields.Model("SearchMembershipsForEventResponse200DataItem"))
_KIND_included = _fields.ListOf(_fields.Model("SearchMembershipsForEventResponse200IncludedItem"))


@_attrs_define
class SearchMembershipsForEventResponse200:
    """
    Attributes:
        data (list[SearchMembershipsForEventResponse200DataItem] | Unset):
        included (list[SearchMembershipsForEventResponse200IncludedItem] | Unset): Related membership types and
            availability intervals
    """

    data: list[SearchMembershipsForEventResponse200DataItem] | Unset = UNSET
    included: list[SearchMembershipsForEventResponse200IncludedItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        data = self.data
        if data is not UNSET:
            field_dict["data"] = _KIND_data.write_field(data, "data")

        included = self.included
        if included is not UNSET:
            field_dict["included"] = _KIND_included.write_field(included, "included")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        data = _get("data", UNSET)
        if data is not UNSET:
            data = _KIND_data.read_field(data, "data")

        included = _get("included", UNSET)
        if included is not UNSET:
            included = _KIND_included.read_field(included, "included")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.data = data
        _model.included = included
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not SearchMembershipsForEventResponse200:
            _fields.init_added_fields(_model, SearchMembershipsForEventResponse200)
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
