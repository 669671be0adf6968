from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateServiceLinksBodyTeamMemberSettingsItemPriceType0")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "min",
        "max",
    }
)
_EXTRA = _fields.ANY
_KIND_max_ = _fields.OneOf(
    _fields.NUMBER,
    _fields.NULL,
)


@_attrs_define
class UpdateServiceLinksBodyTeamMemberSettingsItemPriceType0:
    """Custom price for this team member.
    Set to null to use default service price.

        Attributes:
            min_ (float | Unset): Minimum price ("from" price) Example: 999.99.
            max_ (float | None | Unset): Maximum price ("to" price), null for fixed price
    """

    min_: float | Unset = UNSET
    max_: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        min_ = self.min_
        if min_ is not UNSET:
            field_dict["min"] = _fields.write_number(min_, "min_")

        max_ = self.max_
        if max_ is not UNSET:
            field_dict["max"] = _KIND_max_.write_field(max_, "max_")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        min_ = _get("min", UNSET)
        if type(min_) is not float and type(min_) is not int and min_ is not UNSET:
            min_ = _fields.read_number(min_, "min")

        max_ = _get("max", UNSET)
        if type(max_) is not float and type(max_) is not int and max_ is not UNSET and max_ is not None:
            max_ = _fields.read_number(max_, "max")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.min_ = min_
        _model.max_ = max_
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not UpdateServiceLinksBodyTeamMemberSettingsItemPriceType0:
            _fields.init_added_fields(_model, UpdateServiceLinksBodyTeamMemberSettingsItemPriceType0)
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
