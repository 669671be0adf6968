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
    from ..models.get_loyalty_card_list_by_client_id_response_200_programs_item_loyalty_type import (
        GetLoyaltyCardListByClientIdResponse200ProgramsItemLoyaltyType,
    )
    from ..models.get_loyalty_card_list_by_client_id_response_200_programs_item_rules_item import (
        GetLoyaltyCardListByClientIdResponse200ProgramsItemRulesItem,
    )


T = TypeVar("T", bound="GetLoyaltyCardListByClientIdResponse200ProgramsItem")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "title",
        "value",
        "loyalty_type_id",
        "item_type_id",
        "value_unit_id",
        "group_id",
        "loyalty_type",
        "rules",
    }
)
_EXTRA = _fields.ANY
_KIND_rules = _fields.ListOf(_fields.Model("GetLoyaltyCardListByClientIdResponse200ProgramsItemRulesItem"))


@_attrs_define
class GetLoyaltyCardListByClientIdResponse200ProgramsItem:
    """
    Attributes:
        id (int | Unset): Promotion ID
        title (str | Unset): Share name
        value (int | Unset): The value from which the rule will work
        loyalty_type_id (int | Unset): Promotion type ID
        item_type_id (int | Unset): Is cashback earned on products?
        value_unit_id (int | Unset): Bonus field. Discount % or Fixed. sum
        group_id (int | Unset): ID of the chain where the promotion was created
        loyalty_type (GetLoyaltyCardListByClientIdResponse200ProgramsItemLoyaltyType | Unset): Object with information
            about the promotion
        rules (list[GetLoyaltyCardListByClientIdResponse200ProgramsItemRulesItem] | Unset): An array with information
            about the rules configured in the promotion
    """

    id: int | Unset = UNSET
    title: str | Unset = UNSET
    value: int | Unset = UNSET
    loyalty_type_id: int | Unset = UNSET
    item_type_id: int | Unset = UNSET
    value_unit_id: int | Unset = UNSET
    group_id: int | Unset = UNSET
    loyalty_type: GetLoyaltyCardListByClientIdResponse200ProgramsItemLoyaltyType | Unset = UNSET
    rules: list[GetLoyaltyCardListByClientIdResponse200ProgramsItemRulesItem] | Unset = UNSET
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

        value = self.value
        if type(value) is not int and value is not UNSET:
            value = _fields.write_integer(value, "value")
        if value is not UNSET:
            field_dict["value"] = value

        loyalty_type_id = self.loyalty_type_id
        if type(loyalty_type_id) is not int and loyalty_type_id is not UNSET:
            loyalty_type_id = _fields.write_integer(loyalty_type_id, "loyalty_type_id")
        if loyalty_type_id is not UNSET:
            field_dict["loyalty_type_id"] = loyalty_type_id

        item_type_id = self.item_type_id
        if type(item_type_id) is not int and item_type_id is not UNSET:
            item_type_id = _fields.write_integer(item_type_id, "item_type_id")
        if item_type_id is not UNSET:
            field_dict["item_type_id"] = item_type_id

        value_unit_id = self.value_unit_id
        if type(value_unit_id) is not int and value_unit_id is not UNSET:
            value_unit_id = _fields.write_integer(value_unit_id, "value_unit_id")
        if value_unit_id is not UNSET:
            field_dict["value_unit_id"] = value_unit_id

        group_id = self.group_id
        if type(group_id) is not int and group_id is not UNSET:
            group_id = _fields.write_integer(group_id, "group_id")
        if group_id is not UNSET:
            field_dict["group_id"] = group_id

        loyalty_type = self.loyalty_type
        if loyalty_type is not UNSET:
            field_dict["loyalty_type"] = _fields.write_model(
                loyalty_type, _models.GetLoyaltyCardListByClientIdResponse200ProgramsItemLoyaltyType, "loyalty_type"
            )

        rules = self.rules
        if rules is not UNSET:
            field_dict["rules"] = _KIND_rules.write_field(rules, "rules")

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

        value = _get("value", UNSET)
        if type(value) is not int and value is not UNSET:
            value = _fields.read_integer(value, "value")

        loyalty_type_id = _get("loyalty_type_id", UNSET)
        if type(loyalty_type_id) is not int and loyalty_type_id is not UNSET:
            loyalty_type_id = _fields.read_integer(loyalty_type_id, "loyalty_type_id")

        item_type_id = _get("item_type_id", UNSET)
        if type(item_type_id) is not int and item_type_id is not UNSET:
            item_type_id = _fields.read_integer(item_type_id, "item_type_id")

        value_unit_id = _get("value_unit_id", UNSET)
        if type(value_unit_id) is not int and value_unit_id is not UNSET:
            value_unit_id = _fields.read_integer(value_unit_id, "value_unit_id")

        group_id = _get("group_id", UNSET)
        if type(group_id) is not int and group_id is not UNSET:
            group_id = _fields.read_integer(group_id, "group_id")

        loyalty_type = _get("loyalty_type", UNSET)
        if loyalty_type is not UNSET:
            try:
                loyalty_type = _models.GetLoyaltyCardListByClientIdResponse200ProgramsItemLoyaltyType.from_dict(
                    loyalty_type
                )
            except _FieldError as _error:
                raise _error.within("loyalty_type")

        rules = _get("rules", UNSET)
        if rules is not UNSET:
            rules = _KIND_rules.read_field(rules, "rules")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.title = title
        _model.value = value
        _model.loyalty_type_id = loyalty_type_id
        _model.item_type_id = item_type_id
        _model.value_unit_id = value_unit_id
        _model.group_id = group_id
        _model.loyalty_type = loyalty_type
        _model.rules = rules
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetLoyaltyCardListByClientIdResponse200ProgramsItem:
            _fields.init_added_fields(_model, GetLoyaltyCardListByClientIdResponse200ProgramsItem)
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
