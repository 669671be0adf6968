from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="TotalTipModelObject")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "has_tips",
        "sum",
    }
)
_EXTRA = _fields.ANY
_KIND_sum_ = _fields.OneOf(
    _fields.NUMBER,
    _fields.NULL,
)


@_attrs_define
class TotalTipModelObject:
    """Information about the amount of all tips to the team member. Used if the current user is the team member of this
    appointment.

        Example:
            {'has_tips': False, 'sum': 1000}

        Attributes:
            has_tips (bool | Unset): Is there a tip in this appointment.
            sum_ (float | None | Unset): Amount of tip.
    """

    has_tips: bool | Unset = UNSET
    sum_: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        has_tips = self.has_tips
        if type(has_tips) is not bool and has_tips is not UNSET:
            has_tips = _fields.write_boolean(has_tips, "has_tips")
        if has_tips is not UNSET:
            field_dict["has_tips"] = has_tips

        sum_ = self.sum_
        if sum_ is not UNSET:
            field_dict["sum"] = _KIND_sum_.write_field(sum_, "sum_")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        has_tips = _get("has_tips", UNSET)
        if type(has_tips) is not bool and has_tips is not UNSET:
            has_tips = _fields.read_boolean(has_tips, "has_tips")

        sum_ = _get("sum", UNSET)
        if type(sum_) is not float and type(sum_) is not int and sum_ is not UNSET and sum_ is not None:
            sum_ = _fields.read_number(sum_, "sum")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.has_tips = has_tips
        _model.sum_ = sum_
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not TotalTipModelObject:
            _fields.init_added_fields(_model, TotalTipModelObject)
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
