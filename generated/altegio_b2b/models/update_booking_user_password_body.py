from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateBookingUserPasswordBody")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "old_password",
        "new_password",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class UpdateBookingUserPasswordBody:
    """Online Booking User Password Update

    Example:
        {'old_password': 'qwerty123', 'new_password': 'example!'}

    Attributes:
        old_password (str | Unset): Current Password
        new_password (str | Unset): New password
    """

    old_password: str | Unset = UNSET
    new_password: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        old_password = self.old_password
        if type(old_password) is not str and old_password is not UNSET:
            old_password = _fields.write_string(old_password, "old_password")
        if old_password is not UNSET:
            field_dict["old_password"] = old_password

        new_password = self.new_password
        if type(new_password) is not str and new_password is not UNSET:
            new_password = _fields.write_string(new_password, "new_password")
        if new_password is not UNSET:
            field_dict["new_password"] = new_password

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        old_password = _get("old_password", UNSET)
        if type(old_password) is not str and old_password is not UNSET:
            old_password = _fields.read_string(old_password, "old_password")

        new_password = _get("new_password", UNSET)
        if type(new_password) is not str and new_password is not UNSET:
            new_password = _fields.read_string(new_password, "new_password")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.old_password = old_password
        _model.new_password = new_password
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not UpdateBookingUserPasswordBody:
            _fields.init_added_fields(_model, UpdateBookingUserPasswordBody)
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
