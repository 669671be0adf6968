from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..models.get_location_response_200_payment_policy_type import GetLocationResponse200PaymentPolicyType
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetLocationResponse200PaymentPolicy")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "type",
    }
)
_EXTRA = _fields.ANY
_KIND_type_ = _fields.EnumOf("GetLocationResponse200PaymentPolicyType", _fields.STRING)


@_attrs_define
class GetLocationResponse200PaymentPolicy:
    """Currently enabled payment policy for the location

    Attributes:
        type_ (GetLocationResponse200PaymentPolicyType | Unset): Payment policy type: none — disabled, deposit — prepaid
            deposit, card_guarantee — card guarantee
    """

    type_: GetLocationResponse200PaymentPolicyType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        type_ = self.type_
        if type_ is not UNSET:
            field_dict["type"] = _KIND_type_.write_field(type_, "type_")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        type_ = _get("type", UNSET)
        if type_ is not UNSET:
            type_ = _KIND_type_.read_field(type_, "type")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.type_ = type_
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetLocationResponse200PaymentPolicy:
            _fields.init_added_fields(_model, GetLocationResponse200PaymentPolicy)
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
