from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..models.get_marketplace_integration_status_response_200_connection_status_status import (
    GetMarketplaceIntegrationStatusResponse200ConnectionStatusStatus,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetMarketplaceIntegrationStatusResponse200ConnectionStatus")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "status",
        "created_at",
    }
)
_EXTRA = _fields.ANY
_KIND_status = _fields.EnumOf("GetMarketplaceIntegrationStatusResponse200ConnectionStatusStatus", _fields.STRING)


@_attrs_define
class GetMarketplaceIntegrationStatusResponse200ConnectionStatus:
    """Installation status

    Attributes:
        status (GetMarketplaceIntegrationStatusResponse200ConnectionStatusStatus | Unset): Application installation
            status in the location. Pending - waiting for activation from the partner, Freezed - frozen due to non-payment,
            Active - active
        created_at (str | Unset): Date of link creation
    """

    status: GetMarketplaceIntegrationStatusResponse200ConnectionStatusStatus | Unset = UNSET
    created_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        status = self.status
        if status is not UNSET:
            field_dict["status"] = _KIND_status.write_field(status, "status")

        created_at = self.created_at
        if type(created_at) is not str and created_at is not UNSET:
            created_at = _fields.write_string(created_at, "created_at")
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        status = _get("status", UNSET)
        if status is not UNSET:
            status = _KIND_status.read_field(status, "status")

        created_at = _get("created_at", UNSET)
        if type(created_at) is not str and created_at is not UNSET:
            created_at = _fields.read_string(created_at, "created_at")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.status = status
        _model.created_at = created_at
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetMarketplaceIntegrationStatusResponse200ConnectionStatus:
            _fields.init_added_fields(_model, GetMarketplaceIntegrationStatusResponse200ConnectionStatus)
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
