from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelObjectPermissionOption")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "title",
        "value",
        "is_disabled",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class ModelObjectPermissionOption:
    """Data on the permission option

    Example:
        {'title': 'All positions', 'value': 0, 'is_disabled': False}

    Attributes:
        title (str | Unset): Title of the option
        value (float | Unset): Value of the option
        is_disabled (bool | Unset): Availability of the option for use
    """

    title: str | Unset = UNSET
    value: float | Unset = UNSET
    is_disabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        title = self.title
        if type(title) is not str and title is not UNSET:
            title = _fields.write_string(title, "title")
        if title is not UNSET:
            field_dict["title"] = title

        value = self.value
        if value is not UNSET:
            field_dict["value"] = _fields.write_number(value, "value")

        is_disabled = self.is_disabled
        if type(is_disabled) is not bool and is_disabled is not UNSET:
            is_disabled = _fields.write_boolean(is_disabled, "is_disabled")
        if is_disabled is not UNSET:
            field_dict["is_disabled"] = is_disabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        title = _get("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = _fields.read_string(title, "title")

        value = _get("value", UNSET)
        if type(value) is not float and type(value) is not int and value is not UNSET:
            value = _fields.read_number(value, "value")

        is_disabled = _get("is_disabled", UNSET)
        if type(is_disabled) is not bool and is_disabled is not UNSET:
            is_disabled = _fields.read_boolean(is_disabled, "is_disabled")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.title = title
        _model.value = value
        _model.is_disabled = is_disabled
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not ModelObjectPermissionOption:
            _fields.init_added_fields(_model, ModelObjectPermissionOption)
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
