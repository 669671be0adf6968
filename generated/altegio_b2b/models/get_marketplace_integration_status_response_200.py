from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._runtime import fields as _fields
from .._runtime.errors import FieldError as _FieldError
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
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "connection_status",
        "payments",
        "logs",
    }
)
_EXTRA = _fields.ANY
_KIND_payments = _fields.ListOf(_fields.Model("GetMarketplaceIntegrationStatusResponse200PaymentsItem"))
_KIND_logs = _fields.ListOf(_fields.Model("GetMarketplaceIntegrationStatusResponse200LogsItem"))


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
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        connection_status = self.connection_status
        if connection_status is not UNSET:
            field_dict["connection_status"] = _fields.write_model(
                connection_status,
                _models.GetMarketplaceIntegrationStatusResponse200ConnectionStatus,
                "connection_status",
            )

        payments = self.payments
        if payments is not UNSET:
            field_dict["payments"] = _KIND_payments.write_field(payments, "payments")

        logs = self.logs
        if logs is not UNSET:
            field_dict["logs"] = _KIND_logs.write_field(logs, "logs")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        connection_status = _get("connection_status", UNSET)
        if connection_status is not UNSET:
            try:
                connection_status = _models.GetMarketplaceIntegrationStatusResponse200ConnectionStatus.from_dict(
                    connection_status
                )
            except _FieldError as _error:
                raise _error.within("connection_status")

        payments = _get("payments", UNSET)
        if payments is not UNSET:
            payments = _KIND_payments.read_field(payments, "payments")

        logs = _get("logs", UNSET)
        if logs is not UNSET:
            logs = _KIND_logs.read_field(logs, "logs")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.connection_status = connection_status
        _model.payments = payments
        _model.logs = logs
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetMarketplaceIntegrationStatusResponse200:
            _fields.init_added_fields(_model, GetMarketplaceIntegrationStatusResponse200)
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
