from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="FiscalizationRequestDataTypesCashier")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "uid",
        "name",
        "position",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class FiscalizationRequestDataTypesCashier:
    """The Essence of a Cashier

    Attributes:
        uid (str | Unset): Cashier ID
        name (str | Unset): Cashier's name
        position (str | Unset): Cashier position (maximum line length - 64 characters)
    """

    uid: str | Unset = UNSET
    name: str | Unset = UNSET
    position: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        uid = self.uid
        if type(uid) is not str and uid is not UNSET:
            uid = _fields.write_string(uid, "uid")
        if uid is not UNSET:
            field_dict["uid"] = uid

        name = self.name
        if type(name) is not str and name is not UNSET:
            name = _fields.write_string(name, "name")
        if name is not UNSET:
            field_dict["name"] = name

        position = self.position
        if type(position) is not str and position is not UNSET:
            position = _fields.write_string(position, "position")
        if position is not UNSET:
            field_dict["position"] = position

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        uid = _get("uid", UNSET)
        if type(uid) is not str and uid is not UNSET:
            uid = _fields.read_string(uid, "uid")

        name = _get("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = _fields.read_string(name, "name")

        position = _get("position", UNSET)
        if type(position) is not str and position is not UNSET:
            position = _fields.read_string(position, "position")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.uid = uid
        _model.name = name
        _model.position = position
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not FiscalizationRequestDataTypesCashier:
            _fields.init_added_fields(_model, FiscalizationRequestDataTypesCashier)
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
