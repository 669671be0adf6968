from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_team_member_service_bill_of_materials_response_200_technological_card_items_item import (
        GetTeamMemberServiceBillOfMaterialsResponse200TechnologicalCardItemsItem,
    )


T = TypeVar("T", bound="GetTeamMemberServiceBillOfMaterialsResponse200")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "title",
        "technological_card_items",
    }
)
_EXTRA = _fields.ANY
_KIND_technological_card_items = _fields.ListOf(
    _fields.Model("GetTeamMemberServiceBillOfMaterialsResponse200TechnologicalCardItemsItem")
)


@_attrs_define
class GetTeamMemberServiceBillOfMaterialsResponse200:
    """
    Attributes:
        id (int | Unset): Tech ID. cards
        title (str | Unset): The name of those cards
        technological_card_items (list[GetTeamMemberServiceBillOfMaterialsResponse200TechnologicalCardItemsItem] |
            Unset): List of consumables kart
    """

    id: int | Unset = UNSET
    title: str | Unset = UNSET
    technological_card_items: list[GetTeamMemberServiceBillOfMaterialsResponse200TechnologicalCardItemsItem] | Unset = (
        UNSET
    )
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

        technological_card_items = self.technological_card_items
        if technological_card_items is not UNSET:
            field_dict["technological_card_items"] = _KIND_technological_card_items.write_field(
                technological_card_items, "technological_card_items"
            )

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

        technological_card_items = _get("technological_card_items", UNSET)
        if technological_card_items is not UNSET:
            technological_card_items = _KIND_technological_card_items.read_field(
                technological_card_items, "technological_card_items"
            )

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.title = title
        _model.technological_card_items = technological_card_items
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetTeamMemberServiceBillOfMaterialsResponse200:
            _fields.init_added_fields(_model, GetTeamMemberServiceBillOfMaterialsResponse200)
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
