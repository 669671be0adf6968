from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="PayWithALoyaltyProgramPaymentMethod")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "slug",
        "loyalty_program_id",
        "loyalty_card_id",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class PayWithALoyaltyProgramPaymentMethod:
    """Payment method

    Attributes:
        slug (str | Unset): Payment method type
        loyalty_program_id (int | Unset): Loyalty program ID
        loyalty_card_id (int | Unset): Loyalty card ID
    """

    slug: str | Unset = UNSET
    loyalty_program_id: int | Unset = UNSET
    loyalty_card_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        slug = self.slug
        if type(slug) is not str and slug is not UNSET:
            slug = _fields.write_string(slug, "slug")
        if slug is not UNSET:
            field_dict["slug"] = slug

        loyalty_program_id = self.loyalty_program_id
        if type(loyalty_program_id) is not int and loyalty_program_id is not UNSET:
            loyalty_program_id = _fields.write_integer(loyalty_program_id, "loyalty_program_id")
        if loyalty_program_id is not UNSET:
            field_dict["loyalty_program_id"] = loyalty_program_id

        loyalty_card_id = self.loyalty_card_id
        if type(loyalty_card_id) is not int and loyalty_card_id is not UNSET:
            loyalty_card_id = _fields.write_integer(loyalty_card_id, "loyalty_card_id")
        if loyalty_card_id is not UNSET:
            field_dict["loyalty_card_id"] = loyalty_card_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        slug = _get("slug", UNSET)
        if type(slug) is not str and slug is not UNSET:
            slug = _fields.read_string(slug, "slug")

        loyalty_program_id = _get("loyalty_program_id", UNSET)
        if type(loyalty_program_id) is not int and loyalty_program_id is not UNSET:
            loyalty_program_id = _fields.read_integer(loyalty_program_id, "loyalty_program_id")

        loyalty_card_id = _get("loyalty_card_id", UNSET)
        if type(loyalty_card_id) is not int and loyalty_card_id is not UNSET:
            loyalty_card_id = _fields.read_integer(loyalty_card_id, "loyalty_card_id")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.slug = slug
        _model.loyalty_program_id = loyalty_program_id
        _model.loyalty_card_id = loyalty_card_id
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not PayWithALoyaltyProgramPaymentMethod:
            _fields.init_added_fields(_model, PayWithALoyaltyProgramPaymentMethod)
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
