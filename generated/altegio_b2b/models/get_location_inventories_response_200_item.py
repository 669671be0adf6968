from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetLocationInventoriesResponse200Item")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "title",
        "for_service",
        "for_sale",
        "comment",
        "weight",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class GetLocationInventoriesResponse200Item:
    """
    Attributes:
        id (int | Unset): Inventory ID
        title (str | Unset): Inventory name
        for_service (float | Unset): 1 - if used for automatic write-off of consumables
        for_sale (float | Unset): 1 - if the default inventory for selling products
        comment (str | Unset): Description of the inventory
        weight (float | Unset): Sort order weight
    """

    id: int | Unset = UNSET
    title: str | Unset = UNSET
    for_service: float | Unset = UNSET
    for_sale: float | Unset = UNSET
    comment: str | Unset = UNSET
    weight: float | Unset = UNSET
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

        for_service = self.for_service
        if for_service is not UNSET:
            field_dict["for_service"] = _fields.write_number(for_service, "for_service")

        for_sale = self.for_sale
        if for_sale is not UNSET:
            field_dict["for_sale"] = _fields.write_number(for_sale, "for_sale")

        comment = self.comment
        if type(comment) is not str and comment is not UNSET:
            comment = _fields.write_string(comment, "comment")
        if comment is not UNSET:
            field_dict["comment"] = comment

        weight = self.weight
        if weight is not UNSET:
            field_dict["weight"] = _fields.write_number(weight, "weight")

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

        for_service = _get("for_service", UNSET)
        if type(for_service) is not float and type(for_service) is not int and for_service is not UNSET:
            for_service = _fields.read_number(for_service, "for_service")

        for_sale = _get("for_sale", UNSET)
        if type(for_sale) is not float and type(for_sale) is not int and for_sale is not UNSET:
            for_sale = _fields.read_number(for_sale, "for_sale")

        comment = _get("comment", UNSET)
        if type(comment) is not str and comment is not UNSET:
            comment = _fields.read_string(comment, "comment")

        weight = _get("weight", UNSET)
        if type(weight) is not float and type(weight) is not int and weight is not UNSET:
            weight = _fields.read_number(weight, "weight")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.title = title
        _model.for_service = for_service
        _model.for_sale = for_sale
        _model.comment = comment
        _model.weight = weight
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetLocationInventoriesResponse200Item:
            _fields.init_added_fields(_model, GetLocationInventoriesResponse200Item)
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
