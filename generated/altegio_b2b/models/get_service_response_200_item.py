from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_service_response_200_item_staff_item import GetServiceResponse200ItemStaffItem


T = TypeVar("T", bound="GetServiceResponse200Item")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "salon_service_id",
        "title",
        "category_id",
        "price_min",
        "price_max",
        "discount",
        "comment",
        "weight",
        "active",
        "api_id",
        "staff",
    }
)
_EXTRA = _fields.ANY
_KIND_staff = _fields.ListOf(_fields.Model("GetServiceResponse200ItemStaffItem"))


@_attrs_define
class GetServiceResponse200Item:
    """Service data object

    Attributes:
        id (int | Unset): Service ID
        salon_service_id (int | Unset): Service ID for a location on the chain
        title (str | Unset): Service name
        category_id (int | Unset): Identifier of the category in which the service consists
        price_min (float | Unset): Minimum price for the service
        price_max (float | Unset): Maximum price for the service
        discount (float | Unset): Discount
        comment (str | Unset): Comment on the service
        weight (float | Unset): Service weight (used to sort categories when displayed)
        active (float | Unset): 1 - available for online booking, 0 - not available
        api_id (str | Unset): External Service ID
        staff (list[GetServiceResponse200ItemStaffItem] | Unset): List of team members providing the service and session
            duration
    """

    id: int | Unset = UNSET
    salon_service_id: int | Unset = UNSET
    title: str | Unset = UNSET
    category_id: int | Unset = UNSET
    price_min: float | Unset = UNSET
    price_max: float | Unset = UNSET
    discount: float | Unset = UNSET
    comment: str | Unset = UNSET
    weight: float | Unset = UNSET
    active: float | Unset = UNSET
    api_id: str | Unset = UNSET
    staff: list[GetServiceResponse200ItemStaffItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        id = self.id
        if type(id) is not int and id is not UNSET:
            id = _fields.write_integer(id, "id")
        if id is not UNSET:
            field_dict["id"] = id

        salon_service_id = self.salon_service_id
        if type(salon_service_id) is not int and salon_service_id is not UNSET:
            salon_service_id = _fields.write_integer(salon_service_id, "salon_service_id")
        if salon_service_id is not UNSET:
            field_dict["salon_service_id"] = salon_service_id

        title = self.title
        if type(title) is not str and title is not UNSET:
            title = _fields.write_string(title, "title")
        if title is not UNSET:
            field_dict["title"] = title

        category_id = self.category_id
        if type(category_id) is not int and category_id is not UNSET:
            category_id = _fields.write_integer(category_id, "category_id")
        if category_id is not UNSET:
            field_dict["category_id"] = category_id

        price_min = self.price_min
        if price_min is not UNSET:
            field_dict["price_min"] = _fields.write_number(price_min, "price_min")

        price_max = self.price_max
        if price_max is not UNSET:
            field_dict["price_max"] = _fields.write_number(price_max, "price_max")

        discount = self.discount
        if discount is not UNSET:
            field_dict["discount"] = _fields.write_number(discount, "discount")

        comment = self.comment
        if type(comment) is not str and comment is not UNSET:
            comment = _fields.write_string(comment, "comment")
        if comment is not UNSET:
            field_dict["comment"] = comment

        weight = self.weight
        if weight is not UNSET:
            field_dict["weight"] = _fields.write_number(weight, "weight")

        active = self.active
        if active is not UNSET:
            field_dict["active"] = _fields.write_number(active, "active")

        api_id = self.api_id
        if type(api_id) is not str and api_id is not UNSET:
            api_id = _fields.write_string(api_id, "api_id")
        if api_id is not UNSET:
            field_dict["api_id"] = api_id

        staff = self.staff
        if staff is not UNSET:
            field_dict["staff"] = _KIND_staff.write_field(staff, "staff")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _fields.read_integer(id, "id")

        salon_service_id = _get("salon_service_id", UNSET)
        if type(salon_service_id) is not int and salon_service_id is not UNSET:
            salon_service_id = _fields.read_integer(salon_service_id, "salon_service_id")

        title = _get("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = _fields.read_string(title, "title")

        category_id = _get("category_id", UNSET)
        if type(category_id) is not int and category_id is not UNSET:
            category_id = _fields.read_integer(category_id, "category_id")

        price_min = _get("price_min", UNSET)
        if type(price_min) is not float and type(price_min) is not int and price_min is not UNSET:
            price_min = _fields.read_number(price_min, "price_min")

        price_max = _get("price_max", UNSET)
        if type(price_max) is not float and type(price_max) is not int and price_max is not UNSET:
            price_max = _fields.read_number(price_max, "price_max")

        discount = _get("discount", UNSET)
        if type(discount) is not float and type(discount) is not int and discount is not UNSET:
            discount = _fields.read_number(discount, "discount")

        comment = _get("comment", UNSET)
        if type(comment) is not str and comment is not UNSET:
            comment = _fields.read_string(comment, "comment")

        weight = _get("weight", UNSET)
        if type(weight) is not float and type(weight) is not int and weight is not UNSET:
            weight = _fields.read_number(weight, "weight")

        active = _get("active", UNSET)
        if type(active) is not float and type(active) is not int and active is not UNSET:
            active = _fields.read_number(active, "active")

        api_id = _get("api_id", UNSET)
        if type(api_id) is not str and api_id is not UNSET:
            api_id = _fields.read_string(api_id, "api_id")

        staff = _get("staff", UNSET)
        if staff is not UNSET:
            staff = _KIND_staff.read_field(staff, "staff")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.salon_service_id = salon_service_id
        _model.title = title
        _model.category_id = category_id
        _model.price_min = price_min
        _model.price_max = price_max
        _model.discount = discount
        _model.comment = comment
        _model.weight = weight
        _model.active = active
        _model.api_id = api_id
        _model.staff = staff
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetServiceResponse200Item:
            _fields.init_added_fields(_model, GetServiceResponse200Item)
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
