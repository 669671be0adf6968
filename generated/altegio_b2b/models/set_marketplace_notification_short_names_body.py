from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET

T = TypeVar("T", bound="SetMarketplaceNotificationShortNamesBody")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "salon_id",
        "application_id",
        "short_names",
    }
)
_EXTRA = _fields.ANY
_KIND_short_names = _fields.ListOf(_fields.STRING)


@_attrs_define
class SetMarketplaceNotificationShortNamesBody:
    """
    Attributes:
        salon_id (int): Location ID. Example: 123.
        application_id (int): Application ID Example: 123.
        short_names (list[str]): Array of SMS names Example: ['Altegio', 'AL'].
    """

    salon_id: int
    application_id: int
    short_names: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        salon_id = self.salon_id
        if type(salon_id) is not int:
            salon_id = _fields.write_integer(salon_id, "salon_id")
        field_dict["salon_id"] = salon_id

        application_id = self.application_id
        if type(application_id) is not int:
            application_id = _fields.write_integer(application_id, "application_id")
        field_dict["application_id"] = application_id

        short_names = self.short_names
        field_dict["short_names"] = _KIND_short_names.write_field(short_names, "short_names")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        salon_id = _get("salon_id", UNSET)
        if type(salon_id) is not int:
            salon_id = _fields.read_integer(salon_id, "salon_id")

        application_id = _get("application_id", UNSET)
        if type(application_id) is not int:
            application_id = _fields.read_integer(application_id, "application_id")

        short_names = _get("short_names", UNSET)
        short_names = _KIND_short_names.read_field(short_names, "short_names")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.salon_id = salon_id
        _model.application_id = application_id
        _model.short_names = short_names
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not SetMarketplaceNotificationShortNamesBody:
            _fields.init_added_fields(_model, SetMarketplaceNotificationShortNamesBody)
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
