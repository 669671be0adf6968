from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetUserLoyaltyCardsResponse200ProgramsItemRulesItem")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "loyalty_program_id",
        "loyalty_type_id",
        "value",
        "parameter",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class GetUserLoyaltyCardsResponse200ProgramsItemRulesItem:
    """
    Attributes:
        id (int | Unset): Rule ID
        loyalty_program_id (int | Unset): Identifier of the stock to which the rule is attached
        loyalty_type_id (int | Unset): Promotion type ID
        value (int | Unset): The value from which the rule will work
        parameter (int | Unset):
    """

    id: int | Unset = UNSET
    loyalty_program_id: int | Unset = UNSET
    loyalty_type_id: int | Unset = UNSET
    value: int | Unset = UNSET
    parameter: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        id = self.id
        if type(id) is not int and id is not UNSET:
            id = _fields.write_integer(id, "id")
        if id is not UNSET:
            field_dict["id"] = id

        loyalty_program_id = self.loyalty_program_id
        if type(loyalty_program_id) is not int and loyalty_program_id is not UNSET:
            loyalty_program_id = _fields.write_integer(loyalty_program_id, "loyalty_program_id")
        if loyalty_program_id is not UNSET:
            field_dict["loyalty_program_id"] = loyalty_program_id

        loyalty_type_id = self.loyalty_type_id
        if type(loyalty_type_id) is not int and loyalty_type_id is not UNSET:
            loyalty_type_id = _fields.write_integer(loyalty_type_id, "loyalty_type_id")
        if loyalty_type_id is not UNSET:
            field_dict["loyalty_type_id"] = loyalty_type_id

        value = self.value
        if type(value) is not int and value is not UNSET:
            value = _fields.write_integer(value, "value")
        if value is not UNSET:
            field_dict["value"] = value

        parameter = self.parameter
        if type(parameter) is not int and parameter is not UNSET:
            parameter = _fields.write_integer(parameter, "parameter")
        if parameter is not UNSET:
            field_dict["parameter"] = parameter

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _fields.read_integer(id, "id")

        loyalty_program_id = _get("loyalty_program_id", UNSET)
        if type(loyalty_program_id) is not int and loyalty_program_id is not UNSET:
            loyalty_program_id = _fields.read_integer(loyalty_program_id, "loyalty_program_id")

        loyalty_type_id = _get("loyalty_type_id", UNSET)
        if type(loyalty_type_id) is not int and loyalty_type_id is not UNSET:
            loyalty_type_id = _fields.read_integer(loyalty_type_id, "loyalty_type_id")

        value = _get("value", UNSET)
        if type(value) is not int and value is not UNSET:
            value = _fields.read_integer(value, "value")

        parameter = _get("parameter", UNSET)
        if type(parameter) is not int and parameter is not UNSET:
            parameter = _fields.read_integer(parameter, "parameter")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.loyalty_program_id = loyalty_program_id
        _model.loyalty_type_id = loyalty_type_id
        _model.value = value
        _model.parameter = parameter
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetUserLoyaltyCardsResponse200ProgramsItemRulesItem:
            _fields.init_added_fields(_model, GetUserLoyaltyCardsResponse200ProgramsItemRulesItem)
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
