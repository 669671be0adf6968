from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_memberships_for_event_response_200_data_item import (
        SearchMembershipsForEventResponse200DataItem,
    )
    from ..models.search_memberships_for_event_response_200_included_item import (
        SearchMembershipsForEventResponse200IncludedItem,
    )


T = TypeVar("T", bound="SearchMembershipsForEventResponse200")


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
        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        included: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.included, Unset):
            included = []
            for included_item_data in self.included:
                included_item = included_item_data.to_dict()
                included.append(included_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if included is not UNSET:
            field_dict["included"] = included

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.search_memberships_for_event_response_200_data_item import (
            SearchMembershipsForEventResponse200DataItem,  # noqa: PLC0415
        )
        from ..models.search_memberships_for_event_response_200_included_item import (
            SearchMembershipsForEventResponse200IncludedItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _data = d.pop("data", UNSET)
        data: list[SearchMembershipsForEventResponse200DataItem] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = SearchMembershipsForEventResponse200DataItem.from_dict(data_item_data)

                data.append(data_item)

        _included = d.pop("included", UNSET)
        included: list[SearchMembershipsForEventResponse200IncludedItem] | Unset = UNSET
        if _included is not UNSET:
            included = []
            for included_item_data in _included:
                included_item = SearchMembershipsForEventResponse200IncludedItem.from_dict(included_item_data)

                included.append(included_item)

        _model = cls(
            data=data,
            included=included,
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
