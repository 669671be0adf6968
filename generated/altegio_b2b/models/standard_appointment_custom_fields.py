from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="StandardAppointmentCustomFields")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "my_custom_field",
        "some_another_field",
    }
)
_EXTRA = _fields.ANY
_KIND_some_another_field = _fields.ListOf(_fields.STRING)


@_attrs_define
class StandardAppointmentCustomFields:
    """Custom Appointment Field values keyed by field code.

    The Business User must have both `custom_fields_record_values_read_access` and
    `custom_fields_record_values_edit_access`. When updating an Appointment, supplying
    `custom_fields` does not make the request partial: resend the required main fields
    for the applicable Appointment type.

        Attributes:
            my_custom_field (int | Unset):
            some_another_field (list[str] | Unset):
    """

    my_custom_field: int | Unset = UNSET
    some_another_field: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        my_custom_field = self.my_custom_field
        if type(my_custom_field) is not int and my_custom_field is not UNSET:
            my_custom_field = _fields.write_integer(my_custom_field, "my_custom_field")
        if my_custom_field is not UNSET:
            field_dict["my_custom_field"] = my_custom_field

        some_another_field = self.some_another_field
        if some_another_field is not UNSET:
            field_dict["some_another_field"] = _KIND_some_another_field.write_field(
                some_another_field, "some_another_field"
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        my_custom_field = _get("my_custom_field", UNSET)
        if type(my_custom_field) is not int and my_custom_field is not UNSET:
            my_custom_field = _fields.read_integer(my_custom_field, "my_custom_field")

        some_another_field = _get("some_another_field", UNSET)
        if some_another_field is not UNSET:
            some_another_field = _KIND_some_another_field.read_field(some_another_field, "some_another_field")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.my_custom_field = my_custom_field
        _model.some_another_field = some_another_field
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not StandardAppointmentCustomFields:
            _fields.init_added_fields(_model, StandardAppointmentCustomFields)
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
