from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_marketplace_integration_status_response_200_connection_status_status import (
    GetMarketplaceIntegrationStatusResponse200ConnectionStatusStatus,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetMarketplaceIntegrationStatusResponse200ConnectionStatus")


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
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _status = d.pop("status", UNSET)
        status: GetMarketplaceIntegrationStatusResponse200ConnectionStatusStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = GetMarketplaceIntegrationStatusResponse200ConnectionStatusStatus(_status)

        created_at = d.pop("created_at", UNSET)

        _model = cls(
            status=status,
            created_at=created_at,
        )

        _model.additional_properties = d
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
