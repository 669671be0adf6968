from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_event_services_response_200_item_category import SearchEventServicesResponse200ItemCategory
    from ..models.search_event_services_response_200_item_resources_item import (
        SearchEventServicesResponse200ItemResourcesItem,
    )
    from ..models.search_event_services_response_200_item_staff_item import SearchEventServicesResponse200ItemStaffItem


T = TypeVar("T", bound="SearchEventServicesResponse200Item")


@_attrs_define
class SearchEventServicesResponse200Item:
    """
    Attributes:
        id (int | Unset): Service ID
        title (str | Unset): Service name
        capacity (float | Unset): Capacity
        price_min (float | Unset): The minimum cost of the service
        price_max (float | Unset): Maximum cost of the service
        is_multi (bool | Unset): Is the Service available for Events
        category (SearchEventServicesResponse200ItemCategory | Unset): Service category
        staff (list[SearchEventServicesResponse200ItemStaffItem] | Unset): team member
        resources (list[SearchEventServicesResponse200ItemResourcesItem] | Unset): Resources
    """

    id: int | Unset = UNSET
    title: str | Unset = UNSET
    capacity: float | Unset = UNSET
    price_min: float | Unset = UNSET
    price_max: float | Unset = UNSET
    is_multi: bool | Unset = UNSET
    category: SearchEventServicesResponse200ItemCategory | Unset = UNSET
    staff: list[SearchEventServicesResponse200ItemStaffItem] | Unset = UNSET
    resources: list[SearchEventServicesResponse200ItemResourcesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        capacity = self.capacity

        price_min = self.price_min

        price_max = self.price_max

        is_multi = self.is_multi

        category: dict[str, Any] | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category.to_dict()

        staff: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.staff, Unset):
            staff = []
            for staff_item_data in self.staff:
                staff_item = staff_item_data.to_dict()
                staff.append(staff_item)

        resources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.resources, Unset):
            resources = []
            for resources_item_data in self.resources:
                resources_item = resources_item_data.to_dict()
                resources.append(resources_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if capacity is not UNSET:
            field_dict["capacity"] = capacity
        if price_min is not UNSET:
            field_dict["price_min"] = price_min
        if price_max is not UNSET:
            field_dict["price_max"] = price_max
        if is_multi is not UNSET:
            field_dict["is_multi"] = is_multi
        if category is not UNSET:
            field_dict["category"] = category
        if staff is not UNSET:
            field_dict["staff"] = staff
        if resources is not UNSET:
            field_dict["resources"] = resources

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.search_event_services_response_200_item_category import SearchEventServicesResponse200ItemCategory  # noqa: PLC0415
        from ..models.search_event_services_response_200_item_resources_item import (
            SearchEventServicesResponse200ItemResourcesItem,  # noqa: PLC0415
        )
        from ..models.search_event_services_response_200_item_staff_item import (
            SearchEventServicesResponse200ItemStaffItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        capacity = d.pop("capacity", UNSET)

        price_min = d.pop("price_min", UNSET)

        price_max = d.pop("price_max", UNSET)

        is_multi = d.pop("is_multi", UNSET)

        _category = d.pop("category", UNSET)
        category: SearchEventServicesResponse200ItemCategory | Unset
        if isinstance(_category, Unset):
            category = UNSET
        else:
            category = SearchEventServicesResponse200ItemCategory.from_dict(_category)

        _staff = d.pop("staff", UNSET)
        staff: list[SearchEventServicesResponse200ItemStaffItem] | Unset = UNSET
        if _staff is not UNSET:
            staff = []
            for staff_item_data in _staff:
                staff_item = SearchEventServicesResponse200ItemStaffItem.from_dict(staff_item_data)

                staff.append(staff_item)

        _resources = d.pop("resources", UNSET)
        resources: list[SearchEventServicesResponse200ItemResourcesItem] | Unset = UNSET
        if _resources is not UNSET:
            resources = []
            for resources_item_data in _resources:
                resources_item = SearchEventServicesResponse200ItemResourcesItem.from_dict(resources_item_data)

                resources.append(resources_item)

        _model = cls(
            id=id,
            title=title,
            capacity=capacity,
            price_min=price_min,
            price_max=price_max,
            is_multi=is_multi,
            category=category,
            staff=staff,
            resources=resources,
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
