from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._runtime import fields as _fields
from .._runtime.errors import FieldError as _FieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_event_services_response_200_item_category import SearchEventServicesResponse200ItemCategory
    from ..models.search_event_services_response_200_item_resources_item import (
        SearchEventServicesResponse200ItemResourcesItem,
    )
    from ..models.search_event_services_response_200_item_staff_item import SearchEventServicesResponse200ItemStaffItem


T = TypeVar("T", bound="SearchEventServicesResponse200Item")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "title",
        "capacity",
        "price_min",
        "price_max",
        "is_multi",
        "category",
        "staff",
        "resources",
    }
)
_EXTRA = _fields.ANY
_KIND_staff = _fields.ListOf(_fields.Model("SearchEventServicesResponse200ItemStaffItem"))
_KIND_resources = _fields.ListOf(_fields.Model("SearchEventServicesResponse200ItemResourcesItem"))


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
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        id = self.id
        if type(id) is not int and id is not UNSET:
            id = _fields.write_integer(id, "id")
        if id is not UNSET:
            field_dict["id"] = id

        title = self.title
        if type(title) is not str and title is not UNSET:
            title = _fields.write_string(title, "title")
        if title is not UNSET:
            field_dict["title"] = title

        capacity = self.capacity
        if capacity is not UNSET:
            field_dict["capacity"] = _fields.write_number(capacity, "capacity")

        price_min = self.price_min
        if price_min is not UNSET:
            field_dict["price_min"] = _fields.write_number(price_min, "price_min")

        price_max = self.price_max
        if price_max is not UNSET:
            field_dict["price_max"] = _fields.write_number(price_max, "price_max")

        is_multi = self.is_multi
        if type(is_multi) is not bool and is_multi is not UNSET:
            is_multi = _fields.write_boolean(is_multi, "is_multi")
        if is_multi is not UNSET:
            field_dict["is_multi"] = is_multi

        category = self.category
        if category is not UNSET:
            field_dict["category"] = _fields.write_model(
                category, _models.SearchEventServicesResponse200ItemCategory, "category"
            )

        staff = self.staff
        if staff is not UNSET:
            field_dict["staff"] = _KIND_staff.write_field(staff, "staff")

        resources = self.resources
        if resources is not UNSET:
            field_dict["resources"] = _KIND_resources.write_field(resources, "resources")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _fields.read_integer(id, "id")

        title = _get("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = _fields.read_string(title, "title")

        capacity = _get("capacity", UNSET)
        if type(capacity) is not float and type(capacity) is not int and capacity is not UNSET:
            capacity = _fields.read_number(capacity, "capacity")

        price_min = _get("price_min", UNSET)
        if type(price_min) is not float and type(price_min) is not int and price_min is not UNSET:
            price_min = _fields.read_number(price_min, "price_min")

        price_max = _get("price_max", UNSET)
        if type(price_max) is not float and type(price_max) is not int and price_max is not UNSET:
            price_max = _fields.read_number(price_max, "price_max")

        is_multi = _get("is_multi", UNSET)
        if type(is_multi) is not bool and is_multi is not UNSET:
            is_multi = _fields.read_boolean(is_multi, "is_multi")

        category = _get("category", UNSET)
        if category is not UNSET:
            try:
                category = _models.SearchEventServicesResponse200ItemCategory.from_dict(category)
            except _FieldError as _error:
                raise _error.within("category")

        staff = _get("staff", UNSET)
        if staff is not UNSET:
            staff = _KIND_staff.read_field(staff, "staff")

        resources = _get("resources", UNSET)
        if resources is not UNSET:
            resources = _KIND_resources.read_field(resources, "resources")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.title = title
        _model.capacity = capacity
        _model.price_min = price_min
        _model.price_max = price_max
        _model.is_multi = is_multi
        _model.category = category
        _model.staff = staff
        _model.resources = resources
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not SearchEventServicesResponse200Item:
            _fields.init_added_fields(_model, SearchEventServicesResponse200Item)
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
