from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateServiceCategoryResponse201")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "salon_service_id",
        "title",
        "api_id",
        "weight",
        "staff",
    }
)
_EXTRA = _fields.ANY
_KIND_staff = _fields.ListOf(_fields.NUMBER)


@_attrs_define
class CreateServiceCategoryResponse201:
    """Object with data

    Attributes:
        id (int | Unset): Category ID
        salon_service_id (int | Unset): Category ID for the location on the chain
        title (str | Unset): name of category
        api_id (str | Unset): External Category ID
        weight (float | Unset): Category weight (used to sort categories when displayed)
        staff (list[float] | Unset): List of team member IDs providing the service from the category
    """

    id: int | Unset = UNSET
    salon_service_id: int | Unset = UNSET
    title: str | Unset = UNSET
    api_id: str | Unset = UNSET
    weight: float | Unset = UNSET
    staff: list[float] | Unset = UNSET
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

        api_id = self.api_id
        if type(api_id) is not str and api_id is not UNSET:
            api_id = _fields.write_string(api_id, "api_id")
        if api_id is not UNSET:
            field_dict["api_id"] = api_id

        weight = self.weight
        if weight is not UNSET:
            field_dict["weight"] = _fields.write_number(weight, "weight")

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

        api_id = _get("api_id", UNSET)
        if type(api_id) is not str and api_id is not UNSET:
            api_id = _fields.read_string(api_id, "api_id")

        weight = _get("weight", UNSET)
        if type(weight) is not float and type(weight) is not int and weight is not UNSET:
            weight = _fields.read_number(weight, "weight")

        staff = _get("staff", UNSET)
        if staff is not UNSET:
            staff = _KIND_staff.read_field(staff, "staff")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.salon_service_id = salon_service_id
        _model.title = title
        _model.api_id = api_id
        _model.weight = weight
        _model.staff = staff
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not CreateServiceCategoryResponse201:
            _fields.init_added_fields(_model, CreateServiceCategoryResponse201)
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
