from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="SetTeamMemberScheduleBodySchedulesToSetItemSlotsItem")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "from",
        "to",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class SetTeamMemberScheduleBodySchedulesToSetItemSlotsItem:
    """
    Attributes:
        from_ (str | Unset): Interval start time (HH:mm) Example: 10:00.
        to (str | Unset): Interval end time (HH:mm) Example: 19:00.
    """

    from_: str | Unset = UNSET
    to: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        from_ = self.from_
        if type(from_) is not str and from_ is not UNSET:
            from_ = _fields.write_string(from_, "from_")
        if from_ is not UNSET:
            field_dict["from"] = from_

        to = self.to
        if type(to) is not str and to is not UNSET:
            to = _fields.write_string(to, "to")
        if to is not UNSET:
            field_dict["to"] = to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        from_ = _get("from", UNSET)
        if type(from_) is not str and from_ is not UNSET:
            from_ = _fields.read_string(from_, "from")

        to = _get("to", UNSET)
        if type(to) is not str and to is not UNSET:
            to = _fields.read_string(to, "to")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.from_ = from_
        _model.to = to
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not SetTeamMemberScheduleBodySchedulesToSetItemSlotsItem:
            _fields.init_added_fields(_model, SetTeamMemberScheduleBodySchedulesToSetItemSlotsItem)
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
