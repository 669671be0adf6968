from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_marketplace_integration_status_response_200_connection_status import (
        GetMarketplaceIntegrationStatusResponse200ConnectionStatus,
    )
    from ..models.get_marketplace_integration_status_response_200_logs_item import (
        GetMarketplaceIntegrationStatusResponse200LogsItem,
    )
    from ..models.get_marketplace_integration_status_response_200_payments_item import (
        GetMarketplaceIntegrationStatusResponse200PaymentsItem,
    )


T = TypeVar("T", bound="GetMarketplaceIntegrationStatusResponse200")


@_attrs_define
class GetMarketplaceIntegrationStatusResponse200:
    """
    Attributes:
        connection_status (GetMarketplaceIntegrationStatusResponse200ConnectionStatus | Unset): Installation status
        payments (list[GetMarketplaceIntegrationStatusResponse200PaymentsItem] | Unset): Payments list
        logs (list[GetMarketplaceIntegrationStatusResponse200LogsItem] | Unset): Application status change log in
            location
    """

    connection_status: GetMarketplaceIntegrationStatusResponse200ConnectionStatus | Unset = UNSET
    payments: list[GetMarketplaceIntegrationStatusResponse200PaymentsItem] | Unset = UNSET
    logs: list[GetMarketplaceIntegrationStatusResponse200LogsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        connection_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.connection_status, Unset):
            connection_status = self.connection_status.to_dict()

        payments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payments, Unset):
            payments = []
            for payments_item_data in self.payments:
                payments_item = payments_item_data.to_dict()
                payments.append(payments_item)

        logs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.logs, Unset):
            logs = []
            for logs_item_data in self.logs:
                logs_item = logs_item_data.to_dict()
                logs.append(logs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if connection_status is not UNSET:
            field_dict["connection_status"] = connection_status
        if payments is not UNSET:
            field_dict["payments"] = payments
        if logs is not UNSET:
            field_dict["logs"] = logs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_marketplace_integration_status_response_200_connection_status import (
            GetMarketplaceIntegrationStatusResponse200ConnectionStatus,  # noqa: PLC0415
        )
        from ..models.get_marketplace_integration_status_response_200_logs_item import (
            GetMarketplaceIntegrationStatusResponse200LogsItem,  # noqa: PLC0415
        )
        from ..models.get_marketplace_integration_status_response_200_payments_item import (
            GetMarketplaceIntegrationStatusResponse200PaymentsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _connection_status = d.pop("connection_status", UNSET)
        connection_status: GetMarketplaceIntegrationStatusResponse200ConnectionStatus | Unset
        if isinstance(_connection_status, Unset):
            connection_status = UNSET
        else:
            connection_status = GetMarketplaceIntegrationStatusResponse200ConnectionStatus.from_dict(_connection_status)

        _payments = d.pop("payments", UNSET)
        payments: list[GetMarketplaceIntegrationStatusResponse200PaymentsItem] | Unset = UNSET
        if _payments is not UNSET:
            payments = []
            for payments_item_data in _payments:
                payments_item = GetMarketplaceIntegrationStatusResponse200PaymentsItem.from_dict(payments_item_data)

                payments.append(payments_item)

        _logs = d.pop("logs", UNSET)
        logs: list[GetMarketplaceIntegrationStatusResponse200LogsItem] | Unset = UNSET
        if _logs is not UNSET:
            logs = []
            for logs_item_data in _logs:
                logs_item = GetMarketplaceIntegrationStatusResponse200LogsItem.from_dict(logs_item_data)

                logs.append(logs_item)

        _model = cls(
            connection_status=connection_status,
            payments=payments,
            logs=logs,
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
