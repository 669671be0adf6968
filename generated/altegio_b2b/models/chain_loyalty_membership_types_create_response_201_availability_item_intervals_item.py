from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChainLoyaltyMembershipTypesCreateResponse201AvailabilityItemIntervalsItem")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "from",
        "to",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class ChainLoyaltyMembershipTypesCreateResponse201AvailabilityItemIntervalsItem:
    """
    Attributes:
        from_ (int | Unset): Interval start Example: 3600.
        to (int | Unset): Interval end Example: 7200.
    """

    from_: int | Unset = UNSET
    to: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        from_ = self.from_
        if type(from_) is not int and from_ is not UNSET:
            from_ = _fields.write_integer(from_, "from_")
        if from_ is not UNSET:
            field_dict["from"] = from_

        to = self.to
        if type(to) is not int and to is not UNSET:
            to = _fields.write_integer(to, "to")
        if to is not UNSET:
            field_dict["to"] = to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        from_ = _get("from", UNSET)
        if type(from_) is not int and from_ is not UNSET:
            from_ = _fields.read_integer(from_, "from")

        to = _get("to", UNSET)
        if type(to) is not int and to is not UNSET:
            to = _fields.read_integer(to, "to")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.from_ = from_
        _model.to = to
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not ChainLoyaltyMembershipTypesCreateResponse201AvailabilityItemIntervalsItem:
            _fields.init_added_fields(_model, ChainLoyaltyMembershipTypesCreateResponse201AvailabilityItemIntervalsItem)
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
