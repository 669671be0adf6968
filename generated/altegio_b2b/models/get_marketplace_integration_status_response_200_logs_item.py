from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetMarketplaceIntegrationStatusResponse200LogsItem")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "changed_at",
        "status_from",
        "status_to",
        "source",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class GetMarketplaceIntegrationStatusResponse200LogsItem:
    """
    Attributes:
        changed_at (str | Unset): Status change date
        status_from (str | Unset): Previous app status in location
        status_to (str | Unset): New application status in the location
        source (str | Unset): Status Change Source
    """

    changed_at: str | Unset = UNSET
    status_from: str | Unset = UNSET
    status_to: str | Unset = UNSET
    source: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        changed_at = self.changed_at
        if type(changed_at) is not str and changed_at is not UNSET:
            changed_at = _fields.write_string(changed_at, "changed_at")
        if changed_at is not UNSET:
            field_dict["changed_at"] = changed_at

        status_from = self.status_from
        if type(status_from) is not str and status_from is not UNSET:
            status_from = _fields.write_string(status_from, "status_from")
        if status_from is not UNSET:
            field_dict["status_from"] = status_from

        status_to = self.status_to
        if type(status_to) is not str and status_to is not UNSET:
            status_to = _fields.write_string(status_to, "status_to")
        if status_to is not UNSET:
            field_dict["status_to"] = status_to

        source = self.source
        if type(source) is not str and source is not UNSET:
            source = _fields.write_string(source, "source")
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        changed_at = _get("changed_at", UNSET)
        if type(changed_at) is not str and changed_at is not UNSET:
            changed_at = _fields.read_string(changed_at, "changed_at")

        status_from = _get("status_from", UNSET)
        if type(status_from) is not str and status_from is not UNSET:
            status_from = _fields.read_string(status_from, "status_from")

        status_to = _get("status_to", UNSET)
        if type(status_to) is not str and status_to is not UNSET:
            status_to = _fields.read_string(status_to, "status_to")

        source = _get("source", UNSET)
        if type(source) is not str and source is not UNSET:
            source = _fields.read_string(source, "source")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.changed_at = changed_at
        _model.status_from = status_from
        _model.status_to = status_to
        _model.source = source
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetMarketplaceIntegrationStatusResponse200LogsItem:
            _fields.init_added_fields(_model, GetMarketplaceIntegrationStatusResponse200LogsItem)
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
