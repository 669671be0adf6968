from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET

T = TypeVar("T", bound="MarketplacePartnerApplicationAddDiscountBody")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "salon_ids",
        "application_id",
        "discount",
    }
)
_EXTRA = _fields.ANY
_KIND_salon_ids = _fields.ListOf(_fields.INTEGER)


@_attrs_define
class MarketplacePartnerApplicationAddDiscountBody:
    """
    Attributes:
        salon_ids (list[int]): List of location IDs to apply discount Example: [123, 456].
        application_id (int): Application ID from marketplace Example: 123.
        discount (float): Discount amount (percentage or fixed amount depending on configuration) Example: 15.54.
    """

    salon_ids: list[int]
    application_id: int
    discount: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        salon_ids = self.salon_ids
        field_dict["salon_ids"] = _KIND_salon_ids.write_field(salon_ids, "salon_ids")

        application_id = self.application_id
        if type(application_id) is not int:
            application_id = _fields.write_integer(application_id, "application_id")
        field_dict["application_id"] = application_id

        discount = self.discount
        field_dict["discount"] = _fields.write_number(discount, "discount")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        salon_ids = _get("salon_ids", UNSET)
        salon_ids = _KIND_salon_ids.read_field(salon_ids, "salon_ids")

        application_id = _get("application_id", UNSET)
        if type(application_id) is not int:
            application_id = _fields.read_integer(application_id, "application_id")

        discount = _get("discount", UNSET)
        if type(discount) is not float and type(discount) is not int:
            discount = _fields.read_number(discount, "discount")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.salon_ids = salon_ids
        _model.application_id = application_id
        _model.discount = discount
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not MarketplacePartnerApplicationAddDiscountBody:
            _fields.init_added_fields(_model, MarketplacePartnerApplicationAddDiscountBody)
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
