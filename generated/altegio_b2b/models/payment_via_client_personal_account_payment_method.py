from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentViaClientPersonalAccountPaymentMethod")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "slug",
        "deposit_id",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class PaymentViaClientPersonalAccountPaymentMethod:
    """Payment method

    Attributes:
        slug (str | Unset): Payment method type
        deposit_id (int | Unset): Client's personal account ID
    """

    slug: str | Unset = UNSET
    deposit_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        slug = self.slug
        if type(slug) is not str and slug is not UNSET:
            slug = _fields.write_string(slug, "slug")
        if slug is not UNSET:
            field_dict["slug"] = slug

        deposit_id = self.deposit_id
        if type(deposit_id) is not int and deposit_id is not UNSET:
            deposit_id = _fields.write_integer(deposit_id, "deposit_id")
        if deposit_id is not UNSET:
            field_dict["deposit_id"] = deposit_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        slug = _get("slug", UNSET)
        if type(slug) is not str and slug is not UNSET:
            slug = _fields.read_string(slug, "slug")

        deposit_id = _get("deposit_id", UNSET)
        if type(deposit_id) is not int and deposit_id is not UNSET:
            deposit_id = _fields.read_integer(deposit_id, "deposit_id")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.slug = slug
        _model.deposit_id = deposit_id
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not PaymentViaClientPersonalAccountPaymentMethod:
            _fields.init_added_fields(_model, PaymentViaClientPersonalAccountPaymentMethod)
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
